// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/heatmapchart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a HeatmapChart: one row per standard (labelled with its code), one
// column per period, each cell in its status colour with the status symbol
// when the cell is big enough (colour is never the only cue), and a legend of
// the statuses. Rows shrink their font to fit the plot's height down to the
// theme's minimum; beyond that the chart shows the first rows that fit and
// says "Showing the first N of M standards" — callers avoid that by cutting
// the chart into pages of rowsPerPage() rows (heatmapPages), and a page
// says which rows it shows (its pageNote).
//
// Object names: items "cell", "cellSymbol"; legend graphs "met", "atRisk",
// "breached", "noData"; text element "truncationNote".
class HeatmapPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::HeatmapPlot)

public:
    static void populate(QCustomPlot *plot, const HeatmapChart &chart, const ChartTheme &theme);
    // How many rows of the chart fit the theme's plot size, with a line left
    // for a page's note: all of them when they fit at once.
    static int rowsPerPage(const HeatmapChart &chart, const ChartTheme &theme);
};

} // namespace Yardstick
