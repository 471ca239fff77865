// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlingdatesdialog.h"

#include "itemmodels/lettertext.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

HandlingDatesDialog::HandlingDatesDialog(const ComplaintLetter &letter, QWidget *parent)
    : QDialog(parent)
    , m_letter(letter)
{
    setObjectName(QStringLiteral("handlingDatesDialog"));
    setWindowTitle(tr("Handling Dates of %1").arg(letter.reference));
    const QDateTime now = QDateTime::currentDateTime();
    m_responded = new QCheckBox(tr("&Answered"), this);
    m_responded->setChecked(letter.firstResponseAt.isValid());
    m_firstResponse = new QDateTimeEdit(
        letter.firstResponseAt.isValid() ? letter.firstResponseAt.toLocalTime() : now, this);
    m_firstResponse->setObjectName(QStringLiteral("firstResponseEdit"));
    m_firstResponse->setCalendarPopup(true);
    m_resolved = new QDateTimeEdit(
        letter.resolvedAt.isValid() ? letter.resolvedAt.toLocalTime() : now, this);
    m_resolved->setObjectName(QStringLiteral("resolvedEdit"));
    m_resolved->setCalendarPopup(true);
    m_resolved->setEnabled(letter.status == LetterStatus::Resolved);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Received:"), new QLabel(QLocale().toString(letter.receivedAt.toLocalTime(),
                                                                QLocale::ShortFormat),
                                             this));
    form->addRow(tr("Status:"), new QLabel(LetterText::statusName(letter.status), this));
    form->addRow(m_responded, m_firstResponse);
    form->addRow(tr("&Resolved:"), m_resolved);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_responded, &QCheckBox::toggled, m_firstResponse, &QWidget::setEnabled);
    connect(m_responded, &QCheckBox::toggled, this, &HandlingDatesDialog::check);
    connect(m_firstResponse, &QDateTimeEdit::dateTimeChanged, this, &HandlingDatesDialog::check);
    connect(m_resolved, &QDateTimeEdit::dateTimeChanged, this, &HandlingDatesDialog::check);
    m_firstResponse->setEnabled(m_responded->isChecked());
    check();
}

ComplaintLetter HandlingDatesDialog::letter() const
{
    ComplaintLetter l = m_letter;
    l.firstResponseAt = m_responded->isChecked() ? m_firstResponse->dateTime() : QDateTime();
    if (l.status == LetterStatus::Resolved)
        l.resolvedAt = m_resolved->dateTime();
    return l;
}

void HandlingDatesDialog::check()
{
    const ComplaintLetter l = letter();
    QString problem;
    if (l.firstResponseAt.isValid() && l.receivedAt.isValid() && l.firstResponseAt < l.receivedAt)
        problem = tr("The first response cannot come before the letter arrived.");
    else if (l.resolvedAt.isValid() && l.receivedAt.isValid() && l.resolvedAt < l.receivedAt)
        problem = tr("The resolution cannot come before the letter arrived.");
    else if (l.resolvedAt.isValid() && l.firstResponseAt.isValid() &&
             l.resolvedAt < l.firstResponseAt)
        problem = tr("The resolution cannot come before the first response.");
    else if (l.status != LetterStatus::New && !l.firstResponseAt.isValid())
        problem = tr("A complaint in progress or resolved has been answered: give the date.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace Yardstick
