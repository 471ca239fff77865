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
};

// Keys used on the command line and in saved mappings: "auto", "iso",
// "dd/mm/yyyy", "mm/dd/yyyy".
QString dateFormatKey(DateFormat format);
std::optional<DateFormat> dateFormatFromKey(QStringView key);

// Parses one value in the given (non-Auto) format. ISO accepts a date alone, or
// date and time separated by 'T' or a space, hours:minutes with optional
// :seconds and fraction, and an optional 'Z' or ±hh:mm / ±hhmm / ±hh offset.
// Day-first and month-first accept d/m/yyyy with '/', '-' or '.', an optional
// time "hh:mm[:ss]" after a space, but no offset. Leading/trailing spaces are
// ignored. Nullopt when the value is not a valid date in that format
// (31/02/2025, 2025-13-01, 24:00, ...).
std::optional<Moment> parseDate(QStringView text, DateFormat format);

// Decides the format from sample values (empty ones ignored): ISO if every
// value parses as ISO; else day-first if any value's first number is above 12
// or month-first if any value's second number is above 12 (and all parse in
// that format); else, when every value parses both ways, day-first with
// `ambiguous` set. Nullopt when no single format reads them all.
struct DateFormatGuess
{
    DateFormat format = DateFormat::Iso;
    bool ambiguous = false;
};
std::optional<DateFormatGuess> detectDateFormat(const QStringList &samples);

} // namespace Yardstick
