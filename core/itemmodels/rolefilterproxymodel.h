// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace Yardstick {

// Filters a table by meaning roles (service id = 3, status = active...) and
// by free text over chosen columns, all conditions together; sorts by
// SortRole so numbers and dates sort as numbers and dates.
class RoleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    // An invalid value removes the condition on that role.
    void setRoleFilter(int role, const QVariant &value);
    QVariant roleFilter(int role) const { return m_roleFilters.value(role); }
    // Rows pass when any of the columns contains the text (case-insensitive).
    void setTextFilter(const QString &text, const QList<int> &columns);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QVariant> m_roleFilters;
    QString m_text;
    QList<int> m_textColumns;
};

} // namespace Yardstick
