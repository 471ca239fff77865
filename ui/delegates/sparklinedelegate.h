// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Yardstick {

// Draws SparklineRole's recent values (oldest first, null where there is no
// data) as a small line, with the target as a faint dashed line and the last
// value marked in the colour of the row's status. The target comes from the
// SortRole of another column of the row.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(int targetColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_targetColumn;
};

} // namespace Yardstick
