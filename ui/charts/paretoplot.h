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
// A bar's suggestions (letters whose label the classifier only suggested)
// sit on top of it, hatched in its colour and outside the ranking, its value
// reading "confirmed + suggested"; the axes make room for them while 100%
// stays level with the total. Without anything confirmed there is no
// cumulative line.
//
// Object names: bars "vitalFew", "rest", "other", "suggested" (hatched, one
// per colour that has suggestions), "suggestedKey" (the legend's key); graph
// "cumulative"; items "eightyPercent", "barValue".
class ParetoPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ParetoPlot)

public:
    static void populate(QCustomPlot *plot, const ParetoChart &chart, const ChartTheme &theme);

    // Whether a bar is the sum of the items left out ("Other").
    static bool isOther(const ParetoBar &bar);
};

} // namespace Yardstick
