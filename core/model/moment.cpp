// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moment.h"

namespace Yardstick {

namespace {

constexpr qint64 SecondsPerDay = 86400;
// Julian day number of 1970-01-01, so that utcSeconds needs no QDateTime.
constexpr qint64 UnixEpochJulianDay = 2440588;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// The number written in text[from, from + count), or -1 when any of it is not a
// digit.
int fixedNumber(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + digitValue(text[i]);
    }
    return value;
}

void appendTwoDigits(char16_t *&out, int value)
{
    *out++ = static_cast<char16_t>(u'0' + value / 10);
    *out++ = static_cast<char16_t>(u'0' + value % 10);
}

} // namespace

qint64 Moment::utcSeconds() const
{
    // An invalid date has no place on the time line; 0 keeps the arithmetic
    // defined (QDate's null Julian day would overflow).
    if (!date.isValid())
        return 0;
    return (date.toJulianDay() - UnixEpochJulianDay) * SecondsPerDay + secondOfDay.value_or(0) -
           utcOffsetSeconds.value_or(0);
}

QString Moment::toIsoString() const
{
    if (!date.isValid())
        return QString();
    // Written by hand: storage formats two values per case, a million cases
    // per import.
    char16_t buffer[32];
    char16_t *out = buffer;
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year >= 1 && year <= 9999) {
        appendTwoDigits(out, year / 100);
        appendTwoDigits(out, year % 100);
        *out++ = u'-';
        appendTwoDigits(out, month);
        *out++ = u'-';
        appendTwoDigits(out, day);
    } else {
        // Outside four-digit years Qt's own form is as good as any; such a
        // value does not round-trip through fromIsoString.
        const QString text = date.toString(Qt::ISODate);
        for (QChar c : text)
            *out++ = c.unicode();
    }
    // An offset means nothing without a time of day, so a date-only value is
    // written as a date whatever its offset.
    if (secondOfDay) {
        const int seconds = *secondOfDay;
        *out++ = u'T';
        appendTwoDigits(out, seconds / 3600);
        *out++ = u':';
        appendTwoDigits(out, seconds / 60 % 60);
        *out++ = u':';
        appendTwoDigits(out, seconds % 60);
        if (utcOffsetSeconds) {
            const int offset = *utcOffsetSeconds;
            if (offset == 0) {
                *out++ = u'Z';
            } else {
                // Sub-minute offsets (historical local mean time) cannot be
                // written in this form; their seconds are dropped.
                const int magnitude = offset < 0 ? -offset : offset;
                *out++ = offset < 0 ? u'-' : u'+';
                appendTwoDigits(out, magnitude / 3600);
                *out++ = u':';
                appendTwoDigits(out, magnitude / 60 % 60);
            }
        }
    }
    return QStringView(buffer, out - buffer).toString();
}

std::optional<Moment> Moment::fromIsoString(QStringView text)
{
    // yyyy-MM-dd
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int year = fixedNumber(text, 0, 4);
    const int month = fixedNumber(text, 5, 2);
    const int day = fixedNumber(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    Moment moment;
    moment.date = QDate(year, month, day);
    if (!moment.date.isValid())
        return std::nullopt;
    if (text.size() == 10)
        return moment;

    // THH:mm:ss
    if (text.size() < 19 || text[10] != u'T' || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    const int hour = fixedNumber(text, 11, 2);
    const int minute = fixedNumber(text, 14, 2);
    const int second = fixedNumber(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    moment.secondOfDay = hour * 3600 + minute * 60 + second;

    // Optional fraction, dropped: storage keeps whole seconds.
    qsizetype pos = 19;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        const qsizetype digitsFrom = pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos == digitsFrom)
            return std::nullopt;
    }
    if (pos == text.size())
        return moment;

    // Z or ±HH:mm
    if (text[pos] == u'Z' && pos + 1 == text.size()) {
        moment.utcOffsetSeconds = 0;
        return moment;
    }
    const QChar sign = text[pos];
    if ((sign != u'+' && sign != u'-') || text.size() != pos + 6 || text[pos + 3] != u':')
        return std::nullopt;
    const int offsetHours = fixedNumber(text, pos + 1, 2);
    const int offsetMinutes = fixedNumber(text, pos + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
        return std::nullopt;
    const int offset = offsetHours * 3600 + offsetMinutes * 60;
    moment.utcOffsetSeconds = sign == u'-' ? -offset : offset;
    return moment;
}

Moment Moment::fromDate(QDate date)
{
    Moment moment;
    moment.date = date;
    return moment;
}

Moment Moment::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return Moment();
    // Local time depends on the machine that reads the value, so it is pinned
    // to UTC; a time-zone value keeps the offset in force at that instant,
    // like an offset value, so the calendar day stays the one it was written
    // on.
    const QDateTime value = dateTime.timeSpec() == Qt::LocalTime ? dateTime.toUTC() : dateTime;
    Moment moment;
    moment.date = value.date();
    moment.secondOfDay = value.time().msecsSinceStartOfDay() / 1000;
    moment.utcOffsetSeconds = value.offsetFromUtc();
    return moment;
}

} // namespace Yardstick
