// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

AuditDialog::AuditDialog(const AuditTemplate &checklist, const QList<Department> &departments,
                         const Audit &audit, QWidget *parent)
    : QDialog(parent)
    , m_checklist(checklist)
    , m_original(audit)
{
    setWindowTitle(audit.id == 0 ? tr("Record Audit") : tr("Edit Audit"));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("auditDepartment"));
    m_department->setAccessibleName(tr("Department"));
    for (const Department &d : departments)
        m_department->addItem(tr("%1 \u2013 %2").arg(d.code, d.name), d.id);
    if (const int at = m_department->findData(audit.departmentId); at >= 0)
        m_department->setCurrentIndex(at);

    m_date =
        new QDateEdit(audit.auditedOn.isValid() ? audit.auditedOn : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("auditDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Audited on"));

    m_auditor = new QLineEdit(audit.auditor, this);
    m_auditor->setObjectName(QStringLiteral("auditAuditor"));
    m_auditor->setAccessibleName(tr("Auditor"));
    m_subject = new QLineEdit(audit.subject, this);
    m_subject->setObjectName(QStringLiteral("auditSubject"));
    m_subject->setPlaceholderText(tr("e.g. Desk 3, or the clerk's name"));
    m_subject->setAccessibleName(tr("Subject"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Audited &on:"), m_date);
    form->addRow(tr("&Auditor:"), m_auditor);
    form->addRow(tr("&Subject:"), m_subject);

    // One row per behaviour: a check box says whether it was observed, the
    // spin box holds its rating.
    auto *ratingsBox = new QGroupBox(tr("Ratings"), this);
    auto *grid = new QGridLayout(ratingsBox);
    for (qsizetype i = 0; i < checklist.items.size(); ++i) {
        const AuditItem &item = checklist.items.at(i);
        auto *rated = new QCheckBox(item.text.isEmpty() ? item.code : item.text, ratingsBox);
        rated->setObjectName(QStringLiteral("auditRated_%1").arg(item.code));
        auto *spin = new QDoubleSpinBox(ratingsBox);
        spin->setObjectName(QStringLiteral("auditRating_%1").arg(item.code));
        spin->setAccessibleName(tr("Rating of %1").arg(item.text));
        spin->setRange(0, item.scaleMax);
        spin->setDecimals(item.scaleMax <= 10 ? 0 : 1);
        spin->setSingleStep(1);
        auto *scale = new QLabel(tr("of %1 (weight %2)")
                                     .arg(QLocale().toString(item.scaleMax))
                                     .arg(QLocale().toString(item.weight)),
                                 ratingsBox);
        const auto found = std::find_if(audit.ratings.cbegin(), audit.ratings.cend(),
                                        [&](const AuditRating &r) { return r.itemId == item.id; });
        const bool isRated = audit.id == 0 || found != audit.ratings.cend();
        rated->setChecked(isRated);
        spin->setValue(found != audit.ratings.cend() ? found->rating : item.scaleMax);
        spin->setEnabled(isRated);
        connect(rated, &QCheckBox::toggled, spin, &QWidget::setEnabled);
        grid->addWidget(rated, int(i), 0);
        grid->addWidget(spin, int(i), 1);
        grid->addWidget(scale, int(i), 2);
        m_rated.append(rated);
        m_ratings.append(spin);
    }

    m_note = new QPlainTextEdit(audit.note, this);
    m_note->setObjectName(QStringLiteral("auditNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_department->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Checklist: %1").arg(checklist.name), this));
    layout->addLayout(form);
    layout->addWidget(ratingsBox);
    layout->addWidget(new QLabel(tr("&Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
}

Audit AuditDialog::audit() const
{
    Audit a = m_original;
    a.templateId = m_checklist.id;
    a.departmentId = m_department->currentData().toLongLong();
    a.auditedOn = m_date->date();
    a.auditor = m_auditor->text().trimmed();
    a.subject = m_subject->text().trimmed();
    a.note = m_note->toPlainText().trimmed();
    a.ratings.clear();
    for (qsizetype i = 0; i < m_checklist.items.size(); ++i)
        if (m_rated.at(i)->isChecked())
            a.ratings.append({m_checklist.items.at(i).id, m_ratings.at(i)->value()});
    return a;
}

} // namespace Yardstick
