// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "model/valuemodel.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Yardstick {

// Edits what a day is worth for one turnaround standard: the value of one
// day sooner per case (US$), the cases a year, optionally what reaching the
// target costs a year, and a note on where the figures come from. It shows
// as you type what one day sooner is worth a year.
class ValueModelDialog final : public QDialog
{
    Q_OBJECT

public:
    ValueModelDialog(const Standard &standard, const std::optional<ValueModel> &current,
                     QWidget *parent = nullptr);

    // The model as entered, or nullopt when the analyst chose Remove.
    std::optional<ValueModel> model() const;

    // "One day sooner is worth US$1.40M a year"
    QString annualValueText() const;

    QDoubleSpinBox *valuePerDayBox() const { return m_valuePerDay; }
    QDoubleSpinBox *casesPerYearBox() const { return m_casesPerYear; }
    QCheckBox *hasCostBox() const { return m_hasCost; }
    QDoubleSpinBox *costPerYearBox() const { return m_costPerYear; }
    QLineEdit *noteEdit() const { return m_note; }
    // Accepts the dialog as a removal of the model.
    void removeModel();

private:
    void updateAnnualValue();

    qint64 m_standardId = 0;
    bool m_remove = false;
    QDoubleSpinBox *m_valuePerDay = nullptr;
    QDoubleSpinBox *m_casesPerYear = nullptr;
    QCheckBox *m_hasCost = nullptr;
    QDoubleSpinBox *m_costPerYear = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_annualValue = nullptr;
};

} // namespace Yardstick
