// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "audits/auditscore.h"
#include "model/department.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Yardstick {

// A checklist's mean audit score per period, newest period first (the one
// an analyst asks about is usually the last): the period, all departments
// together, then one column per department with scored audits, in the
// departments' order. A cell reads "65.0 (3)": the score in percent and the
// number of audits. SortRole holds the score.
class AuditScoreModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AuditScoreModel(QObject *parent = nullptr);

    void setAudits(const AuditTemplate &checklist, const QList<Audit> &audits,
                   const QList<Department> &departments, PeriodKind kind);
    void clear();

    // An invalid period for a row that is not there.
    Period periodAt(int row) const;
    int rowOf(const Period &period) const;
    // The department of a score column; 0 for all departments (and for the
    // period column).
    qint64 departmentAt(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<AuditPeriodScore> score(int row, int column) const;

    PeriodKind m_kind = PeriodKind::Month;
    QList<AuditPeriodScore> m_pooled; // newest first
    QList<Department> m_columns;      // the departments with scores
    QHash<std::pair<QDate, qint64>, AuditPeriodScore> m_cells;
    bool m_hasChecklist = false;
};

} // namespace Yardstick
