// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannercurve.h"

#include "costofdelay/plannedrevision.h"

namespace Yardstick {

PlannerCurve PlannerCurve::of(const PlannerInput &input, double proposedTarget)
{
    const Standard &standard = input.standard;
    PlannerCurve chart;
    chart.title = tr("%1: share of cases meeting each target").arg(standard.code);
    chart.subtitle = standard.title;
    chart.source = tr("Completed cases, %1").arg(PlannedRevisions::basisText(input));
    chart.points = TargetPlanner::curve(input);
    chart.targetIsShare = TargetPlanner::targetIsShare(standard);
    chart.currentTarget = standard.revisions.isEmpty() ? 0 : standard.target();
    chart.proposedTarget = proposedTarget;
    chart.withinLimit = standard.statistic.parameter;
    chart.xLabel = standard.metric == Metric::TurnaroundHours ? tr("Turnaround (hours)")
                                                              : tr("Turnaround (days)");
    return chart;
}

} // namespace Yardstick
