// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/standardcontrolchart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a StandardControlChart: the primary chart (X, X-bar, p, ...) with its
// centre line and control limits as steps (they step where phases rebase them
// or sample sizes vary), phase boundaries as labelled vertical lines, points
// flagged by a run rule as larger vermillion diamonds (shape and colour, so
// colour is never the only cue), excluded points hollow, the target as a
// line, complaint letters as counted markers along the bottom; and the
// dispersion chart (MR, R, S) in a second axis rect under it on the same
// time axis. p charts are drawn in percent.
//
// Object names: "values", "points", "flagged", "excluded", "centre", "lcl",
// "ucl", "target", "dispersion", "dispersionFlagged", "dispersionCentre",
// "dispersionLcl", "dispersionUcl"; items "phaseBoundary", "phaseLabel",
// "complaints".
class ControlPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ControlPlot)

public:
    static void populate(QCustomPlot *plot, const StandardControlChart &chart,
                         const ChartTheme &theme);
};

} // namespace Yardstick
