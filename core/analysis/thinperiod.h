// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <span>

namespace Yardstick {

// A period whose volume is far below the usual: a handful of cases against
// the usual thousand. Its value rests on so few cases that a status or a
// trend read from it says more about chance than about the service.
struct ThinPeriod
{
    qint64 count = 0; // cases (or sample size) behind the period's value
    double usual = 0; // the median count of the periods before it
};

// The rule: a period is thin when its count is below a quarter of the median
// count of the up to twelve periods before it that have one (a year of
// months; a period without data is not part of the usual). The median, not
// the mean, so one earlier thin or bumper period does not move the usual.
// At least three earlier counts are needed to know what is usual; a period
// without a count (no data, or measurements without sample sizes) is never
// thin.
struct ThinRule
{
    static constexpr int kUsualPeriods = 12;
    static constexpr int kMinUsualPeriods = 3;
    static constexpr double kShareOfUsual = 0.25;
};

// `previous` holds the counts of the periods before this one, oldest first;
// only the last ThinRule::kUsualPeriods are read.
std::optional<ThinPeriod> thinPeriod(std::optional<qint64> count,
                                     std::span<const std::optional<qint64>> previous);

} // namespace Yardstick
