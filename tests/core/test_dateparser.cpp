// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/caseimportsettings.h"
#include "import/dateformatdetector.h"
#include "import/dateparser.h"
#include "import/datepattern.h"
#include "import/missingvalues.h"

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

TEST_CASE("day-first and month-first dates without padding, with a time without seconds",
          "[dates][dateparser]")
{
    CHECK(dayFirst(u"29/2/2016 01:16"_s) == u"2016-02-29T01:16:00"_s);
    CHECK(dayFirst(u"29/2/2016"_s) == u"2016-02-29"_s);
    CHECK(dayFirst(u"3/9/2015"_s) == u"2015-09-03"_s);
    CHECK(monthFirst(u"3/9/2015"_s) == u"2015-03-09"_s);
    CHECK(monthFirst(u"3/9/2015 7:05"_s) == u"2015-03-09T07:05:00"_s);
    CHECK(dayFirst(u"05-11-2024"_s) == u"2024-11-05"_s); // DD-MM-YYYY
    CHECK(dayFirst(u"05-11-2024 17:45:30"_s) == u"2024-11-05T17:45:30"_s);
    CHECK(dayFirst(u"29/2/2016  01:16"_s) == u"2016-02-29T01:16:00"_s); // two spaces
}

TEST_CASE("times with AM and PM", "[dates][dateparser]")
{
    CHECK(dayFirst(u"29/2/2016 1:16 AM"_s) == u"2016-02-29T01:16:00"_s);
    CHECK(dayFirst(u"29/2/2016 1:16 PM"_s) == u"2016-02-29T13:16:00"_s);
    CHECK(dayFirst(u"29/2/2016 12:05 AM"_s) == u"2016-02-29T00:05:00"_s);
    CHECK(dayFirst(u"29/2/2016 12:05 PM"_s) == u"2016-02-29T12:05:00"_s);
    CHECK(dayFirst(u"29/2/2016 11:59:58 pm"_s) == u"2016-02-29T23:59:58"_s);
    CHECK(monthFirst(u"9/3/2015 8:00am"_s) == u"2015-09-03T08:00:00"_s);
    CHECK(monthFirst(u"9/3/2015 08:00:07PM"_s) == u"2015-09-03T20:00:07"_s);

    for (const QString &text : {
             u"29/2/2016 13:16 PM"_s, // a 24-hour time with PM
             u"29/2/2016 0:16 AM"_s,  // no hour 0 on a 12-hour clock
             u"29/2/2016 1:16 XM"_s,
             u"29/2/2016 1:16 A"_s,
             u"29/2/2016 1:16 AM junk"_s,
             u"29/2/2016 AM"_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDate(text, DateFormat::DayMonthYear));
    }
}

TEST_CASE("values that say their own order: year first, month names", "[dates][dateparser]")
{
    for (DateFormat format : {DateFormat::DayMonthYear, DateFormat::MonthDayYear}) {
        INFO(dateFormatKey(format).toStdString());
        CHECK(parsed(u"2015/9/3"_s, format) == u"2015-09-03"_s);
        CHECK(parsed(u"2015/09/30 14:02"_s, format) == u"2015-09-30T14:02:00"_s);
        CHECK(parsed(u"3-Sep-2015"_s, format) == u"2015-09-03"_s);
        CHECK(parsed(u"03-SEP-2015 9:15 PM"_s, format) == u"2015-09-03T21:15:00"_s);
        CHECK(parsed(u"3 sep 2015"_s, format) == u"2015-09-03"_s);
        CHECK(parsed(u"3 Sept 2015 10:00:01"_s, format) == u"2015-09-03T10:00:01"_s);
        CHECK(parsed(u"31 December 2024"_s, format) == u"2024-12-31"_s);
        CHECK(parsed(u"29 Feb 2024"_s, format) == u"2024-02-29"_s);
    }
    for (const QString &text : {
             u"2015/13/3"_s,   // no 13th month
             u"2015/2/30"_s,   // no 30 February
             u"29 Feb 2025"_s, // not a leap year
             u"31-Apr-2025"_s,
             u"3-Sep-15"_s,  // two-digit year
             u"3 Se 2015"_s, // too short to be a month
             u"3 Sepx 2015"_s,
             u"3-Sep 2015"_s, // separators differ
             u"2015-9-3x"_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDate(text, DateFormat::DayMonthYear));
    }
    // ISO stays ISO.
    CHECK_FALSE(parseDate(u"3-Sep-2015", DateFormat::Iso));
    CHECK_FALSE(parseDate(u"2015/9/3", DateFormat::Iso));
}

