// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

namespace Yardstick {

namespace {

// Reads a value left to right. Hand-written because an import parses two
// million values and QDateTime::fromString costs microseconds each.
class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_pos(text.data())
        , m_end(text.data() + text.size())
    {}

    bool atEnd() const { return m_pos == m_end; }
    char16_t peek() const { return atEnd() ? u'\0' : m_pos->unicode(); }

    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // A number of minDigits..maxDigits digits (as many as there are), or -1.
    int number(int minDigits, int maxDigits)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && !atEnd() && isDigit(peek())) {
            value = value * 10 + (peek() - u'0');
            ++m_pos;
            ++count;
        }
        return count >= minDigits ? value : -1;
    }

    bool skipDigits()
    {
        const QChar *from = m_pos;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        return m_pos != from;
    }

    bool skipSpaces()
    {
        const QChar *from = m_pos;
        while (peek() == u' ')
            ++m_pos;
        return m_pos != from;
    }

private:
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

    const QChar *m_pos;
    const QChar *m_end;
};

std::optional<int> secondOfDay(int hour, int minute, int second)
{
    // 24:00 is refused: the next day's midnight should be written as such.
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    return hour * 3600 + minute * 60 + second;
}

// hh:mm[:ss], the hour with one or two digits. With allowFraction a fraction
// of a second may follow the seconds; it is dropped.
std::optional<int> readTime(Cursor &cursor, bool allowFraction)
{
    const int hour = cursor.number(1, 2);
    if (hour < 0 || !cursor.take(u':'))
        return std::nullopt;
    const int minute = cursor.number(2, 2);
    int second = 0;
    if (cursor.take(u':')) {
        second = cursor.number(2, 2);
        if (allowFraction && (cursor.take(u'.') || cursor.take(u',')) && !cursor.skipDigits())
            return std::nullopt;
    }
    return secondOfDay(hour, minute, second);
}

std::optional<Moment> parseIso(QStringView text)
{
    Cursor cursor(text);
    // Month and day may have one digit: a four-digit year first already says
    // which is which, so leniency costs nothing.
    const int year = cursor.number(4, 4);
    if (year < 0 || !cursor.take(u'-'))
        return std::nullopt;
    const int month = cursor.number(1, 2);
    if (month < 0 || !cursor.take(u'-'))
        return std::nullopt;
    const int day = cursor.number(1, 2);
    if (day < 0)
        return std::nullopt;
    Moment moment;
    moment.date = QDate(year, month, day);
    if (!moment.date.isValid())
        return std::nullopt;
    if (cursor.atEnd())
        return moment;

    if (!cursor.take(u'T') && !cursor.take(u't') && !cursor.skipSpaces())
        return std::nullopt;
    moment.secondOfDay = readTime(cursor, true);
    if (!moment.secondOfDay)
        return std::nullopt;
    if (cursor.atEnd())
        return moment;

    if (cursor.take(u'Z') || cursor.take(u'z')) {
        moment.utcOffsetSeconds = 0;
    } else {
        const char16_t sign = cursor.peek();
        if (sign != u'+' && sign != u'-')
            return std::nullopt;
        cursor.take(sign);
        // ±hh, ±hhmm or ±hh:mm
        const int hours = cursor.number(2, 2);
        int minutes = 0;
        if (cursor.take(u':'))
            minutes = cursor.number(2, 2);
        else if (!cursor.atEnd())
            minutes = cursor.number(2, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 3600 + minutes * 60;
        moment.utcOffsetSeconds = sign == u'-' ? -offset : offset;
    }
    if (!cursor.atEnd())
        return std::nullopt;
    return moment;
}

// The shape shared by day-first and month-first values: two numbers and a
// four-digit year joined by one separator, then an optional time.
struct NumericDate
{
    int first = 0;
    int second = 0;
    int year = 0;
    std::optional<int> secondOfDay;
};

std::optional<NumericDate> readNumericDate(QStringView text)
{
    Cursor cursor(text);
    NumericDate value;
    value.first = cursor.number(1, 2);
    const char16_t separator = cursor.peek();
    if (value.first < 0 || (separator != u'/' && separator != u'-' && separator != u'.'))
        return std::nullopt;
    cursor.take(separator);
    value.second = cursor.number(1, 2);
    if (value.second < 0 || !cursor.take(separator))
        return std::nullopt;
    value.year = cursor.number(4, 4);
    if (value.year < 0)
        return std::nullopt;
    if (!cursor.atEnd()) {
        if (!cursor.skipSpaces())
            return std::nullopt;
        value.secondOfDay = readTime(cursor, false);
        if (!value.secondOfDay || !cursor.atEnd())
            return std::nullopt;
    }
    return value;
}

std::optional<Moment> toMoment(const NumericDate &value, DateFormat format)
{
    const bool dayFirst = format == DateFormat::DayMonthYear;
    Moment moment;
    moment.date = QDate(value.year, dayFirst ? value.second : value.first,
                        dayFirst ? value.first : value.second);
    if (!moment.date.isValid())
        return std::nullopt;
    moment.secondOfDay = value.secondOfDay;
    return moment;
}

} // namespace

