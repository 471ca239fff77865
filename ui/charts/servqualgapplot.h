// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/servqualcharts.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a ServqualGapChart: a bar per dimension from zero to its gap (below
// zero: the service falls short), its 95% interval as a whisker, the gap's
// value printed at the zero line (where no whisker can cover it), the
// previous wave's gaps as paler bars beside them, and the weighted gap as a
// dashed line across. Tick labels give each dimension's weight.
//
// Object names: bars "gaps", "previousGaps"; items "whisker", "gapValue",
// "zeroLine", "weightedGap", "weightedGapLabel".
class ServqualGapPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ServqualGapPlot)

public:
    static void populate(QCustomPlot *plot, const ServqualGapChart &chart, const ChartTheme &theme);

    // "Reliability" over "weight 32%", or "no weight".
    static QString tickLabel(const ServqualGapBar &bar);
};

} // namespace Yardstick