TEST_CASE("two-digit years are refused without an explicit pattern", "[dates][dateparser]")
{
    for (const QString &text : {u"29/2/16"_s, u"29/2/16 01:16"_s, u"3-9-15"_s, u"16/2/29"_s}) {
        INFO(text.toStdString());
        CHECK_FALSE(parseDate(text, DateFormat::DayMonthYear));
        CHECK_FALSE(parseDate(text, DateFormat::MonthDayYear));
        CHECK_FALSE(parseDate(text, DateFormat::Iso));
    }
    CHECK_FALSE(detectDateFormat({u"29/2/16"_s}));
}

TEST_CASE("invalid day-first dates in the new forms", "[dates][dateparser]")
{
    CHECK_FALSE(parseDate(u"31/02/2025", DateFormat::DayMonthYear));
    CHECK_FALSE(parseDate(u"31/2/2025 10:00", DateFormat::DayMonthYear));
    CHECK_FALSE(parseDate(u"1/13/2025", DateFormat::DayMonthYear)); // 13th month
    CHECK_FALSE(parseDate(u"13/1/2025", DateFormat::MonthDayYear));
    CHECK_FALSE(parseDate(u"1/1/2025 24:00", DateFormat::DayMonthYear));
    CHECK_FALSE(parseDate(u"1/1/2025 10:5", DateFormat::DayMonthYear)); // one-digit minute
}

