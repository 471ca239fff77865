// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/controlchart.h"

#include <optional>
#include <vector>

namespace Yardstick {

// The checks a chart request passes before any limit is computed. Each
// returns the first problem found, located at its 1-based point (0 when no
// single point is at fault), or nullopt when all is well.

// Every observation finite; sizes present, finite and positive where the
// chart needs them; counts not negative; defectives not above the sample size;
// X-bar subgroups of 2 observations or more (at most 25 for X-bar R, where d2
// is tabled).
std::optional<SpcError> checkObservations(ControlChartType kind, const SpcObservations &data);

// Known values that can be charted against: finite, sigma positive, a
// proportion between 0 and 1, a count rate not negative.
std::optional<SpcError> checkKnownParameters(ControlChartType kind, const KnownParameters &known);

// A phase I range inside 1 .. pointCount, first <= last.
std::optional<SpcError> checkPhase1(const PointRange &phase1, int pointCount);

// Excluded positions that exist on the chart.
std::optional<SpcError> checkExcluded(const std::vector<int> &excluded, int pointCount);

// Phase starts: the first at point 1, each later one after the previous and
// on the chart.
std::optional<SpcError> checkPhaseStarts(const std::vector<ChartPhase> &phases, int pointCount);

} // namespace Yardstick
