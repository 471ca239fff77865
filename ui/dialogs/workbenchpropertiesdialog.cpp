// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchpropertiesdialog.h"

#include "storage/editconflict.h"
#include "storage/propertyrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <tuple>

namespace Yardstick {

namespace {

// The property keeps codes separated by ";"; the analyst may type commas.
QString headlineCodes(const QString &typed)
{
    QStringList codes;
    for (const QString &code : QString(typed)
                                   .replace(QLatin1Char(','), QLatin1Char(';'))
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            codes.append(code.trimmed());
    }
    return codes.join(QLatin1Char(';'));
}

} // namespace

WorkbenchPropertiesDialog::WorkbenchPropertiesDialog(PropertyRepository &properties,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_properties(properties)
{
    setWindowTitle(tr("Workbench Properties"));
    m_title = new QLineEdit(properties.value(QLatin1String(PropertyRepository::kTitle)), this);
    m_title->setObjectName(QStringLiteral("workbenchTitle"));
    m_title->setPlaceholderText(tr("The file's name"));
    m_organisation =
        new QLineEdit(properties.value(QLatin1String(PropertyRepository::kOrganisation)), this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Card Division, Quality Assurance"));
    m_organisation->setMinimumWidth(360);
    m_headlines =
        new QLineEdit(properties.value(QLatin1String(PropertyRepository::kHeadlineStandards))
                          .replace(QLatin1Char(';'), QStringLiteral("; ")),
                      this);
    m_headlines->setObjectName(QStringLiteral("headlineStandards"));
    for (const char *key : {PropertyRepository::kTitle, PropertyRepository::kOrganisation,
                            PropertyRepository::kHeadlineStandards})
        m_opened.insert(QLatin1String(key), properties.value(QLatin1String(key)));
    m_shown.insert(QLatin1String(PropertyRepository::kTitle), m_title->text().trimmed());
    m_shown.insert(QLatin1String(PropertyRepository::kOrganisation),
                   m_organisation->text().trimmed());
    m_shown.insert(QLatin1String(PropertyRepository::kHeadlineStandards),
                   headlineCodes(m_headlines->text()));
    m_headlines->setPlaceholderText(tr("Standard codes, e.g. APP-T-01; CR-T-03"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Headline standards:"), m_headlines);
    auto *note = new QLabel(tr("The organisation is printed at the foot of every exported chart "
                               "and on the cover of report packs. The headline standards are "
                               "shown as tiles on the dashboard and lead the report pack."),
                            this);
    note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void WorkbenchPropertiesDialog::showStored(const QString &key)
{
    const QString stored = m_properties.value(key);
    m_opened.insert(key, stored);
    if (key == QLatin1String(PropertyRepository::kTitle))
        m_title->setText(stored);
    else if (key == QLatin1String(PropertyRepository::kOrganisation))
        m_organisation->setText(stored);
    else
        m_headlines->setText(QString(stored).replace(QLatin1Char(';'), QStringLiteral("; ")));
    m_shown.insert(key, key == QLatin1String(PropertyRepository::kHeadlineStandards)
                            ? headlineCodes(m_headlines->text())
                            : stored.trimmed());
}

void WorkbenchPropertiesDialog::accept()
{
    const std::tuple<const char *, QString, QString> values[] = {
        {PropertyRepository::kTitle, m_title->text().trimmed(), tr("the workbench's title")},
        {PropertyRepository::kOrganisation, m_organisation->text().trimmed(),
         tr("the workbench's organisation")},
        {PropertyRepository::kHeadlineStandards, headlineCodes(m_headlines->text()),
         tr("the headline standards")},
    };
    // Only the fields the analyst changed are written, and none over a
    // change another window or analyst made to it since the dialog opened.
    for (const auto &[key, value, label] : values) {
        const QString stored = m_properties.value(QLatin1String(key));
        if (value == m_shown.value(QLatin1String(key)) || stored == value)
            continue;
        if (stored != m_opened.value(QLatin1String(key))) {
            // Theirs is shown in the field, for the analyst's to be made again.
            m_error->setText(EditConflict::message(label, std::nullopt));
            m_error->show();
            showStored(QLatin1String(key));
            return;
        }
    }
    for (const auto &[key, value, label] : values) {
        if (m_properties.value(QLatin1String(key)) == value ||
            value == m_shown.value(QLatin1String(key)))
            continue;
        if (const StorageResult result = m_properties.setValue(QLatin1String(key), value);
            !result.ok()) {
            m_error->setText(tr("The properties could not be saved: %1").arg(result.error()));
            m_error->show();
            return;
        }
        m_changed = true;
    }
    QDialog::accept();
}

} // namespace Yardstick
