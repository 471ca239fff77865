// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/plannercurve.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a PlannerCurve: the share of cases meeting each target as a step
// line (the empirical distribution), with the current target dashed grey
// and the proposed one solid orange, each labelled.
//
// Object names: graph "curve"; items "currentTarget", "proposedTarget",
// "withinLimit" (within:N only) and their labels "...Label".
class PlannerPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PlannerPlot)

public:
    static void populate(QCustomPlot *plot, const PlannerCurve &chart, const ChartTheme &theme);
};

} // namespace Yardstick
