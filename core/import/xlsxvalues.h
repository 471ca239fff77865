// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Yardstick {

// How a number format shows a cell's number: plain, as a date (maybe with a
// time of day), or as a time of day alone.
struct XlsxNumberStyle
{
    enum class Kind
    {
        Number,
        Date,
        Time,
    };
    Kind kind = Kind::Number;
    bool showsTime = false; // a Date whose format has hours or seconds
};

// The style of a built-in number format id (14 is the locale's short date),
// or of a custom format code when the id is not a built-in one.
XlsxNumberStyle xlsxNumberStyle(int numberFormatId, QStringView formatCode);

// The shortest text that reads back as the same double, never in exponent
// form: 3, 0.1, 1234567.25, so an id or amount looks as the analyst typed it.
QString xlsxNumberText(double value);

// A date-styled serial number as the text the date parser reads:
// "2025-03-01" or, with a time of day (or a format that shows one),
// "2025-03-01T09:30:00". Serial 1 is 1900-01-01 and Excel's fictitious
// 1900-02-29 is serial 60, unless the workbook uses the 1904 system (serial
// 0 is 1904-01-01). A serial with no date (below 1 in the 1900 system) gives
// the time alone, and one outside the calendar the number, so that the
// import rejects it with the value the analyst sees rather than inventing a
// day.
QString xlsxDateText(double serial, bool date1904, bool showsTime);
// A time-styled number below one day as "HH:mm:ss"; other values as numbers.
QString xlsxTimeText(double value);

} // namespace Yardstick
