// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "workbench/referencedata.h"

#include <QAbstractTableModel>

#include <optional>

namespace Yardstick {

// How each department stands on the scorecard: a first row for all
// departments together, then one per department that owns standards on it
// (in the reference order), counting its standards by status. The share met
// is of all its standards, so a standard without data counts as not met.
class DepartmentSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DepartmentColumn,
        StandardsColumn,
        MetColumn,
        AtRiskColumn,
        BreachedColumn,
        NoDataColumn,
        ShareMetColumn,
        ColumnCount
    };

    explicit DepartmentSummaryModel(QObject *parent = nullptr);

    void setScorecard(const Scorecard &scorecard, const ReferenceData &reference);

    // nullopt for the all-departments row.
    std::optional<qint64> departmentAt(int row) const;
    // The row of a department (nullopt: all departments), or -1.
    int rowOf(std::optional<qint64> departmentId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Summary
    {
        std::optional<qint64> id;
        QString name;
        int standards = 0;
        int met = 0;
        int atRisk = 0;
        int breached = 0;
        int noData = 0;

        std::optional<double> shareMet() const;
        void count(ComplianceStatus status);
    };

    QVariant value(const Summary &summary, int column) const;

    QList<Summary> m_rows;
};

} // namespace Yardstick
