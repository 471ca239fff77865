// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementtablemodel.h"

#include "itemroles.h"
#include "model/valueformat.h"

#include <QLocale>

namespace Yardstick {

MeasurementTableModel::MeasurementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MeasurementTableModel::setMeasurements(QList<Measurement> measurements,
                                            const QList<Standard> &standards)
{
    beginResetModel();
    m_measurements = std::move(measurements);
    m_labels.clear();
    for (const Standard &s : standards)
        m_labels.insert(s.id, {s.code, s.title, s.unit});
    endResetModel();
}

int MeasurementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_measurements.size());
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_measurements.at(index.row());
    const StandardLabel label = m_labels.value(m.standardId);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StandardColumn:
            return label.code;
        case PeriodStartColumn:
            return locale.toString(m.periodStart, QLocale::ShortFormat);
        case PeriodEndColumn:
            return locale.toString(m.periodEnd, QLocale::ShortFormat);
        case ValueColumn:
            return ValueFormat::number(m.value, label.unit); // the unit's own decimals
        case UnitColumn:
            return label.unit;
        case SampleSizeColumn:
            return m.sampleSize ? locale.toString(*m.sampleSize) : QString();
        case SourceColumn:
            return m.source;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case PeriodStartColumn:
            return m.periodStart;
        case PeriodEndColumn:
            return m.periodEnd;
        case ValueColumn:
            return m.value;
        case SampleSizeColumn:
            return m.sampleSize ? QVariant(*m.sampleSize) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StandardColumn)
        return label.title;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ValueColumn || index.column() == SampleSizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StandardIdRole)
        return m.standardId;
    return {};
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StandardColumn:
        return tr("Standard");
    case PeriodStartColumn:
        return tr("Period start");
    case PeriodEndColumn:
        return tr("Period end");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case SampleSizeColumn:
        return tr("Sample size");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace Yardstick
