// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audits/auditscore.h"

#include <QAbstractTableModel>

namespace Yardstick {

// Each behaviour of a checklist in one period: its ratings, mean rating in
// percent of its scale, the previous period's, the 12-month average, the
// drop and whether it slipped. ConcernRole is true on every cell of a
// slipping behaviour, whose status also carries a ▼, so the mark survives a
// grey-scale print; SortRole holds the raw values.
class AuditItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BehaviourColumn,
        RatingsColumn,
        PercentColumn,
        PreviousColumn,
        AverageColumn,
        DropColumn,
        StatusColumn,
        ColumnCount
    };

    explicit AuditItemModel(QObject *parent = nullptr);

    void setResults(const QList<AuditItemResult> &results);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditItemResult> m_results;
};

} // namespace Yardstick
