// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signallistmodel.h"

namespace Yardstick {

SignalListModel::SignalListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SignalListModel::setFlagged(const QList<ChartSignal> &flagged)
{
    beginResetModel();
    m_flagged = flagged;
    endResetModel();
}

QString SignalListModel::ruleDisplayName(const QString &ruleKey)
{
    const qsizetype dash = ruleKey.lastIndexOf(QLatin1Char('-'));
    const QString family = ruleKey.left(dash);
    const QString number = ruleKey.mid(dash + 1);
    if (family == QLatin1String("nelson"))
        return tr("Nelson %1", "Nelson rule number").arg(number);
    if (family == QLatin1String("we"))
        return tr("Western Electric %1", "Western Electric rule number").arg(number);
    return ruleKey;
}

int SignalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flagged.size());
}

int SignalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_flagged.size())
        return {};
    const ChartSignal &flag = m_flagged.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn:
            return flag.periodLabel;
        case RuleColumn:
            return ruleDisplayName(flag.rule);
        case MeaningColumn:
            return flag.meaning;
        }
        return {};
    case Qt::ToolTipRole:
        // The meaning is long; the narrow side panel elides it.
        return tr("%1 — %2: %3", "period, rule, meaning")
            .arg(flag.periodLabel, ruleDisplayName(flag.rule), flag.meaning);
    case PointRole:
        return flag.point;
    case RuleKeyRole:
        return flag.rule;
    }
    return {};
}

QVariant SignalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case RuleColumn:
        return tr("Rule");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}

} // namespace Yardstick
