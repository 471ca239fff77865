// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audititemmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace Yardstick {

namespace {

QString percentText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

QVariant raw(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

AuditItemModel::AuditItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditItemModel::setResults(const QList<AuditItemResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int AuditItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int AuditItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditItemResult &r = m_results.at(index.row());
    const int column = index.column();
    switch (role) {
    case ConcernRole:
        return r.slipping;
    case Qt::TextAlignmentRole: {
        const bool number = column >= RatingsColumn && column <= DropColumn;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case Qt::DisplayRole:
        switch (column) {
        case BehaviourColumn:
            return r.item.text.isEmpty() ? r.item.code : r.item.text;
        case RatingsColumn:
            return QString::number(r.ratings);
        case PercentColumn:
            return percentText(r.percent);
        case PreviousColumn:
            return percentText(r.previousPercent);
        case AverageColumn:
            return percentText(r.averagePercent);
        case DropColumn:
            return percentText(r.drop);
        case StatusColumn:
            return r.slipping ? tr("\u25bc Slipping") : (r.percent ? tr("Holding") : QString());
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case BehaviourColumn:
            return r.item.text.isEmpty() ? r.item.code : r.item.text;
        case RatingsColumn:
            return r.ratings;
        case PercentColumn:
            return raw(r.percent);
        case PreviousColumn:
            return raw(r.previousPercent);
        case AverageColumn:
            return raw(r.averagePercent);
        case DropColumn:
            return raw(r.drop);
        case StatusColumn:
            return r.slipping;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BehaviourColumn:
        return tr("Behaviour");
    case RatingsColumn:
        return tr("Ratings");
    case PercentColumn:
        return tr("Mean %");
    case PreviousColumn:
        return tr("Previous %");
    case AverageColumn:
        return tr("12-month average %");
    case DropColumn:
        return tr("Drop");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Yardstick
