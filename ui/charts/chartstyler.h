// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"

#include <QColor>
#include <QList>
#include <QPen>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QCPAbstractPlottable;
class QCPAxisRect;
class QCPItemLine;
class QCPItemText;
class QCPLegend;
class QCPTextElement;

namespace Yardstick {

// Applies a ChartTheme to the parts of a QCustomPlot, so every chart kind
// looks like the others: fonts, pens, grid, legend, interactions.
class ChartStyler final
{
public:
    // Background, antialiasing, interactions (screen only) and every axis
    // rect and the legend as they are now; call after building the layout.
    static void apply(QCustomPlot *plot, const ChartTheme &theme);
    static void styleAxisRect(QCPAxisRect *rect, const ChartTheme &theme);
    static void styleAxis(QCPAxis *axis, const ChartTheme &theme);

    // Moves the plot's legend out of the data into a row under the axis
    // rects, left-aligned with them, as many entries to a row as fit. order:
    // the plottables to list first, in this order; the rest follow.
    static void placeLegendBelow(QCustomPlot *plot, const ChartTheme &theme,
                                 const QList<QCPAbstractPlottable *> &order = {});

    // A line of small text in a row of its own under everything else,
    // left-aligned with the axis rects ("Showing the first 20 of 45").
    static QCPTextElement *addNoteBelow(QCustomPlot *plot, const QString &text,
                                        const ChartTheme &theme);

    // A text item on the plot in the theme's font for role.
    static QCPItemText *addText(QCustomPlot *plot, const QString &text, const ChartTheme &theme,
                                ChartTheme::Text role, const QColor &colour);

    // A line across the full height of rect at x (plot coordinates of the
    // rect's bottom axis).
    static QCPItemLine *addVerticalLine(QCustomPlot *plot, QCPAxisRect *rect, double x,
                                        const QPen &pen);

    // A pen of width in logical pixels; never cosmetic, so it keeps its
    // weight when the exporter scales the page.
    static QPen pen(const QColor &colour, double width, Qt::PenStyle style = Qt::SolidLine);
};

} // namespace Yardstick
