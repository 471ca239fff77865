// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/direction.h"

#include <QString>

#include <optional>
#include <span>

namespace Yardstick {

enum class Trend
{
    Improving,
    Worsening,
    Steady,
    // Fewer periods with data than a trend word needs (see kMinTrendPoints).
    TooFewPeriods,
};

// A trend word needs at least six periods with data. Two or three points
// draw a line through noise: a least-squares slope on n points has n - 2
// degrees of freedom, and run-chart practice (NHS "Making Data Count";
// Provost and Murray) calls a trend only from six points on. Six is also the
// scorecard's window (Scorecard::kTrendPeriods), so a trend word is said only
// when every period of the window holds a usable value.
inline constexpr int kMinTrendPoints = 6;

// "improving", "worsening", "steady", "too_few_periods".
QString trendKey(Trend trend);

struct TrendResult
{
    Trend trend = Trend::Steady;
    // Fitted change across the window, in the standard's unit (last fitted
    // value minus first); nullopt with fewer than two values. Still given
    // when there are too few points for a trend word.
    std::optional<double> change;
};

// The trend over the last periods, oldest first (a missing value is a period
// without data and is skipped, keeping the others at their positions). The
// change is the least-squares slope times the distance between the first and
// last period with data. It is TooFewPeriods with fewer than `minPoints`
// values (never fewer than two), Steady when |change| <= tolerance,
// otherwise Improving when it moves in the good direction (down for
// LowerIsBetter, up for HigherIsBetter), else Worsening.
TrendResult trendOf(Direction direction, std::span<const std::optional<double>> values,
                    double tolerance, int minPoints = kMinTrendPoints);

// The tolerance the scorecard uses: 5% of |target - threshold|, or 1% of
// |target| when they are equal, and never below 1e-9.
double trendTolerance(double target, double threshold);

} // namespace Yardstick
