// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "surveys/servqual.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Yardstick {

// One wave's SERVQUAL items in the order to improve them
// (ServqualResult::itemsByPriority): code, question, dimension, n, gap,
// importance, performance and importance-performance quadrant. QuadrantRole
// holds the quadrant's key on every cell of a placed item, so the ui can
// give it its symbol and colour; SortRole holds the raw values.
class ServqualItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        QuestionColumn,
        DimensionColumn,
        CountColumn,
        GapColumn,
        ImportanceColumn,
        PerformanceColumn,
        QuadrantColumn,
        ColumnCount
    };

    explicit ServqualItemModel(QObject *parent = nullptr);

    void setResult(const ServqualResult &result);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ItemResult &item, int column) const;
    QVariant sortValue(const ItemResult &item, int column) const;

    QList<ItemResult> m_items;
    QHash<QString, QString> m_dimensionNames; // by key
};

} // namespace Yardstick
