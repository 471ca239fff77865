// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxvalues.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Yardstick {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
// 9999-12-31 in the 1900 system, the last day Excel shows.
constexpr double kLastSerial = 2958465.0;
// Days from 1970-01-01 to the epochs of the two date systems.
constexpr qint64 kUnixDayOf1899_12_31 = -25568;
constexpr qint64 kUnixDayOf1904 = -24107;
// Built-in number formats (ECMA-376 18.8.30) that show dates: 14 is the
// locale's short date, 22 date and time; 27-36 and 50-58 are East Asian.
constexpr int kBuiltInDates[] = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31,
                                 34, 35, 36, 50, 51, 52, 53, 54, 57, 58};
// Those that show a time alone, or a duration ([h]:mm:ss).
constexpr int kBuiltInTimes[] = {18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56};

// The letters of a format code that show parts of a date or time, with the
// literal text ("…", \x), fill and padding characters (*x, _x) and
// bracketed colours and locales left out; [h], [mm], [ss] (elapsed time)
// count as time.
QString dateTimeLetters(QStringView code)
{
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            while (++i < code.size() && code.at(i) != u'"') {
            }
        } else if (c == u'\\' || c == u'*' || c == u'_') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            const bool elapsed =
                !inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar ch) {
                    const QChar lower = ch.toLower();
                    return lower == u'h' || lower == u'm' || lower == u's';
                });
            if (elapsed)
                letters += inside.toString().toLower();
            i = end < 0 ? code.size() : end;
        } else {
            letters += c.toLower();
        }
    }
    return letters;
}

// Digits written by hand: QDate::toString() parses its format on every call,
// and a sheet has a date in every row.
char16_t *writeDigits(char16_t *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
    return out + width;
}

char16_t *writeTimeOfDay(char16_t *out, qint64 seconds)
{
    out = writeDigits(out, seconds / 3600, 2);
    *out++ = u':';
    out = writeDigits(out, seconds / 60 % 60, 2);
    *out++ = u':';
    return writeDigits(out, seconds % 60, 2);
}

QString timeOfDay(qint64 seconds)
{
    char16_t text[8];
    const char16_t *end = writeTimeOfDay(text, seconds);
    return QString(reinterpret_cast<const QChar *>(text), end - text);
}

struct CivilDate
{
    qint64 year;
    int month;
    int day;
};

// The proleptic Gregorian date of a count of days from 1970-01-01, by
// Howard Hinnant's civil_from_days: plain arithmetic, where QDate's addDays()
// and its year(), month() and day() each convert from a Julian day again.
CivilDate civilFromDays(qint64 days)
{
    days += 719468; // from 0000-03-01, so that leap days end a year
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

// "2025-03-01", or "2025-03-01T09:30:00" with a time of day or a format that
// shows one; built in one buffer, so a date cell costs one allocation.
QString dateTimeText(const CivilDate &date, qint64 seconds, bool showsTime)
{
    char16_t text[19];
    char16_t *out = writeDigits(text, date.year, 4);
    *out++ = u'-';
    out = writeDigits(out, date.month, 2);
    *out++ = u'-';
    out = writeDigits(out, date.day, 2);
    if (showsTime || seconds != 0) {
        *out++ = u'T';
        out = writeTimeOfDay(out, seconds);
    }
    return QString(reinterpret_cast<const QChar *>(text), out - text);
}

} // namespace

XlsxNumberStyle xlsxNumberStyle(int numberFormatId, QStringView formatCode)
{
    using Kind = XlsxNumberStyle::Kind;
    if (std::ranges::find(kBuiltInDates, numberFormatId) != std::end(kBuiltInDates))
        return {Kind::Date, numberFormatId == 22};
    if (std::ranges::find(kBuiltInTimes, numberFormatId) != std::end(kBuiltInTimes))
        return {Kind::Time, false};
    // Ids below 164 are built in; the others below 14 are plain numbers.
    if (numberFormatId < 164 && formatCode.isEmpty())
        return {};
    // Only the first section decides (the others are for negatives, zero, text).
    const qsizetype semicolon = formatCode.indexOf(u';');
    const QString letters =
        dateTimeLetters(semicolon < 0 ? formatCode : formatCode.left(semicolon));
    if (letters.contains(u"general"))
        return {};
    const bool time = letters.contains(u'h') || letters.contains(u's');
    // m alone is a month, beside hours or seconds it is minutes.
    const bool date =
        letters.contains(u'd') || letters.contains(u'y') || (letters.contains(u'm') && !time);
    if (date)
        return {Kind::Date, time};
    return time ? XlsxNumberStyle{Kind::Time, false} : XlsxNumberStyle{};
}

QString xlsxNumberText(double value)
{
    // Fixed notation, shortest round trip; a double's fixed form is at most
    // 309 digits before the point and 1074 after.
    char buffer[1100];
    const std::to_chars_result result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString xlsxDateText(double serial, bool date1904, bool showsTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial > kLastSerial)
        return xlsxNumberText(serial);
    const qint64 total = std::llround(serial * double(kSecondsPerDay));
    const qint64 days = total / kSecondsPerDay;
    const qint64 seconds = total % kSecondsPerDay;
    if (date1904) {
        const CivilDate date = civilFromDays(kUnixDayOf1904 + days);
        // The last serials of the 1900 system are past 9999 in the 1904 one.
        return date.year > 9999 ? xlsxNumberText(serial) : dateTimeText(date, seconds, showsTime);
    }
    if (days == 0)
        return xlsxTimeText(double(seconds) / double(kSecondsPerDay));
    // Excel counts a 29 February 1900 (Lotus 1-2-3's leap-year bug): the
    // day does not exist, so its text is left for the date parser to refuse.
    if (days == 60)
        return dateTimeText(CivilDate{1900, 2, 29}, seconds, showsTime);
    // Serials before the fictitious day count from 31 December 1899, later
    // ones from 30 December, which absorbs it.
    const qint64 epoch = days < 60 ? kUnixDayOf1899_12_31 : kUnixDayOf1899_12_31 - 1;
    return dateTimeText(civilFromDays(epoch + days), seconds, showsTime);
}

QString xlsxTimeText(double value)
{
    if (!std::isfinite(value) || value < 0 || value >= 1)
        return xlsxNumberText(value);
    const qint64 seconds = std::llround(value * double(kSecondsPerDay));
    if (seconds >= kSecondsPerDay)
        return xlsxNumberText(value);
    return timeOfDay(seconds);
}

} // namespace Yardstick
