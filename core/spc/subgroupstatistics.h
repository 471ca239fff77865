// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Yardstick {

// The statistics one X-bar subgroup contributes to a chart. Callers make sure
// a subgroup holds at least one observation (two for the standard deviation).
double subgroupMean(std::span<const double> observations);
double subgroupRange(std::span<const double> observations);
// The sample standard deviation, with n - 1 in the denominator.
double subgroupStdDev(std::span<const double> observations);

} // namespace Yardstick
