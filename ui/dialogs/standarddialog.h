// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "workbench/referencedata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Yardstick {

class StandardCatalogue;

// Creates or edits one standard. Problems are shown as the analyst types and
// OK stays disabled until there are none; the dialog itself writes nothing,
// its caller applies standard() as an undoable command.
class StandardDialog final : public QDialog
{
    Q_OBJECT

public:
    // An original with id 0 means "new standard".
    StandardDialog(const StandardCatalogue &catalogue, const ReferenceData &reference,
                   const Standard &original, QWidget *parent = nullptr);

    // The standard as edited, with a new revision when the target or
    // threshold changed from a later date.
    Standard standard() const;
    QStringList problems() const;

private:
    void buildForm(const ReferenceData &reference);
    void load(const Standard &s);
    void onMetricChanged();
    void updateDayBasis();
    void onStatisticChanged();
    void revalidate();

    const StandardCatalogue &m_catalogue;
    Standard m_original;
    bool m_unitTouched = false;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_dayBasis = nullptr;
    QComboBox *m_statistic = nullptr;
    QDoubleSpinBox *m_statisticParameter = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDateEdit *m_effectiveFrom = nullptr;
    QLineEdit *m_revisionReason = nullptr;
    QLineEdit *m_unit = nullptr;
    QList<QCheckBox *> m_basis;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
