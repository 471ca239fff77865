// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualdimensionmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace Yardstick {

namespace {

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
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

ServqualDimensionModel::ServqualDimensionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServqualDimensionModel::setResult(const ServqualResult &result)
{
    beginResetModel();
    m_dimensions = result.dimensions;
    m_weightedGap = result.weightedGap;
    m_respondents = result.respondents;
    endResetModel();
}

void ServqualDimensionModel::clear()
{
    beginResetModel();
    m_dimensions.clear();
    m_weightedGap.reset();
    m_respondents = 0;
    endResetModel();
}

int ServqualDimensionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_dimensions.size()) + (m_weightedGap ? 1 : 0);
}

int ServqualDimensionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServqualDimensionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (index.row() < m_dimensions.size())
        return dimensionData(m_dimensions.at(index.row()), index.column(), role);
    return weightedData(index.column(), role);
}

QVariant ServqualDimensionModel::dimensionData(const DimensionGap &d, int column, int role) const
{
    switch (role) {
    case RowKindRole:
        return QStringLiteral("dimension");
    case DimensionIdRole:
        return d.dimensionId;
    case ConcernRole:
        return column == GapColumn && d.gap < 0;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case CountColumn:
            return QString::number(d.n);
        case ExpectationColumn:
            return number(d.expectation);
        case PerceptionColumn:
            return number(d.perception);
        case GapColumn:
            return number(d.gap);
        case SdColumn:
            return optionalNumber(d.sd);
        case IntervalColumn:
            return d.ciLow && d.ciHigh ? tr("%1 to %2", "confidence interval")
                                             .arg(number(*d.ciLow), number(*d.ciHigh))
                                       : QStringLiteral("–");
        case WeightColumn:
            return d.weight > 0 ? tr("%1%").arg(number(d.weight * 100, 0)) : QStringLiteral("–");
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return d.name;
        case CountColumn:
            return d.n;
        case ExpectationColumn:
            return d.expectation;
        case PerceptionColumn:
            return d.perception;
        case GapColumn:
            return d.gap;
        case SdColumn:
            return raw(d.sd);
        case IntervalColumn:
            return raw(d.ciLow);
        case WeightColumn:
            return d.weight;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ServqualDimensionModel::weightedData(int column, int role) const
{
    switch (role) {
    case RowKindRole:
        return QStringLiteral("weighted");
    case ConcernRole:
        return false;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return tr("Weighted");
        case CountColumn:
            return QString::number(m_respondents);
        case GapColumn:
            return number(*m_weightedGap);
        case WeightColumn:
            return tr("100%");
        default:
            return QString();
        }
    case SortRole:
        switch (column) {
        case NameColumn:
            return tr("Weighted");
        case CountColumn:
            return m_respondents;
        case GapColumn:
            return *m_weightedGap;
        case WeightColumn:
            return 1.0;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ServqualDimensionModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Dimension");
    case CountColumn:
        return tr("n");
    case ExpectationColumn:
        return tr("Expectation");
    case PerceptionColumn:
        return tr("Perception");
    case GapColumn:
        return tr("Gap");
    case SdColumn:
        return tr("SD");
    case IntervalColumn:
        return tr("95% CI");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace Yardstick
