// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/controlchart.h"
#include "spc/processestimate.h"

#include <optional>

namespace Yardstick {

// Where one plotted point's centre line and 3-sigma limits lie, and the
// standard error of the plotted statistic that the run rules' zones use.
struct PointLimits
{
    double center = 0;
    double standardError = 0;
    double lcl = 0;
    double ucl = 0;
};

// The value plotted at 0-based position i on the primary chart: x, the
// subgroup mean, d/n, d, c or c/n.
double primaryValue(ControlChartType kind, const SpcObservations &data, std::size_t i);

// The value plotted at position i on the dispersion chart: the moving range
// |x_i - x_(i-1)| (none at the first point), the subgroup range or standard
// deviation; nullopt for attribute charts.
std::optional<double> dispersionValue(ControlChartType kind, const SpcObservations &data,
                                      std::size_t i);

// Limits of the primary chart at position i for the given process.
PointLimits primaryLimits(ControlChartType kind, const ProcessParameters &process,
                          const SpcObservations &data, std::size_t i);

// Limits of the dispersion chart at position i: from d2, d3 (MR with n = 2,
// R) or c4 (S) and sigma, the lower limit floored at zero.
PointLimits dispersionLimits(ControlChartType kind, const ProcessParameters &process,
                             const SpcObservations &data, std::size_t i);

} // namespace Yardstick
