// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlimits.h"

#include "spc/spcconstants.h"
#include "spc/subgroupstatistics.h"

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// Counts, proportions, ranges and standard deviations cannot fall below
// zero, so a lower limit under zero would promise a signal that can never
// come.
PointLimits aroundCenter(double center, double standardError, bool floorAtZero)
{
    double lcl = center - 3 * standardError;
    if (floorAtZero)
        lcl = std::max(0.0, lcl);
    return {center, standardError, lcl, center + 3 * standardError};
}

int subgroupSize(const SpcObservations &data, std::size_t i)
{
    return static_cast<int>(data.subgroups[i].size());
}

} // namespace

double primaryValue(ControlChartType kind, const SpcObservations &data, std::size_t i)
{
    switch (kind) {
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        return subgroupMean(data.subgroups[i]);
    case ControlChartType::P:
    case ControlChartType::U:
        return data.values[i] / data.sizes[i];
    case ControlChartType::IndividualsMovingRange:
    case ControlChartType::Np:
    case ControlChartType::C:
        break;
    }
    return data.values[i];
}

std::optional<double> dispersionValue(ControlChartType kind, const SpcObservations &data,
                                      std::size_t i)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        if (i == 0)
            return std::nullopt;
        return std::abs(data.values[i] - data.values[i - 1]);
    case ControlChartType::XbarR:
        return subgroupRange(data.subgroups[i]);
    case ControlChartType::XbarS:
        return subgroupStdDev(data.subgroups[i]);
    case ControlChartType::P:
    case ControlChartType::Np:
    case ControlChartType::C:
    case ControlChartType::U:
        break;
    }
    return std::nullopt;
}

PointLimits primaryLimits(ControlChartType kind, const ProcessParameters &process,
                          const SpcObservations &data, std::size_t i)
{
    const double center = process.center;
    const double sigma = process.sigma;
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return aroundCenter(center, sigma, false);
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        return aroundCenter(center, sigma / std::sqrt(subgroupSize(data, i)), false);
    case ControlChartType::P:
    case ControlChartType::U:
        return aroundCenter(center, sigma / std::sqrt(data.sizes[i]), true);
    case ControlChartType::Np:
        return aroundCenter(data.sizes[i] * center, sigma * std::sqrt(data.sizes[i]), true);
    case ControlChartType::C:
        break;
    }
    return aroundCenter(center, sigma, true);
}

PointLimits dispersionLimits(ControlChartType kind, const ProcessParameters &process,
                             const SpcObservations &data, std::size_t i)
{
    const double sigma = process.sigma;
    if (kind == ControlChartType::XbarS) {
        // E(s) = c4 sigma, sd(s) = sigma sqrt(1 - c4^2).
        const double c4 = c4Constant(subgroupSize(data, i));
        return aroundCenter(c4 * sigma, sigma * std::sqrt(1 - c4 * c4), true);
    }
    // E(R) = d2 sigma, sd(R) = d3 sigma; a moving range is the range of two.
    const int n = kind == ControlChartType::XbarR ? subgroupSize(data, i) : 2;
    return aroundCenter(d2Constant(n) * sigma, d3Constant(n) * sigma, true);
}

} // namespace Yardstick
