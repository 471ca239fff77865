// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace Yardstick {

LabelPlacer::LabelPlacer(double xLow, double xHigh, double yLow, double yHigh, const QSizeF &pixels)
    : m_xLow(xLow)
    , m_xHigh(xHigh > xLow ? xHigh : xLow + 1)
    , m_yLow(yLow)
    , m_yHigh(yHigh > yLow ? yHigh : yLow + 1)
    , m_pixels(pixels)
{}

QPointF LabelPlacer::pixel(double x, double y) const
{
    return {(x - m_xLow) / (m_xHigh - m_xLow) * m_pixels.width(),
            (m_yHigh - y) / (m_yHigh - m_yLow) * m_pixels.height()};
}

void LabelPlacer::blockLine(const QVector<QPointF> &points, double halfWidth)
{
    const double step = std::max(1.0, halfWidth);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if (std::isnan(p.y()))
            continue;
        const QPointF a = pixel(p.x(), p.y());
        m_taken << QRectF(a.x() - halfWidth, a.y() - halfWidth, 2 * halfWidth, 2 * halfWidth);
        if (i + 1 >= points.size() || std::isnan(points[i + 1].y()))
            continue;
        const QPointF b = pixel(points[i + 1].x(), points[i + 1].y());
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int steps = static_cast<int>(length / step);
        for (int k = 1; k < steps; ++k) {
            const QPointF c = a + (b - a) * (static_cast<double>(k) / steps);
            m_taken << QRectF(c.x() - halfWidth, c.y() - halfWidth, 2 * halfWidth, 2 * halfWidth);
        }
    }
}

bool LabelPlacer::fits(const QRectF &rect) const
{
    if (rect.left() < 0 || rect.right() > m_pixels.width() || rect.top() < m_top ||
        rect.bottom() > m_pixels.height())
        return false;
    return std::none_of(m_taken.begin(), m_taken.end(),
                        [&rect](const QRectF &t) { return t.intersects(rect); });
}

} // namespace Yardstick
