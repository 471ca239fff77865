// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moment.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Yardstick {

// How dates in an imported column are written.
enum class DateFormat
{
    Auto,         // decide from the values (see detectDateFormat)
    Iso,          // 2025-02-01, 2025-02-01T09:30, 2025-02-01 09:30:15Z, ...+08:00
    DayMonthYear, // 01/02/2025 = 1 February (also with '-' or '.'), optional time
    MonthDayYear, // 02/01/2025 = 1 February, optional time
    Pattern,      // an explicit pattern in Qt's notation ("d/M/yyyy H:mm"), see DatePattern
};

// Keys used on the command line and in saved mappings: "auto", "iso",
// "dd/mm/yyyy", "mm/dd/yyyy" ("pattern" for Pattern, whose pattern text is
// kept beside it).
QString dateFormatKey(DateFormat format);
std::optional<DateFormat> dateFormatFromKey(QStringView key);

// Parses one value in the given (non-Auto, non-Pattern) format. ISO accepts a
// date alone, or date and time separated by 'T' or a space, hours:minutes with
// optional :seconds and fraction, and an optional 'Z' or ±hh:mm / ±hhmm / ±hh
// offset. Day-first and month-first accept d/m/yyyy with '/', '-' or '.' (the
// order of day and month is what they decide), and also the forms that say
// their own order: yyyy/m/d, d-Mon-yyyy and d Mon yyyy (English month
// abbreviations or names, any case). Each may be followed, after spaces, by a
// time "h:mm[:ss]" with an optional AM/PM (12:xx AM is 00:xx), but no offset.
// Years have four digits: "01/02/25" is refused as ambiguous (an explicit
// pattern with "yy" reads it). Leading/trailing spaces are ignored. Nullopt
// when the value is not a valid date in that format (31/02/2025, 2025-13-01,
// 24:00, 13:00 PM, ...).
std::optional<Moment> parseDate(QStringView text, DateFormat format);

// What one value says about its own format, for detecting a column's format
// (DateFormatDetector). Nullopt when no known form has its shape.
struct DateEvidence
{
    bool iso = false;        // an ISO 8601 value (valid or not: isoValid)
    bool isoValid = false;   //
    bool ordered = false;    // d/m/yyyy or m/d/yyyy: the format decides the order
    bool dayFirst = false;   // a valid date read day-first
    bool monthFirst = false; // a valid date read month-first
    bool firstAboveTwelve = false;
    bool secondAboveTwelve = false;
};
std::optional<DateEvidence> dateEvidence(QStringView text);

// Decides the format from sample values (empty ones ignored): ISO if every
// value parses as ISO; else day-first if any value's first number is above 12
// or month-first if any value's second number is above 12 (and all parse in
// that format); else, when every value parses both ways, day-first, with
// `ambiguous` set when some value was d/m/yyyy-shaped (values such as
// 2015/9/3 or 3-Sep-2015 say their own order). Nullopt when no single format
// reads them all. DateFormatDetector does the same value by value.
struct DateFormatGuess
{
    DateFormat format = DateFormat::Iso;
    bool ambiguous = false;

    friend bool operator==(const DateFormatGuess &, const DateFormatGuess &) = default;
};
std::optional<DateFormatGuess> detectDateFormat(const QStringList &samples);

} // namespace Yardstick
