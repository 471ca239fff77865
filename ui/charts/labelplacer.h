// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace Yardstick {

// Finds room for labels inside a plot before it is laid out: it maps plot
// coordinates to the pixels the axis rect is expected to have, remembers
// what is drawn there (points, lines, labels already placed) and says
// whether a label's rectangle would fall on any of it.
class LabelPlacer final
{
public:
    // The axis rect shows [xLow, xHigh] × [yLow, yHigh] on pixels; y grows
    // downwards in pixels, as on screen.
    LabelPlacer(double xLow, double xHigh, double yLow, double yHigh, const QSizeF &pixels);

    QPointF pixel(double x, double y) const;

    // Nothing may be placed above this many pixels from the top.
    void reserveTop(double pixels) { m_top = pixels; }

    void block(const QRectF &rect) { m_taken << rect; }
    // A line through points in plot coordinates, NaN breaking it, as a
    // chain of small squares of halfWidth around it.
    void blockLine(const QVector<QPointF> &points, double halfWidth);

    // Whether rect lies inside the free area and on nothing taken.
    bool fits(const QRectF &rect) const;

private:
    double m_xLow;
    double m_xHigh;
    double m_yLow;
    double m_yHigh;
    QSizeF m_pixels;
    double m_top = 0;
    QList<QRectF> m_taken;
};

} // namespace Yardstick
