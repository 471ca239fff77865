// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// A point in time as an operations system wrote it: a calendar date, with or
// without a time of day, with or without a UTC offset. It is kept as written so
// that a date-only value stays a date (turnaround in whole days) and a case is
// filed under the calendar day its source recorded, whatever the time zone.
struct Moment
{
    QDate date;
    std::optional<int> secondOfDay;      // 0..86399; absent for a date-only value
    std::optional<int> utcOffsetSeconds; // absent when the source named no zone

    bool isValid() const { return date.isValid(); }
    bool hasTime() const { return secondOfDay.has_value(); }

    // Seconds since 1970-01-01T00:00Z. A value without an offset counts as UTC;
    // a date-only value as its midnight.
    qint64 utcSeconds() const;

    // Canonical text, as storage keeps it: "2025-02-01", "2025-02-01T09:30:00",
    // "2025-02-01T09:30:00Z", "2025-02-01T09:30:00+08:00".
    QString toIsoString() const;
    // Parses exactly the canonical forms above (and a fractional second, which
    // is dropped). Fast: no QDateTime parsing. Nullopt for anything else.
    static std::optional<Moment> fromIsoString(QStringView text);

    static Moment fromDate(QDate date);
    // Keeps the offset of an OffsetFromUTC or UTC value (UTC gives "Z"); a
    // local-time value is converted to UTC.
    static Moment fromDateTime(const QDateTime &dateTime);

    friend bool operator==(const Moment &, const Moment &) = default;
};

} // namespace Yardstick
