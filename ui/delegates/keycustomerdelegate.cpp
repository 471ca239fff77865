// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycustomerdelegate.h"

#include "itemmodels/complaintlistmodel.h"

namespace Yardstick {

QColor KeyCustomerDelegate::flagColour()
{
    return QColor(0xc6, 0x28, 0x28); // red 800: 5.6:1 on white, still readable
}

void KeyCustomerDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(KeyCustomerRole).toBool())
        return;
    const int column = index.column();
    if (column != ComplaintListModel::FlagColumn && column != ComplaintListModel::ReferenceColumn)
        return;
    option->palette.setColor(QPalette::Text, flagColour());
    option->font.setBold(true);
    if (column == ComplaintListModel::FlagColumn)
        option->displayAlignment = Qt::AlignCenter;
}

} // namespace Yardstick
