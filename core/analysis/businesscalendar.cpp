// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesscalendar.h"

#include <algorithm>

namespace Yardstick {

namespace {

// Floor division and modulo, so days before the Julian epoch count the same way.
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}

} // namespace

BusinessCalendar::BusinessCalendar(const QList<QDate> &holidays)
{
    // Weekend holidays change nothing, so only weekday ones are kept; sorted and
    // unique so that holidaysUpTo() can count them by binary search.
    for (const QDate &holiday : holidays) {
        if (holiday.isValid() && isWeekday(holiday))
            m_weekdayHolidays.push_back(holiday.toJulianDay());
    }
    std::sort(m_weekdayHolidays.begin(), m_weekdayHolidays.end());
    m_weekdayHolidays.erase(std::unique(m_weekdayHolidays.begin(), m_weekdayHolidays.end()),
                            m_weekdayHolidays.end());
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    return date.isValid() && isWeekday(date) &&
           !std::binary_search(m_weekdayHolidays.begin(), m_weekdayHolidays.end(),
                               date.toJulianDay());
}

qint64 BusinessCalendar::businessDaysBetween(QDate received, QDate completed) const
{
    if (!received.isValid() || !completed.isValid())
        return 0;
    if (completed < received)
        return -businessDaysBetween(completed, received);
    const qint64 from = received.toJulianDay();
    const qint64 to = completed.toJulianDay();
    // Counts over (from, to]: the received day itself never counts.
    return (weekdaysUpTo(to) - weekdaysUpTo(from)) - (holidaysUpTo(to) - holidaysUpTo(from));
}

qint64 BusinessCalendar::weekdaysUpTo(qint64 julianDay) const
{
    // Julian day 0 is a Monday, so julianDay mod 7 is 0 for Monday .. 6 for
    // Sunday. Counted from that origin; callers only use differences.
    const qint64 fullWeeks = floorDiv(julianDay, 7);
    const qint64 dayInWeek = floorMod(julianDay, 7);
    return 5 * fullWeeks + std::min<qint64>(dayInWeek + 1, 5);
}

qint64 BusinessCalendar::holidaysUpTo(qint64 julianDay) const
{
    return std::upper_bound(m_weekdayHolidays.begin(), m_weekdayHolidays.end(), julianDay) -
           m_weekdayHolidays.begin();
}

} // namespace Yardstick
