// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/period.h"
#include "catchqt.h"

using namespace Yardstick;

namespace {

QString weekLabelOf(QDate date)
{
    return periodLabel(PeriodKind::Week, periodContaining(PeriodKind::Week, date));
}

} // namespace

TEST_CASE("period kind keys round-trip", "[period]")
{
    for (PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter})
        CHECK(periodKindFromKey(periodKindKey(kind)) == kind);
    CHECK(periodKindKey(PeriodKind::Week) == QStringLiteral("week"));
    CHECK(periodKindKey(PeriodKind::Month) == QStringLiteral("month"));
    CHECK(periodKindKey(PeriodKind::Quarter) == QStringLiteral("quarter"));
    CHECK_FALSE(periodKindFromKey(u"fortnight"));
    CHECK_FALSE(periodKindFromKey(u""));
}

TEST_CASE("a week runs Monday to Sunday", "[period]")
{
    // 2025-02-05 is a Wednesday (2025-01-01 was a Wednesday, +35 days).
    const Period week = periodContaining(PeriodKind::Week, QDate(2025, 2, 5));
    CHECK(week.start == QDate(2025, 2, 3));
    CHECK(week.end == QDate(2025, 2, 9));
    CHECK(week.start.dayOfWeek() == Qt::Monday);
    CHECK(week.contains(QDate(2025, 2, 9)));
    CHECK_FALSE(week.contains(QDate(2025, 2, 10)));
    // ISO week 1 of 2025 is Mon 2024-12-30 .. Sun 2025-01-05 (it holds the
    // year's first Thursday, 2 January), so 3 February starts week 6.
    CHECK(periodLabel(PeriodKind::Week, week) == QStringLiteral("2025-W06"));
    // Mon 27 January .. Sun 2 February is week 5, the header's example.
    CHECK(weekLabelOf(QDate(2025, 1, 29)) == QStringLiteral("2025-W05"));
    CHECK(weekLabelOf(QDate(2025, 2, 2)) == QStringLiteral("2025-W05"));
}

TEST_CASE("weeks across year ends use the ISO week-numbering year", "[period]")
{
    // 2024-12-30 is a Monday in 2025-W01.
    const Period w1 = periodContaining(PeriodKind::Week, QDate(2024, 12, 31));
    CHECK(w1 == Period{QDate(2024, 12, 30), QDate(2025, 1, 5)});
    CHECK(periodLabel(PeriodKind::Week, w1) == QStringLiteral("2025-W01"));
    CHECK(periodLabel(PeriodKind::Week, previousPeriod(PeriodKind::Week, w1)) ==
          QStringLiteral("2024-W52"));

    // 2020 began on a Wednesday and was a leap year, so it has 53 weeks; the
    // 53rd is Mon 2020-12-28 .. Sun 2021-01-03.
    const Period w53 = periodContaining(PeriodKind::Week, QDate(2021, 1, 3));
    CHECK(w53 == Period{QDate(2020, 12, 28), QDate(2021, 1, 3)});
    CHECK(periodLabel(PeriodKind::Week, w53) == QStringLiteral("2020-W53"));
    const Period next = nextPeriod(PeriodKind::Week, w53);
    CHECK(next == Period{QDate(2021, 1, 4), QDate(2021, 1, 10)});
    CHECK(periodLabel(PeriodKind::Week, next) == QStringLiteral("2021-W01"));
    CHECK(previousPeriod(PeriodKind::Week, next) == w53);
}

TEST_CASE("months are calendar months", "[period]")
{
    // February has 29 days in the leap year 2024 and 28 in 2023.
    const Period leap = periodContaining(PeriodKind::Month, QDate(2024, 2, 15));
    CHECK(leap == Period{QDate(2024, 2, 1), QDate(2024, 2, 29)});
    CHECK(periodLabel(PeriodKind::Month, leap) == QStringLiteral("2024-02"));
    CHECK(periodContaining(PeriodKind::Month, QDate(2023, 2, 28)) ==
          Period{QDate(2023, 2, 1), QDate(2023, 2, 28)});
    CHECK(nextPeriod(PeriodKind::Month, leap) == Period{QDate(2024, 3, 1), QDate(2024, 3, 31)});

    const Period december = periodContaining(PeriodKind::Month, QDate(2024, 12, 31));
    const Period january = nextPeriod(PeriodKind::Month, december);
    CHECK(january == Period{QDate(2025, 1, 1), QDate(2025, 1, 31)});
    CHECK(periodLabel(PeriodKind::Month, january) == QStringLiteral("2025-01"));
    CHECK(previousPeriod(PeriodKind::Month, january) == december);
    CHECK(periodLabel(PeriodKind::Month, december) == QStringLiteral("2024-12"));
}

TEST_CASE("quarters are calendar quarters", "[period]")
{
    const Period q1 = periodContaining(PeriodKind::Quarter, QDate(2025, 2, 14));
    CHECK(q1 == Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});
    CHECK(periodLabel(PeriodKind::Quarter, q1) == QStringLiteral("2025-Q1"));

    const Period q3 = periodContaining(PeriodKind::Quarter, QDate(2024, 9, 30));
    CHECK(q3 == Period{QDate(2024, 7, 1), QDate(2024, 9, 30)});
    CHECK(periodLabel(PeriodKind::Quarter, q3) == QStringLiteral("2024-Q3"));

    const Period q4 = nextPeriod(PeriodKind::Quarter, q3);
    CHECK(q4 == Period{QDate(2024, 10, 1), QDate(2024, 12, 31)});
    CHECK(periodLabel(PeriodKind::Quarter, q4) == QStringLiteral("2024-Q4"));
    CHECK(nextPeriod(PeriodKind::Quarter, q4) == q1);
    CHECK(previousPeriod(PeriodKind::Quarter, q1) == q4);
}

TEST_CASE("an invalid date gives an invalid period without a label", "[period]")
{
    const Period none = periodContaining(PeriodKind::Month, QDate());
    CHECK_FALSE(none.isValid());
    CHECK(periodLabel(PeriodKind::Month, none).isEmpty());
    CHECK_FALSE(nextPeriod(PeriodKind::Month, none).isValid());
    CHECK_FALSE(previousPeriod(PeriodKind::Month, none).isValid());
}
