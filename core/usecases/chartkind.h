// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// Every chart the workbench draws from its data, whoever asks: the Charts
// page, the command line's chart command or the report pack. Trend and
// control charts are of one standard (or several overlaid); the others
// summarise the workbench. Not the type of a control chart (imr, p, u…):
// that is ControlChartType.
enum class ChartKind
{
    Trend,
    ControlChart,
    ComplaintsByService,
    ComplaintsByDimension,
    ComplaintsPerMonth,
    BreachedStandards,
    DollarsAtStake,
    Heatmap,
    Departments,
    ServqualGaps,     // a survey wave's gaps by dimension (drawn on the Surveys page)
    ServqualQuadrant, // its items' importance against performance
};

QList<ChartKind> allChartKinds();
// The kinds the Charts page offers, in the order its chart list shows them.
QList<ChartKind> chartsPageKinds();
// For settings: "trend", "control", "complaints-service", "complaints-dimension",
// "complaints-per-month", "breaches", "dollars-at-stake", "heatmap", "departments",
// "servqual-gaps", "servqual-quadrant".
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString &key);
QString chartKindDisplayName(ChartKind kind);
// Whether the chart is of the standards picked in the list.
bool isStandardChart(ChartKind kind);

} // namespace Yardstick
