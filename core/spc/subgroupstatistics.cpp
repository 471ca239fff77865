// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subgroupstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Yardstick {

double subgroupMean(std::span<const double> observations)
{
    return std::accumulate(observations.begin(), observations.end(), 0.0) /
           static_cast<double>(observations.size());
}

double subgroupRange(std::span<const double> observations)
{
    const auto [lowest, highest] = std::minmax_element(observations.begin(), observations.end());
    return *highest - *lowest;
}

double subgroupStdDev(std::span<const double> observations)
{
    // Two passes: subtracting the mean first keeps the digits of values like
    // 74.001 that differ only in the third decimal.
    const double mean = subgroupMean(observations);
    double squares = 0;
    for (const double x : observations)
        squares += (x - mean) * (x - mean);
    return std::sqrt(squares / static_cast<double>(observations.size() - 1));
}

} // namespace Yardstick
