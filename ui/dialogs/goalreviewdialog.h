// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "model/standard.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace Yardstick {

// Goal review: a standard's revisions, newest first (when, old -> new target
// and threshold, why, who, when recorded) and, for each, the share of the
// periods it governed that met it, next to what the planner predicted when
// the revision was proposed from it. Read-only.
class GoalReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        FromColumn,
        TargetColumn,
        ThresholdColumn,
        ReasonColumn,
        ByColumn,
        RecordedColumn,
        PredictedPeriodsColumn,
        ActualPeriodsColumn,
        PredictedCasesColumn,
        ActualCasesColumn,
        BasisColumn,
        ColumnCount,
    };

    // compliance: what ComplianceDataLoader read from the workbench.
    GoalReviewDialog(const Standard &standard, ComplianceData compliance,
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *periodKindBox() const { return m_periodKind; }

private:
    void fill();

    Standard m_standard;
    ComplianceData m_data;
    QComboBox *m_periodKind = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Yardstick
