// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/paretochart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a ParetoChart: bars largest first (the vital few that make up 80% in
// full blue, the rest lighter, "Other" grey) with their values on top, the
// cumulative share as a line on a right axis from 0 to 100% and a dashed
// line at 80%. The left axis runs to the total, so a bar's height and the
// cumulative line read on the same scale.
//
// Object names: bars "vitalFew", "rest", "other"; graph "cumulative"; items
// "eightyPercent", "barValue".
class ParetoPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ParetoPlot)

public:
    static void populate(QCustomPlot *plot, const ParetoChart &chart, const ChartTheme &theme);

    // Whether a bar is the sum of the items left out ("Other").
    static bool isOther(const ParetoBar &bar);
};

} // namespace Yardstick
