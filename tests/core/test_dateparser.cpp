// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/dateparser.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// The parsed value in canonical form, so a failed check shows what was read.
QString parsed(const QString &text, DateFormat format)
{
    const std::optional<Moment> moment = parseDate(text, format);
    return moment ? moment->toIsoString() : u"<invalid>"_s;
}

QString iso(const QString &text)
{
    return parsed(text, DateFormat::Iso);
}
QString dayFirst(const QString &text)
{
    return parsed(text, DateFormat::DayMonthYear);
}
QString monthFirst(const QString &text)
{
    return parsed(text, DateFormat::MonthDayYear);
}

} // namespace

TEST_CASE("date format keys round-trip", "[dates]")
{
    for (DateFormat format :
         {DateFormat::Auto, DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear}) {
        CHECK(dateFormatFromKey(dateFormatKey(format)) == format);
    }
    CHECK(dateFormatKey(DateFormat::DayMonthYear) == u"dd/mm/yyyy"_s);
    CHECK(dateFormatKey(DateFormat::MonthDayYear) == u"mm/dd/yyyy"_s);
    CHECK(dateFormatFromKey(u"ISO") == DateFormat::Iso);
    CHECK_FALSE(dateFormatFromKey(u"ddmmyyyy"));
    CHECK_FALSE(dateFormatFromKey(u""));
}

TEST_CASE("ISO dates with and without time and offset", "[dates]")
{
    CHECK(iso(u"2025-02-01"_s) == u"2025-02-01"_s);
    CHECK(iso(u"2025-2-1"_s) == u"2025-02-01"_s);
    CHECK(iso(u"2025-02-01T09:30"_s) == u"2025-02-01T09:30:00"_s);
    CHECK(iso(u"2025-02-01 09:30"_s) == u"2025-02-01T09:30:00"_s);
    CHECK(iso(u"2025-02-01T9:30"_s) == u"2025-02-01T09:30:00"_s);
    CHECK(iso(u"2025-02-01T09:30:15"_s) == u"2025-02-01T09:30:15"_s);
    CHECK(iso(u"2025-02-01T09:30:15.123"_s) == u"2025-02-01T09:30:15"_s);
    CHECK(iso(u"2025-02-01 09:30:15Z"_s) == u"2025-02-01T09:30:15Z"_s);
    CHECK(iso(u"2025-02-01T09:30Z"_s) == u"2025-02-01T09:30:00Z"_s);
    CHECK(iso(u"2025-02-01T09:30:15.5+08:00"_s) == u"2025-02-01T09:30:15+08:00"_s);
    CHECK(iso(u"2025-02-01T09:30:15+08:00"_s) == u"2025-02-01T09:30:15+08:00"_s);
    CHECK(iso(u"2025-02-01T09:30:15+0800"_s) == u"2025-02-01T09:30:15+08:00"_s);
    CHECK(iso(u"2025-02-01T09:30:15+08"_s) == u"2025-02-01T09:30:15+08:00"_s);
    CHECK(iso(u"2025-02-01T09:30-05:30"_s) == u"2025-02-01T09:30:00-05:30"_s);
    CHECK(iso(u"2025-02-01T09:30-0530"_s) == u"2025-02-01T09:30:00-05:30"_s);
    CHECK(iso(u"2025-02-01T00:00:00-00:00"_s) == u"2025-02-01T00:00:00Z"_s);
    CHECK(iso(u"  2025-02-01T09:30Z  "_s) == u"2025-02-01T09:30:00Z"_s);
    CHECK(iso(u"2024-02-29"_s) == u"2024-02-29"_s);
    CHECK(iso(u"2025-02-01T23:59:59"_s) == u"2025-02-01T23:59:59"_s);

    const std::optional<Moment> offset = parseDate(u"2025-02-01T09:30:15-0530", DateFormat::Iso);
    REQUIRE(offset);
    CHECK(offset->secondOfDay == 9 * 3600 + 30 * 60 + 15);
    CHECK(offset->utcOffsetSeconds == -(5 * 3600 + 30 * 60));
}

TEST_CASE("ISO values that are not dates", "[dates]")
{
    for (const QString &text : {
             QString(),
             u"   "_s,
             u"2025-13-01"_s,
             u"2025-00-10"_s,
             u"2025-02-29"_s, // not a leap year
             u"2025-04-31"_s,
             u"2025-02-01T24:00"_s,
             u"2025-02-01T25:00"_s,
             u"2025-02-01T09:60"_s,
             u"2025-02-01T09:30:60"_s,
             u"2025-02-01T09"_s,
             u"2025-02-01T"_s,
             u"2025-02-01T09:30:15."_s,
             u"2025-02-01T09:30+8"_s,
             u"2025-02-01T09:30+08:0"_s,
             u"2025-02-01T09:30+24:00"_s,
             u"2025-02-01T09:30 Z"_s,
             u"2025-02-01Z"_s,
             u"2025-02-01T09:30Z junk"_s,
             u"25-02-01"_s,
             u"01/02/2025"_s,
             u"2025/02/01"_s,
             u"20250201"_s,
             u"yesterday"_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDate(text, DateFormat::Iso));
    }
}

