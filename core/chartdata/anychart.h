// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/complainttrendchart.h"
#include "chartdata/departmentchart.h"
#include "chartdata/heatmapchart.h"
#include "chartdata/paretochart.h"
#include "chartdata/plannercurve.h"
#include "chartdata/servqualcharts.h"
#include "chartdata/standardcontrolchart.h"
#include "chartdata/trendchart.h"

#include <QString>

#include <variant>

namespace Yardstick {

// Any chart the workbench draws, as core computed it: what the chart view,
// the CLI's chart command and the report pack hand to ChartPlot and
// ChartExporter.
using AnyChart =
    std::variant<TrendChart, StandardControlChart, ParetoChart, HeatmapChart, DepartmentChart,
                 ComplaintTrendChart, ServqualGapChart, QuadrantChart, PlannerCurve>;

// The words around a chart: every chart kind carries the same three.
struct ChartCaption
{
    QString title;
    QString subtitle;
    QString source;
};

inline ChartCaption captionOf(const AnyChart &chart)
{
    return std::visit(
        [](const auto &c) {
            return ChartCaption{c.title, c.subtitle, c.source};
        },
        chart);
}

} // namespace Yardstick
