// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "workbench/referencedata.h"

#include <QAbstractTableModel>

namespace Yardstick {

class StandardCatalogue;

// The standards catalogue as a table, one row per standard. It follows the
// catalogue's change signals, so an edit (or its undo) shows up at once.
class StandardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        ServiceColumn,
        DimensionColumn,
        TargetColumn,
        ThresholdColumn,
        UnitColumn,
        StatisticColumn,
        MetricColumn,
        DirectionColumn,
        DepartmentColumn,
        EffectiveFromColumn,
        StatusColumn,
        ColumnCount
    };

    StandardTableModel(StandardCatalogue &catalogue, ReferenceData reference,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Standard &standardAt(int row) const { return m_standards.at(row); }
    int rowOf(qint64 standardId) const;
    // Re-reads the whole catalogue (after opening another workbench).
    void reload();

private:
    QVariant display(const Standard &s, int column) const;
    QVariant sortValue(const Standard &s, int column) const;
    void onAdded(const Standard &standard);
    void onUpdated(const Standard &standard);
    void onRemoved(qint64 id);

    StandardCatalogue &m_catalogue;
    ReferenceData m_reference;
    QList<Standard> m_standards;
};

} // namespace Yardstick
