// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// The charts the Charts page draws, in the order its chart list shows them.
// Trend and control charts are of one standard (or several overlaid); the
// others summarise the workbench.
enum class ChartKindChoice
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
};

QList<ChartKindChoice> allChartKindChoices();
// For settings: "trend", "control", "complaints-service", "complaints-dimension",
// "complaints-per-month", "breaches", "dollars-at-stake", "heatmap", "departments".
QString chartKindChoiceKey(ChartKindChoice choice);
std::optional<ChartKindChoice> chartKindChoiceFromKey(const QString &key);
QString chartKindChoiceDisplayName(ChartKindChoice choice);
// Whether the chart is of the standards picked in the list.
bool isStandardChart(ChartKindChoice choice);

} // namespace Yardstick
