// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurement.h"
#include "model/standard.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Yardstick {

// Measurements as a read-only table: which standard, which period, the value
// and how many cases it rests on.
class MeasurementTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StandardColumn,
        PeriodStartColumn,
        PeriodEndColumn,
        ValueColumn,
        UnitColumn,
        SampleSizeColumn,
        SourceColumn,
        ColumnCount
    };

    explicit MeasurementTableModel(QObject *parent = nullptr);

    // The standards give each row its code and unit.
    void setMeasurements(QList<Measurement> measurements, const QList<Standard> &standards);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct StandardLabel
    {
        QString code;
        QString title;
        QString unit;
    };

    QList<Measurement> m_measurements;
    QHash<qint64, StandardLabel> m_labels;
};

} // namespace Yardstick
