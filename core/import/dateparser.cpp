// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include "dateformatdetector.h"

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
    QStringView rest() const { return QStringView(m_pos, m_end); }
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

// A 12-hour clock's AM or PM after a time (spaces before it allowed): the
// hour of day, or nullopt when the hour is not 1..12.
std::optional<int> applyMeridiem(Cursor &cursor, int hour, bool &ok)
{
    ok = true;
    cursor.skipSpaces();
    const char16_t first = cursor.peek();
    bool pm = false;
    if (first == u'P' || first == u'p')
        pm = true;
    else if (first != u'A' && first != u'a')
        return hour; // no AM/PM
    cursor.take(first);
    if (!cursor.take(u'M') && !cursor.take(u'm')) {
        ok = false;
        return std::nullopt;
    }
    if (hour < 1 || hour > 12) {
        ok = false;
        return std::nullopt;
    }
    return (hour % 12) + (pm ? 12 : 0);
}

// h:mm[:ss] with an optional AM/PM, up to the end of the value.
std::optional<int> readClock(Cursor &cursor)
{
    int hour = cursor.number(1, 2);
    if (hour < 0 || !cursor.take(u':'))
        return std::nullopt;
    const int minute = cursor.number(2, 2);
    int second = 0;
    if (cursor.take(u':'))
        second = cursor.number(2, 2);
    if (!cursor.atEnd()) {
        bool ok = true;
        const std::optional<int> hourOfDay = applyMeridiem(cursor, hour, ok);
        if (!ok || !hourOfDay || !cursor.atEnd())
            return std::nullopt;
        hour = *hourOfDay;
    }
    return secondOfDay(hour, minute, second);
}

// The month of an English abbreviation or name, any case ("Sep", "sept",
// "SEPTEMBER"); 0 when the letters name none.
int monthFromName(QStringView letters)
{
    static const char *const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    if (letters.size() < 3)
        return 0;
    for (int month = 1; month <= 12; ++month) {
        const QLatin1StringView name(names[month - 1]);
        if (letters.size() > name.size())
            continue;
        if (letters.compare(name.left(letters.size()), Qt::CaseInsensitive) != 0)
            continue;
        // The three-letter abbreviation, "Sept", or the whole name.
        if (letters.size() == 3 || letters.size() == name.size() ||
            (month == 9 && letters.size() == 4))
            return month;
    }
    return 0;
}

// The shape shared by the non-ISO values: two numbers and a four-digit year,
// then an optional time. An ordered value (d/m/yyyy or m/d/yyyy) leaves the
// order of its two numbers to the format; a value that says its own order
// (yyyy/m/d, d-Mon-yyyy, d Mon yyyy) has first = day, second = month.
struct NumericDate
{
    int first = 0;
    int second = 0;
    int year = 0;
    bool ordered = true;
    std::optional<int> secondOfDay;
};

bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

std::optional<NumericDate> readNumericDate(QStringView text)
{
    Cursor cursor(text);
    NumericDate value;
    Cursor yearFirst = cursor;
    if (const int year = yearFirst.number(4, 4); year >= 0 && yearFirst.take(u'/')) {
        // yyyy/m/d
        cursor = yearFirst;
        value.year = year;
        value.ordered = false;
        value.second = cursor.number(1, 2);
        if (value.second < 0 || !cursor.take(u'/'))
            return std::nullopt;
        value.first = cursor.number(1, 2);
        if (value.first < 0)
            return std::nullopt;
    } else {
        value.first = cursor.number(1, 2);
        const char16_t separator = cursor.peek();
        if (value.first < 0 ||
            (separator != u'/' && separator != u'-' && separator != u'.' && separator != u' '))
            return std::nullopt;
        if (separator == u' ')
            cursor.skipSpaces();
        else
            cursor.take(separator);
        if (isLetter(cursor.peek())) {
            // d-Mon-yyyy, d Mon yyyy
            Cursor from = cursor;
            qsizetype length = 0;
            while (isLetter(cursor.peek())) {
                cursor.take(cursor.peek());
                ++length;
            }
            value.second = monthFromName(from.rest().left(length));
            value.ordered = false;
            if (value.second == 0)
                return std::nullopt;
        } else {
            if (separator == u' ')
                return std::nullopt;
            value.second = cursor.number(1, 2);
            if (value.second < 0)
                return std::nullopt;
        }
        if (separator == u' ' ? !cursor.skipSpaces() : !cursor.take(separator))
            return std::nullopt;
        value.year = cursor.number(4, 4);
        if (value.year < 0)
            return std::nullopt;
    }
    if (!cursor.atEnd()) {
        if (!cursor.skipSpaces())
            return std::nullopt;
        value.secondOfDay = readClock(cursor);
        if (!value.secondOfDay || !cursor.atEnd())
            return std::nullopt;
    }
    return value;
}

std::optional<Moment> toMoment(const NumericDate &value, DateFormat format)
{
    const bool dayFirst = !value.ordered || format == DateFormat::DayMonthYear;
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
    case DateFormat::Pattern:
        return QStringLiteral("pattern");
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
    case DateFormat::Pattern:
        break;
    }
    return std::nullopt;
}

std::optional<DateEvidence> dateEvidence(QStringView text)
{
    const QStringView value = text.trimmed();
    DateEvidence evidence;
    // An ISO value starts with a four-digit year and a dash.
    if (value.size() >= 5 && value.at(4) == u'-') {
        evidence.iso = true;
        evidence.isoValid = parseIso(value).has_value();
        if (evidence.isoValid)
            return evidence;
    }
    const std::optional<NumericDate> numeric = readNumericDate(value);
    if (!numeric)
        return evidence.iso ? std::optional<DateEvidence>(evidence) : std::nullopt;
    evidence.iso = false;
    evidence.ordered = numeric->ordered;
    evidence.dayFirst = toMoment(*numeric, DateFormat::DayMonthYear).has_value();
    evidence.monthFirst = toMoment(*numeric, DateFormat::MonthDayYear).has_value();
    evidence.firstAboveTwelve = numeric->ordered && numeric->first > 12;
    evidence.secondAboveTwelve = numeric->ordered && numeric->second > 12;
    return evidence;
}

std::optional<DateFormatGuess> detectDateFormat(const QStringList &samples)
{
    DateFormatDetector detector;
    for (const QString &sample : samples)
        detector.add(sample);
    return detector.result();
}

} // namespace Yardstick
