// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the test_spc_*.cpp files: unwrapping results and comparing with
// published figures at the precision they were printed.
#include "catchqt.h"
#include "spc/controlchart.h"

#include <cmath>
#include <variant>
#include <vector>

namespace SpcTest {

using namespace Yardstick;

// By value: callers often pass a temporary result, and a reference into it
// would dangle.
inline ControlChart requireChart(const ControlChartResult &result)
{
    if (const SpcError *error = std::get_if<SpcError>(&result))
        FAIL("expected a chart, got an error at point " << error->point << ": "
                                                        << error->message.toStdString());
    return std::get<ControlChart>(result);
}

inline SpcError requireError(const ControlChartResult &result)
{
    REQUIRE(std::holds_alternative<SpcError>(result));
    return std::get<SpcError>(result);
}

// A published or hand-computed value printed to `decimals` places: ours must
// lie within half a unit of its last place. No relative slack, so values
// such as 74.0143 are really compared to the fourth decimal.
inline Approx printed(double value, int decimals)
{
    return Approx(value).epsilon(0).margin(0.5 * std::pow(10.0, -decimals));
}

inline ControlChartRequest requestOf(ControlChartType kind, SpcObservations data)
{
    ControlChartRequest request;
    request.kind = kind;
    request.data = std::move(data);
    return request;
}

inline SpcObservations individuals(std::vector<double> values)
{
    SpcObservations data;
    data.values = std::move(values);
    return data;
}

inline SpcObservations counts(std::vector<double> values, std::vector<double> sizes = {})
{
    SpcObservations data;
    data.values = std::move(values);
    data.sizes = std::move(sizes);
    return data;
}

inline SpcObservations subgroupsOf(std::vector<std::vector<double>> subgroups)
{
    SpcObservations data;
    data.subgroups = std::move(subgroups);
    return data;
}

inline std::vector<double> valuesOf(const ChartSeries &series)
{
    std::vector<double> values;
    for (const ChartPoint &point : series.points)
        values.push_back(point.value);
    return values;
}

// The 1-based indices of the points whose broken rules include `rule`.
inline std::vector<int> pointsBreaking(const ChartSeries &series, const char *rule)
{
    std::vector<int> indices;
    for (const ChartPoint &point : series.points) {
        if (point.brokenRules.contains(QLatin1String(rule)))
            indices.push_back(point.index);
    }
    return indices;
}

} // namespace SpcTest
