// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardtablemodel.h"

#include "itemroles.h"
#include "model/valueformat.h"
#include "usecases/standardcatalogue.h"

#include <QLocale>

namespace Yardstick {

StandardTableModel::StandardTableModel(StandardCatalogue &catalogue, ReferenceData reference,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
    , m_reference(std::move(reference))
    , m_standards(catalogue.standards())
{
    connect(&catalogue, &StandardCatalogue::standardAdded, this, &StandardTableModel::onAdded);
    connect(&catalogue, &StandardCatalogue::standardUpdated, this, &StandardTableModel::onUpdated);
    connect(&catalogue, &StandardCatalogue::standardRemoved, this, &StandardTableModel::onRemoved);
    connect(&catalogue, &StandardCatalogue::catalogueReloaded, this, &StandardTableModel::reload);
}

int StandardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_standards.size());
}

int StandardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int StandardTableModel::rowOf(qint64 standardId) const
{
    for (int row = 0; row < m_standards.size(); ++row) {
        if (m_standards.at(row).id == standardId)
            return row;
    }
    return -1;
}

void StandardTableModel::reload()
{
    beginResetModel();
    m_standards = m_catalogue.standards();
    endResetModel();
}

QVariant StandardTableModel::display(const Standard &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case CodeColumn:
        return s.code;
    case TitleColumn:
        return s.title;
    case ServiceColumn:
        return m_reference.serviceName(s.serviceId);
    case DimensionColumn:
        return m_reference.dimensionName(s.dimensionId);
    case MetricColumn:
        return metricDisplayName(s.metric);
    case StatisticColumn:
        return s.statistic.displayName();
    case DirectionColumn:
        return directionDisplayName(s.direction);
    case TargetColumn:
        // As the scorecard states it: the rule with its unit, "≤ 15 days".
        return s.revisions.isEmpty() ? QString()
                                     : ValueFormat::bound(s.direction, s.target(), s.unit);
    case ThresholdColumn:
        return s.revisions.isEmpty() ? QString()
                                     : ValueFormat::bound(s.direction, s.threshold(), s.unit);
    case UnitColumn:
        return s.unit;
    case DepartmentColumn:
        return m_reference.departmentName(s.departmentId);
    case EffectiveFromColumn:
        return s.revisions.isEmpty()
                   ? QString()
                   : locale.toString(s.current().effectiveFrom, QLocale::ShortFormat);
    case StatusColumn:
        if (s.status == StandardStatus::Retired && s.retiredOn.isValid()) {
            return tr("Retired %1").arg(locale.toString(s.retiredOn, QLocale::ShortFormat));
        }
        return standardStatusDisplayName(s.status);
    default:
        return {};
    }
}

QVariant StandardTableModel::sortValue(const Standard &s, int column) const
{
    switch (column) {
    case TargetColumn:
        return s.revisions.isEmpty() ? QVariant() : QVariant(s.target());
    case ThresholdColumn:
        return s.revisions.isEmpty() ? QVariant() : QVariant(s.threshold());
    case EffectiveFromColumn:
        return s.revisions.isEmpty() ? QVariant() : QVariant(s.current().effectiveFrom);
    case StatusColumn:
        return int(s.status);
    default:
        return display(s, column);
    }
}

QVariant StandardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Standard &s = m_standards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !s.rationale.isEmpty())
            return s.rationale;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == ThresholdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(s, index.column());
    case StandardIdRole:
        return s.id;
    case ServiceIdRole:
        return s.serviceId;
    case DimensionIdRole:
        return s.dimensionId;
    case DepartmentIdRole:
        return s.departmentId;
    case StatusRole:
        return int(s.status);
    default:
        return {};
    }
}

QVariant StandardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case ServiceColumn:
        return tr("Service");
    case DimensionColumn:
        return tr("Dimension");
    case MetricColumn:
        return tr("Metric");
    case StatisticColumn:
        return tr("Statistic");
    case DirectionColumn:
        return tr("Direction");
    case TargetColumn:
        return tr("Target");
    case ThresholdColumn:
        return tr("Threshold");
    case UnitColumn:
        return tr("Unit");
    case DepartmentColumn:
        return tr("Department");
    case EffectiveFromColumn:
        return tr("In force since");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void StandardTableModel::onAdded(const Standard &standard)
{
    const int row = int(m_standards.size());
    beginInsertRows(QModelIndex(), row, row);
    m_standards.append(standard);
    endInsertRows();
}

void StandardTableModel::onUpdated(const Standard &standard)
{
    const int row = rowOf(standard.id);
    if (row < 0)
        return;
    m_standards[row] = standard;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StandardTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_standards.removeAt(row);
    endRemoveRows();
}

} // namespace Yardstick
