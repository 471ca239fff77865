// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/businesscalendar.h"
#include "catchqt.h"

using namespace Yardstick;

namespace {

// January 2024 began on a Monday: Fri 5, Sat 6, Sun 7, Mon 8, Wed 10, Sat 13.
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

// The independent oracle: walk the days one by one.
qint64 countByLoop(QDate received, QDate completed, const QList<QDate> &holidays)
{
    qint64 count = 0;
    for (QDate d = received.addDays(1); d <= completed; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && !holidays.contains(d))
            ++count;
    }
    return count;
}

} // namespace

TEST_CASE("business days around a weekend", "[business-days]")
{
    const BusinessCalendar calendar;
    CHECK(calendar.businessDaysBetween(jan(3), jan(3)) == 0); // same day
    CHECK(calendar.businessDaysBetween(jan(5), jan(8)) == 1); // Fri -> Mon: the Monday
    CHECK(calendar.businessDaysBetween(jan(6), jan(8)) == 1); // Sat -> Mon: the Monday
    CHECK(calendar.businessDaysBetween(jan(5), jan(6)) == 0); // Fri -> Sat
    CHECK(calendar.businessDaysBetween(jan(6), jan(7)) == 0); // Sat -> Sun
    CHECK(calendar.businessDaysBetween(jan(4), jan(5)) == 1); // Thu -> Fri
    CHECK(calendar.isBusinessDay(jan(5)));
    CHECK_FALSE(calendar.isBusinessDay(jan(6)));
    CHECK_FALSE(calendar.isBusinessDay(jan(7)));
}

TEST_CASE("business days across several weeks and holidays", "[business-days]")
{
    // Mon 1 -> Fri 26 January: Tue 2 .. Fri 5 (4) + three full weeks (15) = 19.
    CHECK(BusinessCalendar().businessDaysBetween(jan(1), jan(26)) == 19);

    // A Wednesday holiday removes one day: 18.
    const BusinessCalendar wednesday({jan(10)});
    CHECK(wednesday.businessDaysBetween(jan(1), jan(26)) == 18);
    CHECK_FALSE(wednesday.isBusinessDay(jan(10)));

    // A Saturday holiday changes nothing: 19. Duplicates are harmless: 18.
    CHECK(BusinessCalendar({jan(13)}).businessDaysBetween(jan(1), jan(26)) == 19);
    CHECK(BusinessCalendar({jan(10), jan(13), jan(10)}).businessDaysBetween(jan(1), jan(26)) == 18);

    // A holiday outside the span changes nothing.
    CHECK(BusinessCalendar({jan(29)}).businessDaysBetween(jan(1), jan(26)) == 19);
}

TEST_CASE("a holiday as the received or completed day", "[business-days]")
{
    const BusinessCalendar calendar({jan(10)});
    // Received on the holiday Wed 10, completed Fri 12: Thu 11 and Fri 12 = 2.
    CHECK(calendar.businessDaysBetween(jan(10), jan(12)) == 2);
    // Received Tue 9, completed on the holiday Wed 10: nothing counts = 0.
    CHECK(calendar.businessDaysBetween(jan(9), jan(10)) == 0);
    // Received Tue 9, completed Thu 11: Thu 11 only = 1.
    CHECK(calendar.businessDaysBetween(jan(9), jan(11)) == 1);
}

TEST_CASE("business days backwards are mirrored", "[business-days]")
{
    const BusinessCalendar calendar({jan(10)});
    CHECK(calendar.businessDaysBetween(jan(26), jan(1)) == -18);
    CHECK(calendar.businessDaysBetween(jan(8), jan(5)) == -1);
    CHECK(calendar.businessDaysBetween(jan(6), jan(5)) == 0);
}

TEST_CASE("business days over three years agree with a day-by-day count", "[business-days]")
{
    const QDate received(2023, 1, 2); // a Monday
    const QDate completed(2025, 12, 31);

    // By hand: 365 (2023) + 366 (2024) + 363 days later = 1094 days after a
    // Monday = 156 full weeks (780 weekdays) + Tue 30 and Wed 31 December = 782.
    CHECK(BusinessCalendar().businessDaysBetween(received, completed) == 782);
    CHECK(countByLoop(received, completed, {}) == 782);

    // Holidays on weekdays, on a weekend (Sat 2024-12-28), outside the span,
    // repeated and unsorted.
    const QList<QDate> holidays = {QDate(2025, 12, 25), QDate(2023, 1, 2),   QDate(2024, 12, 28),
                                   QDate(2024, 5, 27),  QDate(2023, 4, 7),   QDate(2026, 1, 1),
                                   QDate(2022, 12, 26), QDate(2024, 5, 27),  QDate(2025, 12, 31),
                                   QDate(2024, 2, 29),  QDate(2023, 12, 25), QDate(2023, 12, 26)};
    const BusinessCalendar calendar(holidays);
    const qint64 expected = countByLoop(received, completed, holidays);
    // Weekday holidays inside (received, completed]: 2025-12-25, 2024-05-27,
    // 2023-04-07, 2025-12-31, 2024-02-29, 2023-12-25, 2023-12-26 = 7.
    CHECK(expected == 782 - 7);
    CHECK(calendar.businessDaysBetween(received, completed) == expected);
    CHECK(calendar.businessDaysBetween(completed, received) == -expected);

    // Every start in the first fortnight against the loop, so each weekday
    // offset of the arithmetic count is covered.
    for (int offset = 0; offset < 14; ++offset) {
        const QDate from = received.addDays(offset);
        CHECK(calendar.businessDaysBetween(from, completed) ==
              countByLoop(from, completed, holidays));
    }
}
