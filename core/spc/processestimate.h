// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/controlchart.h"

#include <optional>
#include <variant>
#include <vector>

namespace Yardstick {

// The process as the limits see it: its centre (the mean for I-MR and X-bar
// charts, p for p and np charts, c per sample for c charts, u for u charts)
// and sigma, the standard deviation of one observation (of one unit for
// attribute charts).
struct ProcessParameters
{
    double center = 0;
    double sigma = 0;
};

// Estimates the process from the points at `basis` (0-based, ascending: the
// phase I points less the excluded ones), or takes it from `known`. Known
// values need no data: an attribute chart's sigma follows from its centre,
// while a variables chart given only a centre estimates sigma from the basis.
// Fails when the basis is too small for what must be estimated.
std::variant<ProcessParameters, SpcError>
estimateProcess(ControlChartType kind, const SpcObservations &data,
                const std::vector<std::size_t> &basis, const std::optional<KnownParameters> &known);

} // namespace Yardstick
