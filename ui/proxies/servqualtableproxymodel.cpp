// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualtableproxymodel.h"

#include "charts/quadrantplot.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/servqualitemmodel.h"

#include <QFont>

namespace Yardstick {

namespace {

std::optional<ImportanceQuadrant> quadrantOf(const QModelIndex &index)
{
    if (index.column() != ServqualItemModel::QuadrantColumn)
        return std::nullopt;
    const QString key = index.data(QuadrantRole).toString();
    for (const ImportanceQuadrant q :
         {ImportanceQuadrant::ConcentrateHere, ImportanceQuadrant::KeepUp,
          ImportanceQuadrant::LowPriority, ImportanceQuadrant::PossibleOverkill}) {
        if (!key.isEmpty() && importanceQuadrantKey(q) == key)
            return q;
    }
    return std::nullopt;
}

} // namespace

ServqualTableProxyModel::ServqualTableProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant ServqualTableProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (const std::optional<ImportanceQuadrant> q = quadrantOf(index))
            return tr("%1 %2", "symbol, quadrant name")
                .arg(QuadrantPlot::symbol(*q), importanceQuadrantDisplayName(*q));
        break;
    case Qt::ForegroundRole:
        if (const std::optional<ImportanceQuadrant> q = quadrantOf(index))
            return QuadrantPlot::colour(*q).darker(115);
        if (index.data(RowKindRole).toString() == QLatin1String("dimension") &&
            index.data(ConcernRole).toBool())
            return QuadrantPlot::colour(ImportanceQuadrant::ConcentrateHere);
        break;
    case Qt::FontRole:
        if (index.data(RowKindRole).toString() == QLatin1String("weighted")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Yardstick
