// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trend.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Yardstick {

namespace {

struct Point
{
    double x;
    double y;
};

// The periods with data, each at its position in the window, so a gap keeps
// the distance between its neighbours.
std::vector<Point> pointsWithData(std::span<const std::optional<double>> values)
{
    std::vector<Point> points;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] && std::isfinite(*values[i]))
            points.push_back({double(i), *values[i]});
    }
    return points;
}

// Ordinary least squares: sum((x - mx)(y - my)) / sum((x - mx)^2).
double leastSquaresSlope(const std::vector<Point> &points)
{
    double meanX = 0;
    double meanY = 0;
    for (const Point &p : points) {
        meanX += p.x;
        meanY += p.y;
    }
    meanX /= double(points.size());
    meanY /= double(points.size());
    double sxy = 0;
    double sxx = 0;
    for (const Point &p : points) {
        sxy += (p.x - meanX) * (p.y - meanY);
        sxx += (p.x - meanX) * (p.x - meanX);
    }
    return sxy / sxx; // sxx > 0: at least two distinct positions
}

} // namespace

QString trendKey(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QStringLiteral("improving");
    case Trend::Worsening:
        return QStringLiteral("worsening");
    case Trend::Steady:
        return QStringLiteral("steady");
    case Trend::TooFewPeriods:
        return QStringLiteral("too_few_periods");
    }
    Q_UNREACHABLE();
}

TrendResult trendOf(Direction direction, std::span<const std::optional<double>> values,
                    double tolerance, int minPoints)
{
    const std::vector<Point> points = pointsWithData(values);
    if (points.size() < 2)
        return {Trend::TooFewPeriods, std::nullopt};
    const double span = points.back().x - points.front().x;
    const double change = leastSquaresSlope(points) * span;
    if (points.size() < std::size_t(std::max(2, minPoints)))
        return {Trend::TooFewPeriods, change};
    if (std::abs(change) <= tolerance)
        return {Trend::Steady, change};
    const bool goodWay = direction == Direction::LowerIsBetter ? change < 0 : change > 0;
    return {goodWay ? Trend::Improving : Trend::Worsening, change};
}

double trendTolerance(double target, double threshold)
{
    const double spread = std::abs(target - threshold);
    const double tolerance = spread > 0 ? 0.05 * spread : 0.01 * std::abs(target);
    return std::max(tolerance, 1e-9);
}

} // namespace Yardstick
