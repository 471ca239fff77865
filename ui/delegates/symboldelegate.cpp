// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "symboldelegate.h"

#include <QApplication>
#include <QPainter>

namespace Yardstick {

namespace {

constexpr int kMargin = 4;
constexpr int kGap = 6;

} // namespace

SymbolDelegate::SymbolDelegate(int keyRole, Look look, Shape shape, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_keyRole(keyRole)
    , m_look(look)
    , m_shape(shape)
{}

void SymbolDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_keyRole).isValid())
        option->font.setBold(true); // a group row's heading
}

int SymbolDelegate::symbolWidth(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() + 2;
}

void SymbolDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant key = index.data(m_keyRole);
    if (!key.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString word = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const SymbolLook look = m_look(key.toString());
    const int side = qMin(symbolWidth(opt), opt.rect.height() - 2);
    const QRect symbol(opt.rect.left() + kMargin, opt.rect.center().y() - side / 2 + 1, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    if (m_shape == Shape::Badge) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(look.colour);
        painter->drawEllipse(symbol);
        painter->setPen(look.symbolColour);
    } else {
        // Arrows are small in most fonts; a bare glyph needs the extra size.
        QFont larger = bold;
        larger.setPointSizeF(bold.pointSizeF() * 1.3);
        painter->setFont(larger);
        painter->setPen(look.colour);
    }
    painter->drawText(symbol, Qt::AlignCenter, look.symbol);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect text = opt.rect.adjusted(kMargin + side + kGap, 0, -kMargin, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(word, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize SymbolDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(m_keyRole).isValid())
        return size;
    // Exactly what paint() lays out, so a column sized to its contents shows
    // the whole word ("Breached", not "Breach…").
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int laidOut =
        kMargin + symbolWidth(opt) + kGap + opt.fontMetrics.horizontalAdvance(opt.text) + kMargin;
    size.setWidth(qMax(size.width() + symbolWidth(option) + kGap, laidOut));
    return size;
}

} // namespace Yardstick
