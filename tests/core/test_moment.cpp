// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/turnaround.h"
#include "catchqt.h"
#include "model/moment.h"

#include <QTimeZone>

#include <cmath>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

Moment iso(const QString &text)
{
    const std::optional<Moment> moment = Moment::fromIsoString(text);
    INFO(text.toStdString());
    REQUIRE(moment);
    return *moment;
}

} // namespace

TEST_CASE("Moment reads and writes its four canonical forms", "[moment]")
{
    const Moment date = iso(u"2025-02-01"_s);
    CHECK(date.date == QDate(2025, 2, 1));
    CHECK_FALSE(date.hasTime());
    CHECK_FALSE(date.utcOffsetSeconds);

    const Moment local = iso(u"2025-02-01T09:30:00"_s);
    CHECK(local.date == QDate(2025, 2, 1));
    CHECK(local.secondOfDay == 9 * 3600 + 30 * 60);
    CHECK_FALSE(local.utcOffsetSeconds);

    const Moment utc = iso(u"2025-02-01T09:30:00Z"_s);
    CHECK(utc.secondOfDay == 34200);
    CHECK(utc.utcOffsetSeconds == 0);

    const Moment east = iso(u"2025-02-01T09:30:00+08:00"_s);
    CHECK(east.utcOffsetSeconds == 8 * 3600);
    const Moment west = iso(u"2025-12-31T23:59:59-03:30"_s);
    CHECK(west.secondOfDay == 86399);
    CHECK(west.utcOffsetSeconds == -(3 * 3600 + 30 * 60));

    for (const QString &text :
         {u"2025-02-01"_s, u"2025-02-01T09:30:00"_s, u"2025-02-01T09:30:00Z"_s,
          u"2025-02-01T09:30:00+08:00"_s, u"2025-12-31T23:59:59-03:30"_s, u"0001-01-01"_s,
          u"9999-12-31T00:00:00Z"_s, u"2024-02-29T00:00:00+14:00"_s}) {
        CHECK(iso(text).toIsoString() == text);
    }
}

TEST_CASE("Moment drops a fractional second", "[moment]")
{
    const Moment moment = iso(u"2025-02-01T09:30:15.250Z"_s);
    CHECK(moment.secondOfDay == 9 * 3600 + 30 * 60 + 15);
    CHECK(moment.toIsoString() == u"2025-02-01T09:30:15Z"_s);
    CHECK(iso(u"2025-02-01T09:30:15.999999+01:00"_s).toIsoString() ==
          u"2025-02-01T09:30:15+01:00"_s);
}

TEST_CASE("Moment::fromIsoString rejects anything but the canonical forms", "[moment]")
{
    for (const QString &text : {
             QString(),
             u" 2025-02-01"_s,
             u"2025-02-01 "_s,
             u"2025-2-01"_s,
             u"25-02-01"_s,
             u"2025/02/01"_s,
             u"01/02/2025"_s,
             u"2025-13-01"_s,
             u"2025-02-29"_s, // 2025 is not a leap year
             u"2025-02-00"_s,
             u"2025-02-01T"_s,
             u"2025-02-01T09:30"_s,
             u"2025-02-01 09:30:00"_s,
             u"2025-02-01T24:00:00"_s,
             u"2025-02-01T09:60:00"_s,
             u"2025-02-01T09:30:60"_s,
             u"2025-02-01T09:30:00."_s,
             u"2025-02-01T09:30:00z"_s,
             u"2025-02-01T09:30:00+0800"_s,
             u"2025-02-01T09:30:00+08"_s,
             u"2025-02-01T09:30:00+08:00x"_s,
             u"2025-02-01T09:30:00Zjunk"_s,
             u"abcd-ef-gh"_s,
             u"yesterday"_s,
         }) {
        INFO(text.toStdString());
        CHECK_FALSE(Moment::fromIsoString(text));
    }
}

TEST_CASE("Moment counts seconds since the epoch in UTC", "[moment]")
{
    CHECK(iso(u"1970-01-01"_s).utcSeconds() == 0);
    CHECK(iso(u"1970-01-02T00:00:00Z"_s).utcSeconds() == 86400);
    // 1970-01-01 to 2025-03-01: 55 years with 14 leap days, then 31 + 28.
    constexpr qint64 march2025 = (55 * 365 + 14 + 31 + 28) * qint64(86400);
    CHECK(march2025 == 1740787200);
    CHECK(iso(u"2025-03-01"_s).utcSeconds() == march2025);
    // Without an offset the time counts as UTC.
    CHECK(iso(u"2025-03-01T10:00:00"_s).utcSeconds() == march2025 + 10 * 3600);
    CHECK(iso(u"2025-03-01T10:00:00Z"_s).utcSeconds() == march2025 + 10 * 3600);
    // 23:00 at +08:00 is 15:00 UTC.
    CHECK(iso(u"2025-03-01T23:00:00+08:00"_s).utcSeconds() == march2025 + 15 * 3600);
    // 01:00 at -05:00 is 06:00 UTC.
    CHECK(iso(u"2025-03-01T01:00:00-05:00"_s).utcSeconds() == march2025 + 6 * 3600);
    CHECK(iso(u"1969-12-31T23:00:00Z"_s).utcSeconds() == -3600);
}

