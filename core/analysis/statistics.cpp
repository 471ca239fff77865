// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Yardstick::Statistics {

std::optional<double> mean(std::span<const double> values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

std::optional<double> percentileOfSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty() || std::isnan(p))
        return std::nullopt;
    // Out-of-range p is clamped so a caller's rounding cannot index past the ends.
    const double h = double(sorted.size() - 1) * std::clamp(p, 0.0, 100.0) / 100.0;
    const auto lower = std::size_t(std::floor(h));
    if (lower + 1 >= sorted.size())
        return sorted.back();
    const double fraction = h - double(lower);
    return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
}

std::optional<double> medianOfSorted(std::span<const double> sorted)
{
    return percentileOfSorted(sorted, 50);
}

std::optional<double> sharePercentAtMost(std::span<const double> values, double limit)
{
    if (values.empty())
        return std::nullopt;
    const auto within = std::count_if(values.begin(), values.end(),
                                      [limit](double value) { return value <= limit; });
    return 100.0 * double(within) / double(values.size());
}

std::optional<double> evaluate(const Statistic &statistic, std::vector<double> &values)
{
    // An invalid statistic (say p0 or within:-1) has no meaning to report.
    if (!statistic.isValid())
        return std::nullopt;
    switch (statistic.kind) {
    case Statistic::Kind::Mean:
        return mean(values);
    case Statistic::Kind::Median:
        std::sort(values.begin(), values.end());
        return medianOfSorted(values);
    case Statistic::Kind::Percentile:
        std::sort(values.begin(), values.end());
        return percentileOfSorted(values, statistic.parameter);
    case Statistic::Kind::ShareWithin:
        return sharePercentAtMost(values, statistic.parameter);
    }
    return std::nullopt;
}

} // namespace Yardstick::Statistics
