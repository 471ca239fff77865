// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualitemmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace Yardstick {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("–");
}

QVariant raw(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ServqualItemModel::ServqualItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServqualItemModel::setResult(const ServqualResult &result)
{
    beginResetModel();
    m_items = result.itemsByPriority();
    m_dimensionNames.clear();
    for (const DimensionGap &d : result.dimensions)
        m_dimensionNames.insert(d.key, d.name);
    endResetModel();
}

void ServqualItemModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_dimensionNames.clear();
    endResetModel();
}

int ServqualItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ServqualItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServqualItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemResult &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        return index.column() == QuestionColumn ? QVariant(item.text) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= CountColumn && index.column() <= PerformanceColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortValue(item, index.column());
    case RowKindRole:
        return QStringLiteral("item");
    case DimensionIdRole:
        return item.dimensionId;
    case QuadrantRole:
        return item.quadrant ? QVariant(importanceQuadrantKey(*item.quadrant)) : QVariant();
    case ConcernRole:
        return item.quadrant == ImportanceQuadrant::ConcentrateHere;
    default:
        return {};
    }
}

QVariant ServqualItemModel::display(const ItemResult &item, int column) const
{
    switch (column) {
    case ItemColumn:
        return item.item;
    case QuestionColumn:
        return item.text;
    case DimensionColumn:
        return m_dimensionNames.value(item.dimensionKey, item.dimensionKey);
    case CountColumn:
        return QString::number(item.n);
    case GapColumn:
        return number(item.gap);
    case ImportanceColumn:
        return optionalNumber(item.importance);
    case PerformanceColumn:
        return optionalNumber(item.performance);
    case QuadrantColumn:
        return item.quadrant ? importanceQuadrantDisplayName(*item.quadrant) : tr("no importance");
    default:
        return {};
    }
}

QVariant ServqualItemModel::sortValue(const ItemResult &item, int column) const
{
    switch (column) {
    case CountColumn:
        return item.n;
    case GapColumn:
        return item.gap;
    case ImportanceColumn:
        return raw(item.importance);
    case PerformanceColumn:
        return raw(item.performance);
    case QuadrantColumn:
        return item.quadrant ? QVariant(int(*item.quadrant)) : QVariant();
    default:
        return display(item, column);
    }
}

QVariant ServqualItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuestionColumn:
        return tr("Question");
    case DimensionColumn:
        return tr("Dimension");
    case CountColumn:
        return tr("n");
    case GapColumn:
        return tr("Gap");
    case ImportanceColumn:
        return tr("Importance");
    case PerformanceColumn:
        return tr("Performance");
    case QuadrantColumn:
        return tr("Quadrant");
    default:
        return {};
    }
}

} // namespace Yardstick
