// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/standardcontrolchart.h"

#include <QAbstractTableModel>

namespace Yardstick {

// The flagged points of a control chart as the list beside it shows them:
// the period, the rule by name and what the rule means.
class SignalListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        RuleColumn,
        MeaningColumn,
        ColumnCount,
    };

    enum Role
    {
        PointRole = Qt::UserRole + 1, // 1-based point on the chart
        RuleKeyRole,                  // "nelson-2"
    };

    explicit SignalListModel(QObject *parent = nullptr);

    void setFlagged(const QList<ChartSignal> &flagged);
    const QList<ChartSignal> &flagged() const { return m_flagged; }

    // "Nelson 2", "Western Electric 1"; the key itself when unknown.
    static QString ruleDisplayName(const QString &ruleKey);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ChartSignal> m_flagged;
};

} // namespace Yardstick
