// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/trendchart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a TrendChart: each series' period values as a line with markers
// (gaps where a period has no data); for a single standard its target and
// threshold as steps with the band between them shaded, for several each
// one's target in its colour; every phase's mean as a dashed segment over
// its span; each annotation as a dashed vertical line with "date · label";
// the headline in large type top left. x is seconds since the epoch of each
// period's midpoint (ChartCoordinates).
//
// Plottables carry object names the tests and the view can find:
// "values" (or "values:CODE" in an overlay), "target", "threshold", "band",
// "target:CODE"; items "headline", "phaseMean", "phaseLabel", "annotation",
// "annotationLabel".
class TrendPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::TrendPlot)

public:
    static void populate(QCustomPlot *plot, const TrendChart &chart, const ChartTheme &theme);
};

} // namespace Yardstick
