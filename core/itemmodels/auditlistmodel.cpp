// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlistmodel.h"

#include "audits/auditscore.h"
#include "itemroles.h"

#include <QLocale>

namespace Yardstick {

AuditListModel::AuditListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditListModel::setAudits(const AuditTemplate &checklist, const QList<Audit> &audits,
                               const QList<Department> &departments, const Period &period,
                               qint64 departmentId)
{
    beginResetModel();
    m_rows.clear();
    m_departmentNames.clear();
    for (const Department &d : departments)
        m_departmentNames.insert(d.id, d.name);
    for (const Audit &a : audits) {
        if (!period.contains(a.auditedOn) || (departmentId != 0 && a.departmentId != departmentId))
            continue;
        m_rows.append({a, auditScore(checklist, a)});
    }
    endResetModel();
}

void AuditListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 AuditListModel::auditIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).audit.id : 0;
}

int AuditListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Audit &a = row.audit;
    switch (role) {
    case AuditIdRole:
        return a.id;
    case DepartmentIdRole:
        return a.departmentId;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (index.column() == ScoreColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return a.auditedOn.toString(Qt::ISODate);
        case DepartmentColumn:
            return m_departmentNames.value(a.departmentId);
        case AuditorColumn:
            return a.auditor;
        case SubjectColumn:
            return a.subject;
        case ScoreColumn:
            return row.score ? QLocale().toString(*row.score, 'f', 1) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return a.auditedOn;
        case ScoreColumn:
            return row.score ? QVariant(*row.score) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DepartmentColumn:
        return tr("Department");
    case AuditorColumn:
        return tr("Auditor");
    case SubjectColumn:
        return tr("Subject");
    case ScoreColumn:
        return tr("Score %");
    default:
        return {};
    }
}

} // namespace Yardstick
