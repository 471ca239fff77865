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
    // When either end is only a date, the source recorded days, not instants:
    // count whole calendar days between the dates as written, whatever the
    // zones (a case received at 12:51 and completed "that day" took 0 days,
    // not minus half a day).
    if (!received.hasTime() || !completed.hasTime())
        return static_cast<double>(received.date.daysTo(completed.date));
    return static_cast<double>(completed.utcSeconds() - received.utcSeconds()) / 86400.0;
}

} // namespace Yardstick