QString dateFormatKey(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("auto");
    case DateFormat::Iso:
        return QStringLiteral("iso");
    case DateFormat::DayMonthYear:
        return QStringLiteral("dd/mm/yyyy");
    case DateFormat::MonthDayYear:
        return QStringLiteral("mm/dd/yyyy");
    }
    return QString();
}

std::optional<DateFormat> dateFormatFromKey(QStringView key)
{
    for (DateFormat format :
         {DateFormat::Auto, DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear}) {
        // A person types these on the command line; "DD/MM/YYYY" means the
        // same.
        if (key.compare(dateFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<Moment> parseDate(QStringView text, DateFormat format)
{
    const QStringView value = text.trimmed();
    switch (format) {
    case DateFormat::Iso:
        return parseIso(value);
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear:
        if (const std::optional<NumericDate> numeric = readNumericDate(value))
            return toMoment(*numeric, format);
        return std::nullopt;
    case DateFormat::Auto:
        break;
    }
    return std::nullopt;
}

std::optional<DateFormatGuess> detectDateFormat(const QStringList &samples)
{
    bool sawIso = false;
    bool sawOther = false;
    bool allDayFirst = true;
    bool allMonthFirst = true;
    bool firstAboveTwelve = false;
    bool secondAboveTwelve = false;
    for (const QString &sample : samples) {
        const QStringView value = QStringView(sample).trimmed();
        if (value.isEmpty())
            continue;
        if (parseIso(value)) {
            sawIso = true;
            continue;
        }
        sawOther = true;
        const std::optional<NumericDate> numeric = readNumericDate(value);
        if (!numeric)
            return std::nullopt; // no format reads this one
        firstAboveTwelve = firstAboveTwelve || numeric->first > 12;
        secondAboveTwelve = secondAboveTwelve || numeric->second > 12;
        allDayFirst = allDayFirst && toMoment(*numeric, DateFormat::DayMonthYear).has_value();
        allMonthFirst = allMonthFirst && toMoment(*numeric, DateFormat::MonthDayYear).has_value();
    }
    // No values at all: nothing contradicts ISO, and nothing will be parsed.
    if (!sawOther)
        return DateFormatGuess{DateFormat::Iso, false};
    // An ISO value never has the day-first/month-first shape, and vice versa.
    if (sawIso)
        return std::nullopt;
    if (firstAboveTwelve && allDayFirst)
        return DateFormatGuess{DateFormat::DayMonthYear, false};
    if (secondAboveTwelve && allMonthFirst)
        return DateFormatGuess{DateFormat::MonthDayYear, false};
    if (allDayFirst && allMonthFirst)
        return DateFormatGuess{DateFormat::DayMonthYear, true};
    return std::nullopt;
}

} // namespace Yardstick
