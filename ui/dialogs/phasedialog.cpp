// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasedialog.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

// A number as the analyst's locale writes it, or as C does ("0.95" works
// everywhere); empty text is no number.
std::optional<double> numberIn(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 10) : QString();
}

} // namespace

PhaseDialog::PhaseDialog(const ProcessPhase &phase, qint64 standardId, const QString &standardCode,
                         std::optional<ControlChartType> chartType, QWidget *parent)
    : QDialog(parent)
    , m_original(phase)
    , m_standardId(standardId)
    , m_proportion(chartType == ControlChartType::P || chartType == ControlChartType::Np)
{
    setWindowTitle(phase.id == 0 ? tr("Add Rebase") : tr("Edit Phase"));

    auto *intro = new QLabel(tr("A process change starts a new phase: the control chart "
                                "computes fresh limits from it on, and the trend chart shows "
                                "the mean before and after."),
                             this);
    intro->setWordWrap(true);

    m_startsOn =
        new QDateEdit(phase.startsOn.isValid() ? phase.startsOn : QDate::currentDate(), this);
    m_startsOn->setObjectName(QStringLiteral("phaseStartsOn"));
    m_startsOn->setCalendarPopup(true);
    m_startsOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startsOn->setAccessibleName(tr("Starts on"));

    m_label = new QLineEdit(phase.label, this);
    m_label->setObjectName(QStringLiteral("phaseLabel"));
    m_label->setPlaceholderText(tr("e.g. New scanning system"));
    m_label->setAccessibleName(tr("Label"));

    m_reason = new QPlainTextEdit(phase.reason, this);
    m_reason->setObjectName(QStringLiteral("phaseReason"));
    m_reason->setPlaceholderText(
        tr("What changed in the process, and why the limits start again here"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    m_thisStandard = new QRadioButton(tr("&This standard (%1)").arg(standardCode), this);
    m_thisStandard->setObjectName(QStringLiteral("phaseThisStandard"));
    m_everyStandard = new QRadioButton(tr("E&very standard"), this);
    m_everyStandard->setObjectName(QStringLiteral("phaseEveryStandard"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_thisStandard);
    scope->addButton(m_everyStandard);
    // A new rebase is the standard's own unless no standard is at hand.
    const bool own = phase.id == 0 ? standardId != 0 : phase.standardId.has_value();
    (own ? m_thisStandard : m_everyStandard)->setChecked(true);
    m_thisStandard->setEnabled(standardId != 0 || phase.standardId.has_value());
    auto *scopeRow = new QVBoxLayout;
    scopeRow->addWidget(m_thisStandard);
    scopeRow->addWidget(m_everyStandard);

    m_fixedLimits = new QGroupBox(tr("Enter limits by &hand"), this);
    m_fixedLimits->setObjectName(QStringLiteral("phaseFixedLimits"));
    m_fixedLimits->setCheckable(true);
    m_fixedLimits->setChecked(phase.fixedCenter.has_value());
    m_centre = new QLineEdit(numberText(phase.fixedCenter), m_fixedLimits);
    m_centre->setObjectName(QStringLiteral("phaseCentre"));
    m_centre->setAccessibleName(tr("Centre line"));
    m_sigma = new QLineEdit(numberText(phase.fixedSigma), m_fixedLimits);
    m_sigma->setObjectName(QStringLiteral("phaseSigma"));
    m_sigma->setAccessibleName(tr("Sigma"));
    m_sigma->setPlaceholderText(tr("estimated from the phase"));
    auto *limitsHint = new QLabel(
        m_proportion
            ? tr("For this p or np chart the centre is the proportion of cases, from 0 to 1 "
                 "(0.95 for 95%). Leave sigma empty to derive it from the centre.")
            : tr("The centre in the standard's unit; sigma of a single value. Leave sigma "
                 "empty to estimate it from the phase's points."),
        m_fixedLimits);
    limitsHint->setWordWrap(true);
    auto *limitsForm = new QFormLayout(m_fixedLimits);
    limitsForm->addRow(tr("&Centre line:"), m_centre);
    limitsForm->addRow(tr("&Sigma:"), m_sigma);
    limitsForm->addRow(limitsHint);

    auto *form = new QFormLayout;
    form->addRow(tr("Starts &on:"), m_startsOn);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Applies to:"), scopeRow);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("phaseProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a4262c;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fixedLimits);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_label, &QLineEdit::textChanged, this, &PhaseDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &PhaseDialog::revalidate);
    connect(m_centre, &QLineEdit::textChanged, this, &PhaseDialog::revalidate);
    connect(m_sigma, &QLineEdit::textChanged, this, &PhaseDialog::revalidate);
    connect(m_fixedLimits, &QGroupBox::toggled, this, &PhaseDialog::revalidate);
    revalidate();
    m_label->setFocus();
}

ProcessPhase PhaseDialog::phase() const
{
    ProcessPhase result = m_original;
    result.startsOn = m_startsOn->date();
    result.label = m_label->text().trimmed();
    result.reason = m_reason->toPlainText().trimmed();
    if (m_everyStandard->isChecked())
        result.standardId.reset();
    else if (!m_original.standardId)
        result.standardId = m_standardId;
    result.fixedCenter.reset();
    result.fixedSigma.reset();
    if (m_fixedLimits->isChecked()) {
        result.fixedCenter = numberIn(m_centre->text());
        result.fixedSigma = numberIn(m_sigma->text());
    }
    return result;
}

QStringList PhaseDialog::problems() const
{
    QStringList found;
    if (m_label->text().trimmed().isEmpty())
        found << tr("Give the phase a label; the charts print it at the change.");
    if (m_reason->toPlainText().trimmed().isEmpty())
        found << tr("Say why the process changed; the reason is kept in the audit trail.");
    if (m_fixedLimits->isChecked()) {
        const std::optional<double> centre = numberIn(m_centre->text());
        if (!centre)
            found << tr("Enter the centre line as a number, or untick “Enter limits by hand”.");
        else if (m_proportion && (*centre < 0 || *centre > 1))
            found << tr("The centre of a p or np chart is a proportion from 0 to 1.");
        if (!m_sigma->text().trimmed().isEmpty()) {
            const std::optional<double> sigma = numberIn(m_sigma->text());
            if (!sigma || *sigma <= 0)
                found << tr("Sigma must be a number greater than zero, or left empty.");
        }
    }
    return found;
}

void PhaseDialog::revalidate()
{
    const QStringList messages = problems();
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

} // namespace Yardstick