TEST_CASE("day-first and month-first dates", "[dates]")
{
    CHECK(dayFirst(u"01/02/2025"_s) == u"2025-02-01"_s);
    CHECK(dayFirst(u"1/2/2025"_s) == u"2025-02-01"_s);
    CHECK(dayFirst(u"01-02-2025"_s) == u"2025-02-01"_s);
    CHECK(dayFirst(u"01.02.2025"_s) == u"2025-02-01"_s);
    CHECK(dayFirst(u"31/12/2025"_s) == u"2025-12-31"_s);
    CHECK(dayFirst(u"29/02/2024"_s) == u"2024-02-29"_s);
    CHECK(dayFirst(u"01/02/2025 09:30"_s) == u"2025-02-01T09:30:00"_s);
    CHECK(dayFirst(u"01/02/2025 9:30"_s) == u"2025-02-01T09:30:00"_s);
    CHECK(dayFirst(u"01/02/2025 09:30:15"_s) == u"2025-02-01T09:30:15"_s);
    CHECK(dayFirst(u" 01/02/2025 09:30 "_s) == u"2025-02-01T09:30:00"_s);

    CHECK(monthFirst(u"02/01/2025"_s) == u"2025-02-01"_s);
    CHECK(monthFirst(u"2/1/2025"_s) == u"2025-02-01"_s);
    CHECK(monthFirst(u"12-31-2025"_s) == u"2025-12-31"_s);
    CHECK(monthFirst(u"02.29.2024"_s) == u"2024-02-29"_s);
    CHECK(monthFirst(u"02/01/2025 23:59:59"_s) == u"2025-02-01T23:59:59"_s);

    // No offset in these formats.
    CHECK_FALSE(parseDate(u"01/02/2025 09:30", DateFormat::DayMonthYear)->utcOffsetSeconds);
}

TEST_CASE("day-first and month-first values that are not dates", "[dates]")
{
    for (const QString &text : {
             QString(),
             u"31/02/2025"_s,
             u"29/02/2025"_s, // not a leap year
             u"01/13/2025"_s,
             u"00/01/2025"_s,
             u"01/02/2025 25:00"_s,
             u"01/02/2025 24:00"_s,
             u"01/02/2025 09:60"_s,
             u"01/02/2025 09"_s,
             u"01/02/2025T09:30"_s,
             u"01/02/2025 09:30Z"_s,
             u"01/02/2025 09:30+08:00"_s,
             u"01/02/2025 09:30:15.5"_s,
             u"01/02-2025"_s,
             u"01/02/25"_s,
             u"001/02/2025"_s,
             u"2025-02-01"_s,
             u"01/02/2025x"_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDate(text, DateFormat::DayMonthYear));
    }
    CHECK_FALSE(parseDate(u"31/12/2025", DateFormat::MonthDayYear));
    CHECK_FALSE(parseDate(u"02/30/2024", DateFormat::MonthDayYear));
    CHECK_FALSE(parseDate(u"2025-02-01", DateFormat::Auto));
}

TEST_CASE("the date format is detected from sample values", "[dates]")
{
    const auto detect = [](const QStringList &samples) {
        return detectDateFormat(samples);
    };

    SECTION("ISO")
    {
        const auto guess =
            detect({u"2025-02-01"_s, u"2025-02-03T10:00:00Z"_s, QString(), u"2025-12-13 08:00"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::Iso);
        CHECK_FALSE(guess->ambiguous);
    }
    SECTION("day-first, decided by a day above 12")
    {
        const auto guess = detect({u"01/02/2025"_s, u"05/06/2025 10:00"_s, u"13/02/2025"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::DayMonthYear);
        CHECK_FALSE(guess->ambiguous);
    }
    SECTION("month-first, decided by a day above 12")
    {
        const auto guess = detect({u"02/01/2025"_s, u"02/13/2025"_s, u"12/31/2025"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::MonthDayYear);
        CHECK_FALSE(guess->ambiguous);
    }
    SECTION("both readings possible: day-first, flagged")
    {
        const auto guess = detect({u"01/02/2025"_s, u"03.04.2025"_s, u"12-12-2025"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::DayMonthYear);
        CHECK(guess->ambiguous);
    }
    SECTION("empty samples are ignored")
    {
        const auto guess = detect({QString(), u"  "_s, u"25/12/2025"_s, QString()});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::DayMonthYear);
        CHECK_FALSE(guess->ambiguous);

        // Nothing to contradict ISO, and nothing that will need parsing.
        const auto none = detect({QString(), u" "_s});
        REQUIRE(none);
        CHECK(none->format == DateFormat::Iso);
    }
    SECTION("no single format reads them all")
    {
        CHECK_FALSE(detect({u"2025-02-01"_s, u"01/02/2025"_s}));
        CHECK_FALSE(detect({u"01/02/2025"_s, u"2025-02-01"_s}));
        CHECK_FALSE(detect({u"13/02/2025"_s, u"02/13/2025"_s}));
        CHECK_FALSE(detect({u"31/02/2025"_s}));
        CHECK_FALSE(detect({u"01/02/2025"_s, u"yesterday"_s}));
        CHECK_FALSE(detect({u"2025-02-01"_s, u"2025-02-30"_s}));
    }
}
