// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgunitdialog.h"

#include "usecases/organisationservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

OrgUnitDialog::OrgUnitDialog(const OrganisationService &organisation, const OrgUnit &original,
                             QWidget *parent)
    : QDialog(parent)
    , m_organisation(organisation)
    , m_original(original)
    // A unit that exists keeps its code unless the analyst changes it.
    , m_codeTouched(original.id != 0)
{
    const bool isNew = original.id == 0;
    m_name = new QLineEdit(original.name, this);
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_code = new QLineEdit(original.code, this);
    m_code->setObjectName(QStringLiteral("unitCodeEdit"));
    m_code->setPlaceholderText(tr("made from the name"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    switch (original.kind) {
    case OrgUnitKind::Service:
        setWindowTitle(isNew ? tr("New Service") : tr("Rename Service %1").arg(original.name));
        m_name->setPlaceholderText(tr("e.g. Card replacement"));
        break;
    case OrgUnitKind::Department:
        setWindowTitle(isNew ? tr("New Department")
                             : tr("Rename Department %1").arg(original.name));
        m_name->setPlaceholderText(tr("e.g. Card Services"));
        break;
    case OrgUnitKind::Dimension:
        setWindowTitle(isNew ? tr("New Dimension") : tr("Rename Dimension %1").arg(original.name));
        m_name->setPlaceholderText(tr("e.g. Courtesy"));
        break;
    }
    if (original.kind == OrgUnitKind::Dimension) {
        // Letters, surveys and the lexicon name a dimension by its key.
        m_code->setToolTip(tr("The key imports and the lexicon name the dimension by: made from "
                              "the name, it does not change once the dimension exists."));
        m_code->setReadOnly(!isNew);
        form->addRow(tr("&Key:"), m_code);
    } else {
        m_code->setToolTip(tr("A short key that imports, exports and standard codes use. It is "
                              "made from the name's initials until you write one."));
        form->addRow(tr("&Code:"), m_code);
    }

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("unitProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textEdited, this, &OrgUnitDialog::onNameEdited);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Emptied, the code follows the name again.
        m_codeTouched = !text.isEmpty();
        if (!m_codeTouched)
            onNameEdited();
    });
    connect(m_name, &QLineEdit::textChanged, this, &OrgUnitDialog::revalidate);
    connect(m_code, &QLineEdit::textChanged, this, &OrgUnitDialog::revalidate);
    revalidate();
}

void OrgUnitDialog::onNameEdited()
{
    if (m_codeTouched)
        return;
    const QString name = m_name->text().trimmed();
    m_code->setText(name.isEmpty() ? QString()
                                   : m_organisation.suggestedCode(m_original.kind, name));
}

OrgUnit OrgUnitDialog::unit() const
{
    OrgUnit edited = m_original;
    edited.name = m_name->text().trimmed();
    edited.code = m_code->text().trimmed();
    return edited;
}

QStringList OrgUnitDialog::problems() const
{
    return m_organisation.check(unit());
}

void OrgUnitDialog::revalidate()
{
    // An untouched new form is not yet wrong: say what to do, not what failed.
    const bool blank = m_name->text().trimmed().isEmpty() && m_code->text().trimmed().isEmpty();
    const QStringList messages = blank ? QStringList() : problems();
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank && messages.isEmpty());
}

} // namespace Yardstick
