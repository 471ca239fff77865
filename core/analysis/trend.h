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
};

// "improving", "worsening", "steady".
QString trendKey(Trend trend);

struct TrendResult
{
    Trend trend = Trend::Steady;
    // Fitted change across the window, in the standard's unit (last fitted
    // value minus first); nullopt with fewer than two values.
    std::optional<double> change;
};

// The trend over the last periods, oldest first (a missing value is a period
// without data and is skipped, keeping the others at their positions). The
// change is the least-squares slope times the distance between the first and
// last period with data. It is Steady when |change| <= tolerance or there are
// fewer than two values, otherwise Improving when it moves in the good
// direction (down for LowerIsBetter, up for HigherIsBetter), else Worsening.
TrendResult trendOf(Direction direction, std::span<const std::optional<double>> values,
                    double tolerance);

// The tolerance the scorecard uses: 5% of |target - threshold|, or 1% of
// |target| when they are equal, and never below 1e-9.
double trendTolerance(double target, double threshold);

} // namespace Yardstick
