// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolefilterproxymodel.h"

#include "itemroles.h"

namespace Yardstick {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RoleFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    invalidateFilter();
}

void RoleFilterProxyModel::setTextFilter(const QString &text, const QList<int> &columns)
{
    m_text = text.trimmed();
    m_textColumns = columns;
    invalidateFilter();
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (model->data(first, it.key()) != it.value())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : m_textColumns) {
        const QString cell = model->data(model->index(sourceRow, column, sourceParent)).toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Yardstick
