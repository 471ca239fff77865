// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statistic.h"

#include <optional>
#include <span>
#include <vector>

namespace Yardstick::Statistics {

// Arithmetic mean; nullopt for no values.
std::optional<double> mean(std::span<const double> values);

// The p-th percentile (0 <= p <= 100) of values sorted ascending, by linear
// interpolation between closest ranks: h = (n - 1) p / 100, then
// x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). This is R's default
// (type 7) and Excel's PERCENTILE.INC. Nullopt for no values.
std::optional<double> percentileOfSorted(std::span<const double> sorted, double p);

// The 50th percentile as above (the middle value, or the mean of the two).
std::optional<double> medianOfSorted(std::span<const double> sorted);

// Percentage (0-100) of the values that are at most `limit`; nullopt for none.
std::optional<double> sharePercentAtMost(std::span<const double> values, double limit);

// Evaluates a standard's statistic over the values: mean, median, p<NN>, or
// within:<N> (share at most N). Sorts `values` in place when it needs to.
std::optional<double> evaluate(const Statistic &statistic, std::vector<double> &values);

} // namespace Yardstick::Statistics
