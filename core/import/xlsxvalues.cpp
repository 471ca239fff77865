// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxvalues.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Yardstick {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
// 9999-12-31 in the 1900 system, the last day Excel shows.
constexpr double kLastSerial = 2958465.0;
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
void appendDigits(QString &text, int value, int width)
{
    char16_t digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char16_t(u'0' + value % 10);
    text.append(reinterpret_cast<const QChar *>(digits), width);
}

QString timeOfDay(qint64 seconds)
{
    QString text;
    text.reserve(8);
    appendDigits(text, int(seconds / 3600), 2);
    text += u':';
    appendDigits(text, int(seconds / 60 % 60), 2);
    text += u':';
    appendDigits(text, int(seconds % 60), 2);
    return text;
}

QString dateTimeText(const QString &day, qint64 seconds, bool showsTime)
{
    if (!showsTime && seconds == 0)
        return day;
    return day % u'T' % timeOfDay(seconds);
}

QString dateTimeText(const QDate &date, qint64 seconds, bool showsTime)
{
    QString day;
    day.reserve(19);
    appendDigits(day, date.year(), 4);
    day += u'-';
    appendDigits(day, date.month(), 2);
    day += u'-';
    appendDigits(day, date.day(), 2);
    return dateTimeText(day, seconds, showsTime);
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
    if (date1904)
        return dateTimeText(QDate(1904, 1, 1).addDays(days), seconds, showsTime);
    if (days == 0)
        return xlsxTimeText(double(seconds) / double(kSecondsPerDay));
    // Excel counts a 29 February 1900 (Lotus 1-2-3's leap-year bug): the
    // day does not exist, so its text is left for the date parser to refuse.
    if (days == 60)
        return dateTimeText(QStringLiteral("1900-02-29"), seconds, showsTime);
    // Serials before the fictitious day count from 31 December 1899, later
    // ones from 30 December, which absorbs it.
    const QDate epoch = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return dateTimeText(epoch.addDays(days), seconds, showsTime);
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
