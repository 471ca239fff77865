// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hatchedbars.h"

#include "chartpalette.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Yardstick {

HatchedBars::HatchedBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour,
                         double lineWidth)
    : QCPBars(keyAxis, valueAxis)
    , m_colour(colour)
    , m_lineWidth(lineWidth)
{
    // What QCPBars itself would paint, used by its legend and selection only.
    setBrush(ChartPalette::tint(colour, 0.25));
    setPen(QPen(colour, lineWidth));
}

void HatchedBars::draw(QCPPainter *painter)
{
    if (!keyAxis() || !valueAxis())
        return;
    for (auto it = data()->constBegin(); it != data()->constEnd(); ++it) {
        if (it->value == 0)
            continue;
        paintHatched(painter, getBarRect(it->key, it->value).normalized());
    }
}

void HatchedBars::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    paintHatched(painter, rect.adjusted(1, 1, -1, -1));
}

void HatchedBars::paintHatched(QCPPainter *painter, const QRectF &rect) const
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(ChartPalette::tint(m_colour, 0.25));
    painter->drawRect(rect);

    // Lines rising to the right at 45 degrees, one every `gap` pixels along
    // the bottom edge, each cut to the rectangle by hand.
    painter->setPen(QPen(m_colour, m_lineWidth, Qt::SolidLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    const double gap = std::max(6.0, m_lineWidth * 6);
    const double left = rect.left();
    const double right = rect.right();
    const double top = rect.top();
    const double bottom = rect.bottom();
    // A line through (left + offset, bottom) is x - left - offset = bottom - y.
    for (double offset = gap / 2 - rect.height(); offset < rect.width(); offset += gap) {
        double x0 = left + offset;
        double y0 = bottom;
        if (x0 < left) {
            y0 = bottom - (left - x0);
            x0 = left;
        }
        double x1 = left + offset + rect.height();
        double y1 = top;
        if (x1 > right) {
            y1 = top + (x1 - right);
            x1 = right;
        }
        if (x1 > x0 && y0 > y1)
            painter->drawLine(QLineF(x0, y0, x1, y1));
    }
    painter->setPen(QPen(m_colour, m_lineWidth));
    painter->drawRect(rect);
    painter->restore();
}

} // namespace Yardstick
