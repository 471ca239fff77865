// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditscoremodel.h"

#include "itemroles.h"

#include <QLocale>

#include <algorithm>

namespace Yardstick {

AuditScoreModel::AuditScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditScoreModel::setAudits(const AuditTemplate &checklist, const QList<Audit> &audits,
                                const QList<Department> &departments, PeriodKind kind)
{
    beginResetModel();
    m_kind = kind;
    m_hasChecklist = true;
    m_pooled = pooledAuditScores(checklist, audits, kind);
    std::reverse(m_pooled.begin(), m_pooled.end());
    const QList<AuditPeriodScore> byDepartment = auditScoresByDepartment(checklist, audits, kind);
    m_cells.clear();
    for (const AuditPeriodScore &s : byDepartment)
        m_cells.insert({s.period.start, s.departmentId}, s);
    m_columns.clear();
    for (const Department &d : departments) {
        if (std::any_of(byDepartment.cbegin(), byDepartment.cend(),
                        [&d](const AuditPeriodScore &s) { return s.departmentId == d.id; }))
            m_columns.append(d);
    }
    endResetModel();
}

void AuditScoreModel::clear()
{
    beginResetModel();
    m_hasChecklist = false;
    m_pooled.clear();
    m_columns.clear();
    m_cells.clear();
    endResetModel();
}

Period AuditScoreModel::periodAt(int row) const
{
    return row >= 0 && row < m_pooled.size() ? m_pooled.at(row).period : Period();
}

int AuditScoreModel::rowOf(const Period &period) const
{
    for (qsizetype row = 0; row < m_pooled.size(); ++row) {
        if (m_pooled.at(row).period == period)
            return int(row);
    }
    return -1;
}

qint64 AuditScoreModel::departmentAt(int column) const
{
    const int at = column - 2;
    return at >= 0 && at < m_columns.size() ? m_columns.at(at).id : 0;
}

int AuditScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pooled.size());
}

int AuditScoreModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasChecklist)
        return 0;
    return 2 + int(m_columns.size());
}

std::optional<AuditPeriodScore> AuditScoreModel::score(int row, int column) const
{
    const AuditPeriodScore &all = m_pooled.at(row);
    if (column == 1)
        return all;
    const auto found = m_cells.constFind({all.period.start, departmentAt(column)});
    return found == m_cells.cend() ? std::nullopt : std::optional<AuditPeriodScore>(*found);
}

QVariant AuditScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool periodColumn = index.column() == 0;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((periodColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == DepartmentIdRole)
        return departmentAt(index.column());
    if (periodColumn) {
        const Period period = m_pooled.at(index.row()).period;
        if (role == Qt::DisplayRole)
            return periodLabel(m_kind, period);
        if (role == SortRole)
            return period.start;
        return {};
    }
    const std::optional<AuditPeriodScore> s = score(index.row(), index.column());
    if (role == Qt::DisplayRole) {
        if (!s)
            return QString();
        return tr("%1 (%2)").arg(QLocale().toString(s->meanScore, 'f', 1)).arg(s->audits);
    }
    if (role == SortRole)
        return s ? QVariant(s->meanScore) : QVariant();
    return {};
}

QVariant AuditScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0) {
        switch (m_kind) {
        case PeriodKind::Week:
            return tr("Week");
        case PeriodKind::Quarter:
            return tr("Quarter");
        default:
            return tr("Month");
        }
    }
    if (section == 1)
        return tr("All departments");
    const int at = section - 2;
    return at >= 0 && at < m_columns.size() ? QVariant(m_columns.at(at).name) : QVariant();
}

} // namespace Yardstick
