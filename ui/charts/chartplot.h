// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"
#include "charttheme.h"

#include <QPointF>
#include <QString>

class QCustomPlot;
class QWidget;

namespace Yardstick {

// A QCustomPlot set up the way every Yardstick chart expects it, for a live
// view (give the parent) or offscreen export (no parent).
QCustomPlot *createChartPlot(QWidget *parent = nullptr);

// Fills a plot from any chart kind; the entry point for the chart view, the
// CLI and the report pack.
class ChartPlot final
{
public:
    // Clears what an earlier populate drew and restores one axis rect with
    // the plot's xAxis/yAxis/xAxis2/yAxis2 and an empty legend, so the same
    // plot can be populated again (a view after a resize or a new chart).
    static void reset(QCustomPlot *plot);

    // Draws chart with theme. The plot is replotted by the caller.
    static void populate(QCustomPlot *plot, const AnyChart &chart, const ChartTheme &theme);

    // What the chart says about the thing under pos (pixels of the plot):
    // an annotation's reason, a flagged point's rules. Empty: nothing there.
    static QString toolTipAt(QCustomPlot *plot, const QPointF &pos);

    // The property name under which items keep their tool tip.
    static const char *toolTipProperty();
};

} // namespace Yardstick
