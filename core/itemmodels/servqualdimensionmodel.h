// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "surveys/servqual.h"

#include <QAbstractTableModel>

namespace Yardstick {

// One wave's SERVQUAL dimensions: a row per dimension (n, expectation,
// perception, gap, SD, 95% interval, weight), then the weighted gap when the
// wave has one. Numbers in the reader's locale; SortRole holds them raw,
// RowKindRole tells the weighted row apart and ConcernRole marks a negative
// dimension gap (perception below expectation).
class ServqualDimensionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CountColumn,
        ExpectationColumn,
        PerceptionColumn,
        GapColumn,
        SdColumn,
        IntervalColumn,
        WeightColumn,
        ColumnCount
    };

    explicit ServqualDimensionModel(QObject *parent = nullptr);

    void setResult(const ServqualResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant dimensionData(const DimensionGap &gap, int column, int role) const;
    QVariant weightedData(int column, int role) const;

    QList<DimensionGap> m_dimensions;
    std::optional<double> m_weightedGap;
    int m_respondents = 0;
};

} // namespace Yardstick
