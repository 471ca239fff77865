// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/processphase.h"
#include "spc/controlchart.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Yardstick {

// Records a process change (a rebase of the control limits) or edits one:
// the day it starts, a label, why (required: it goes into the audit trail),
// whether it concerns one standard or every one, and optionally limits
// entered by hand. OK stays disabled, with the reasons shown, while the
// entries are incomplete.
class PhaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // standardCode names the standard of "this standard"; chartType, when
    // the phase is added from a control chart, says in which scale the
    // centre line is (a proportion for p and np charts).
    PhaseDialog(const ProcessPhase &phase, qint64 standardId, const QString &standardCode,
                std::optional<ControlChartType> chartType, QWidget *parent = nullptr);

    // The phase as entered, with the id and recording time it came with.
    ProcessPhase phase() const;
    QStringList problems() const;

    QDateEdit *startsOnEdit() const { return m_startsOn; }
    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QRadioButton *thisStandardButton() const { return m_thisStandard; }
    QRadioButton *everyStandardButton() const { return m_everyStandard; }
    QGroupBox *fixedLimitsBox() const { return m_fixedLimits; }
    QLineEdit *centreEdit() const { return m_centre; }
    QLineEdit *sigmaEdit() const { return m_sigma; }
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    ProcessPhase m_original;
    qint64 m_standardId = 0;
    bool m_proportion = false;
    QDateEdit *m_startsOn = nullptr;
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QRadioButton *m_thisStandard = nullptr;
    QRadioButton *m_everyStandard = nullptr;
    QGroupBox *m_fixedLimits = nullptr;
    QLineEdit *m_centre = nullptr;
    QLineEdit *m_sigma = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