TEST_CASE("detection value by value over a whole column", "[dates][dateparser]")
{
    SECTION("a day above 12 only on the last value decides")
    {
        DateFormatDetector detector;
        for (int i = 1; i <= 5000; ++i)
            detector.add(u"%1/%2/2015 10:00"_s.arg(i % 12 + 1).arg(i % 11 + 1));
        detector.add(u"3/25/2015"_s);
        REQUIRE(detector.result());
        CHECK(detector.result()->format == DateFormat::MonthDayYear);
        CHECK_FALSE(detector.result()->ambiguous);
    }
    SECTION("days never above 12: day-first, ambiguous")
    {
        const auto guess = detectDateFormat({u"3/9/2015"_s, u"12/1/2016 1:16 PM"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::DayMonthYear);
        CHECK(guess->ambiguous);
    }
    SECTION("values that say their own order are not ambiguous")
    {
        const auto guess = detectDateFormat({u"3-Sep-2015"_s, u"2015/9/4"_s, u"5 Oct 2015"_s});
        REQUIRE(guess);
        CHECK(guess->format == DateFormat::DayMonthYear);
        CHECK_FALSE(guess->ambiguous);

        // Beside them, an ordered value decides the order as before.
        const auto mixed = detectDateFormat({u"3-Sep-2015"_s, u"9/30/2015"_s});
        REQUIRE(mixed);
        CHECK(mixed->format == DateFormat::MonthDayYear);
    }
    SECTION("an unreadable value still leaves no single format")
    {
        DateFormatDetector detector;
        detector.add(u"13/1/2015"_s);
        detector.add(u"31/02/2015"_s);
        CHECK_FALSE(detector.result());
    }
    SECTION("nothing seen")
    {
        DateFormatDetector detector;
        detector.add(u"  "_s);
        CHECK_FALSE(detector.sawAny());
        REQUIRE(detector.result());
        CHECK(detector.result()->format == DateFormat::Iso);
    }
}

TEST_CASE("explicit patterns in Qt's notation", "[dates][dateparser]")
{
    const auto read = [](const QString &pattern, const QString &text) {
        const std::optional<DatePattern> compiled = DatePattern::compile(pattern);
        REQUIRE(compiled);
        const std::optional<Moment> moment = compiled->parse(text);
        return moment ? moment->toIsoString() : u"<invalid>"_s;
    };
    CHECK(read(u"d/M/yyyy H:mm"_s, u"29/2/2016 01:16"_s) == u"2016-02-29T01:16:00"_s);
    CHECK(read(u"d/M/yyyy H:mm"_s, u"29/2/2016 1:16"_s) == u"2016-02-29T01:16:00"_s);
    CHECK(read(u"d/M/yyyy H:mm"_s, u"29/2/2016"_s) == u"<invalid>"_s);
    CHECK(read(u"d/M/yyyy"_s, u"3/9/2015"_s) == u"2015-09-03"_s);
    CHECK(read(u"M/d/yyyy"_s, u"3/9/2015"_s) == u"2015-03-09"_s);
    CHECK(read(u"dd.MM.yy"_s, u"03.09.15"_s) == u"2015-09-03"_s);
    CHECK(read(u"dd.MM.yy"_s, u"03.09.68"_s) == u"2068-09-03"_s);
    CHECK(read(u"dd.MM.yy"_s, u"03.09.69"_s) == u"1969-09-03"_s);
    CHECK(read(u"dd.MM.yy"_s, u"3.09.15"_s) == u"<invalid>"_s); // dd wants two digits
    CHECK(read(u"yyyyMMdd"_s, u"20150903"_s) == u"2015-09-03"_s);
    CHECK(read(u"d MMM yyyy h:mm AP"_s, u"3 sep 2015 12:30 am"_s) == u"2015-09-03T00:30:00"_s);
    CHECK(read(u"d MMM yyyy h:mm AP"_s, u"3 Sep 2015 12:30 PM"_s) == u"2015-09-03T12:30:00"_s);
    CHECK(read(u"d MMM yyyy h:mm AP"_s, u"3 Sep 2015 1:30 PM"_s) == u"2015-09-03T13:30:00"_s);
    CHECK(read(u"d MMM yyyy h:mm AP"_s, u"3 Sep 2015 13:30 PM"_s) == u"<invalid>"_s);
    CHECK(read(u"yyyy-MM-dd'T'HH:mm:ss"_s, u"2015-09-03T07:08:09"_s) == u"2015-09-03T07:08:09"_s);
    CHECK(read(u"ddd d MMMM yyyy"_s, u"Thu 3 September 2015"_s) == u"2015-09-03"_s);
    CHECK(read(u"d/M/yyyy"_s, u"31/2/2025"_s) == u"<invalid>"_s);
    CHECK(read(u"d/M/yyyy"_s, u"1/13/2025"_s) == u"<invalid>"_s);
    CHECK(read(u"d/M/yyyy H:mm"_s, u"1/1/2025 24:00"_s) == u"<invalid>"_s);

    CHECK_FALSE(DatePattern::compile(u"H:mm"));        // no date
    CHECK_FALSE(DatePattern::compile(u"d/M"));         // no year
    CHECK_FALSE(DatePattern::compile(u"d/M/yyy"));     // three-letter year
    CHECK_FALSE(DatePattern::compile(u"d/M/yyyy zz")); // zone letters not read
    CHECK_FALSE(DatePattern::compile(u"d/M/yyyy 'T")); // an open quote
    CHECK_FALSE(DatePattern::compile(u"ddmmyyyy"));    // minutes, not months
}

TEST_CASE("the date format of the command line and the mapping: keys and patterns",
          "[dates][dateparser]")
{
    CaseImportSettings settings;
    CHECK(settings.setDateFormatText(u"DD/MM/YYYY"));
    CHECK(settings.dateFormat == DateFormat::DayMonthYear);
    CHECK(settings.dateFormatText() == u"dd/mm/yyyy"_s);
    CHECK(settings.setDateFormatText(u"d/M/yyyy H:mm"));
    CHECK(settings.dateFormat == DateFormat::Pattern);
    CHECK(settings.datePattern == u"d/M/yyyy H:mm"_s);
    CHECK(settings.dateFormatText() == u"d/M/yyyy H:mm"_s);
    CHECK_FALSE(settings.setDateFormatText(u"whenever"));
    CHECK_FALSE(settings.setDateFormatText(u"pattern")); // the key alone names no pattern
    CHECK(settings.dateFormat == DateFormat::Pattern);   // unchanged by a refusal
}

TEST_CASE("the words for no value", "[dates][dateparser][missing]")
{
    const MissingValues missing;
    for (const QString &text : {QString(), u" "_s, u"?"_s, u"NULL"_s, u"null"_s, u"N/A"_s, u"n/a"_s,
                                u"NA"_s, u"-"_s, u"--"_s, u" ? "_s}) {
        INFO(text.toStdString());
        CHECK(missing.isMissing(text));
    }
    for (const QString &text : {u"0"_s, u"none"_s, u"Null"_s, u"x"_s, u"---"_s, u"29/2/2016"_s}) {
        INFO(text.toStdString());
        CHECK_FALSE(missing.isMissing(text));
    }
    const MissingValues more({u"(not set)"_s, u"none"_s});
    CHECK(more.isMissing(u"(not set)"));
    CHECK(more.isMissing(u"none"));
    CHECK(more.isMissing(u"?"));
    CHECK_FALSE(more.isMissing(u"(not set"));
}
