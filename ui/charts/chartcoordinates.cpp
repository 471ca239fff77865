// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcoordinates.h"

#include <cmath>

namespace Yardstick {

namespace {

const QDate kEpoch(1970, 1, 1);

} // namespace

double ChartCoordinates::xOfDate(QDate date)
{
    return static_cast<double>(kEpoch.daysTo(date)) * secondsPerDay;
}

QDate ChartCoordinates::dateOfX(double x)
{
    return kEpoch.addDays(static_cast<qint64>(std::floor(x / secondsPerDay)));
}

double ChartCoordinates::periodStartX(const Period &period)
{
    return xOfDate(period.start);
}

double ChartCoordinates::periodEndX(const Period &period)
{
    return xOfDate(period.end.addDays(1));
}

double ChartCoordinates::periodMidX(const Period &period)
{
    return (periodStartX(period) + periodEndX(period)) / 2.0;
}

} // namespace Yardstick
