// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"
#include "chartdata/heatmapchart.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a HeatmapChart: one row per standard (labelled with its code), one
// column per period, each cell in its status colour with the status symbol
// when the cell is big enough (colour is never the only cue), and a legend of
// the statuses. Rows shrink their font to fit the plot's height down to a
// minimum; beyond that the chart shows the first rows that fit and says
// "Showing the first N of M standards".
//
// Object names: items "cell", "cellSymbol"; legend graphs "met", "atRisk",
// "breached", "noData"; text element "truncationNote".
class HeatmapPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::HeatmapPlot)

public:
    // The smallest row font, in pixels of the plot (about 7 pt on paper).
    static constexpr double minimumFontPixels = 9.0;

    struct Fit
    {
        int rows = 0;            // rows shown
        double fontPixels = 0;   // their label size
    };
    // How many of rowCount rows fit into a plot of theme.plotSize().
    static Fit fit(int rowCount, const ChartTheme &theme);

    static void populate(QCustomPlot *plot, const HeatmapChart &chart, const ChartTheme &theme);
};

} // namespace Yardstick
