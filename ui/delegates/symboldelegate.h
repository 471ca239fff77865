// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliancelook.h"

#include <QStyledItemDelegate>

namespace Yardstick {

// Draws a cell whose meaning is a key (a compliance status, a trend) as a
// coloured symbol followed by the cell's word, the tooltip explaining more:
// colour, symbol and word together. Rows without the key (group rows) are
// drawn as plain, bold text.
class SymbolDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Shape
    {
        Badge, // the symbol on a filled circle of the colour
        Glyph, // the symbol itself in the colour
    };
    using Look = SymbolLook (*)(const QString &key);

    SymbolDelegate(int keyRole, Look look, Shape shape, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int symbolWidth(const QStyleOptionViewItem &option) const;

    int m_keyRole;
    Look m_look;
    Shape m_shape;
};

} // namespace Yardstick
