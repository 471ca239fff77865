// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"

// Charts built by hand, as core would hand them over, for the chart and
// export tests; none depends on core's builders.
namespace Yardstick::ChartSamples {

// 36 months, January 2023 to December 2025, of a turnaround falling from
// about 35 to 15 days: 14 months before the quality programme (starting
// 1 March 2024), 22 after; no data in August 2023; target 15, threshold 20.
TrendChart turnaroundTrend();
// The value of month i (0 = January 2023) in turnaroundTrend(); empty for
// the gap.
std::optional<double> turnaroundValue(int month);

// An individuals chart of 24 months from January 2024 in two phases (points
// 1-12 centre 20, limits 12..28; points 13-24 centre 16, limits 10..22),
// point 4 excluded, points 8 and 17 flagged, letters at points 8 (5) and
// 9 (2), target 18, and its moving range chart (points 2-24, centre 3,
// UCL 9.8).
StandardControlChart turnaroundControlChart();

// Complaint letters by service: six named bars and "Other", 110 letters.
ParetoChart complaintPareto();

// rows standards over columns months from January 2025, statuses in a
// fixed pattern.
HeatmapChart heatmap(int rows, int columns);

// Six departments.
DepartmentChart departments();

} // namespace Yardstick::ChartSamples