TEST_CASE("Moment::fromDateTime keeps offsets and pins local time to UTC", "[moment]")
{
    const Moment fromDate = Moment::fromDate(QDate(2025, 2, 1));
    CHECK(fromDate.toIsoString() == u"2025-02-01"_s);

    const QDateTime utc(QDate(2025, 2, 1), QTime(9, 30, 15, 999), Qt::UTC);
    const Moment fromUtc = Moment::fromDateTime(utc);
    CHECK(fromUtc.toIsoString() == u"2025-02-01T09:30:15Z"_s);

    const QDateTime east(QDate(2025, 2, 1), QTime(1, 0), Qt::OffsetFromUTC, 8 * 3600);
    const Moment fromEast = Moment::fromDateTime(east);
    // The calendar day stays the one written, though it is 31 January in UTC.
    CHECK(fromEast.date == QDate(2025, 2, 1));
    CHECK(fromEast.toIsoString() == u"2025-02-01T01:00:00+08:00"_s);

    const QDateTime west(QDate(2025, 2, 1), QTime(23, 0), Qt::OffsetFromUTC, -(5 * 3600 + 1800));
    CHECK(Moment::fromDateTime(west).toIsoString() == u"2025-02-01T23:00:00-05:30"_s);

    const QDateTime local(QDate(2025, 7, 1), QTime(12, 0), Qt::LocalTime);
    const Moment fromLocal = Moment::fromDateTime(local);
    CHECK(fromLocal.utcOffsetSeconds == 0);
    CHECK(fromLocal.utcSeconds() == local.toSecsSinceEpoch());

    CHECK_FALSE(Moment::fromDateTime(QDateTime()).isValid());
    CHECK(Moment().toIsoString().isEmpty());
}

TEST_CASE("turnaround of two dates is whole calendar days", "[moment][turnaround]")
{
    const auto days = [](const QString &from, const QString &to) {
        return elapsedDays(iso(from), iso(to));
    };
    CHECK(days(u"2025-02-01"_s, u"2025-02-01"_s) == 0.0);
    CHECK(days(u"2025-02-01"_s, u"2025-02-02"_s) == 1.0);
    CHECK(days(u"2025-01-31"_s, u"2025-02-01"_s) == 1.0);
    CHECK(days(u"2024-12-31"_s, u"2025-01-01"_s) == 1.0);
    CHECK(days(u"2024-02-28"_s, u"2024-03-01"_s) == 2.0); // 29 February between
    CHECK(days(u"2025-02-28"_s, u"2025-03-01"_s) == 1.0);
    CHECK(days(u"2024-01-01"_s, u"2025-01-01"_s) == 366.0);
    CHECK(days(u"2025-01-10"_s, u"2025-01-03"_s) == -7.0);
}

TEST_CASE("turnaround with times is elapsed time in fractional days", "[moment][turnaround]")
{
    const auto days = [](const QString &from, const QString &to) {
        return elapsedDays(iso(from), iso(to));
    };
    CHECK(days(u"2025-02-01T09:00:00"_s, u"2025-02-02T21:00:00"_s) == Approx(1.5));
    CHECK(days(u"2025-02-01T09:00:00Z"_s, u"2025-02-01T09:00:00Z"_s) == 0.0);
    // 23:00 at +08:00 is 15:00 UTC; to 01:00 UTC the next day is 10 hours.
    CHECK(days(u"2025-03-01T23:00:00+08:00"_s, u"2025-03-02T01:00:00Z"_s) == Approx(10.0 / 24.0));
    CHECK(days(u"2025-03-01T23:00:00+08:00"_s, u"2025-03-02T01:00:00Z"_s) ==
          Approx(0.416667).epsilon(1e-5));
    // Both at 12:00 local, in zones eleven hours apart.
    CHECK(days(u"2025-06-01T12:00:00+09:00"_s, u"2025-06-02T12:00:00-02:00"_s) ==
          Approx(35.0 / 24.0));
    // When one end is only a date, whole days between the dates as written:
    // same day 0, 1 Feb to 3 Feb 2, whatever the time or zone of the other.
    CHECK(days(u"2025-02-01"_s, u"2025-02-01T12:00:00Z"_s) == 0.0);
    CHECK(days(u"2025-02-01T18:00:00"_s, u"2025-02-03"_s) == 2.0);
    CHECK(days(u"2025-02-01"_s, u"2025-02-01T06:00:00+08:00"_s) == 0.0);
    CHECK(days(u"2025-02-03T09:00:00+08:00"_s, u"2025-02-01"_s) == -2.0);
    // Completed before received.
    CHECK(days(u"2025-02-02T00:00:00Z"_s, u"2025-02-01T12:00:00Z"_s) == Approx(-0.5));
}

TEST_CASE("turnaround without a valid end is not a number", "[moment][turnaround]")
{
    CHECK(std::isnan(elapsedDays(iso(u"2025-02-01"_s), Moment())));
    CHECK(std::isnan(elapsedDays(Moment(), iso(u"2025-02-01"_s))));
}
