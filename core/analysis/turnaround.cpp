// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "turnaround.h"

#include <limits>

namespace Yardstick {

double elapsedDays(const Moment &received, const Moment &completed)
{
    // No turnaround can be told for a missing end; NaN makes every statistic
    // built on it visibly wrong instead of quietly zero.
    if (!received.isValid() || !completed.isValid())
        return std::numeric_limits<double>::quiet_NaN();
    // Two calendar dates are a whole number of days apart whatever the zones:
    // the source recorded days, not instants.
    if (!received.hasTime() && !completed.hasTime())
        return static_cast<double>(received.date.daysTo(completed.date));
    return static_cast<double>(completed.utcSeconds() - received.utcSeconds()) / 86400.0;
}

} // namespace Yardstick
