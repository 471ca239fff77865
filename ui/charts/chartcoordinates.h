// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"

#include <QDate>

namespace Yardstick {

// Where dates sit on a chart's time axis. x is seconds since 1970-01-01
// counted in whole UTC days, so no time zone or daylight-saving shift can
// move a point; a period is drawn at its midpoint, the middle of the span
// from its first day's start to its last day's end.
class ChartCoordinates final
{
public:
    static constexpr double secondsPerDay = 86400.0;

    // The start of the day (00:00).
    static double xOfDate(QDate date);
    // The day an x falls on.
    static QDate dateOfX(double x);
    static double periodStartX(const Period &period);
    // The end of the period's last day, which is the next period's start.
    static double periodEndX(const Period &period);
    static double periodMidX(const Period &period);
};

} // namespace Yardstick
