// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datepattern.h"

#include <QDate>

namespace Yardstick {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int monthFromName(QStringView letters)
{
    static const char *const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    for (int month = 1; month <= 12; ++month) {
        const QLatin1StringView name(names[month - 1]);
        if (letters.compare(name, Qt::CaseInsensitive) == 0 ||
            (letters.size() == 3 && letters.compare(name.left(3), Qt::CaseInsensitive) == 0) ||
            (month == 9 && letters.compare(QLatin1StringView("sept"), Qt::CaseInsensitive) == 0))
            return month;
    }
    return 0;
}

} // namespace

std::optional<DatePattern> DatePattern::compile(QStringView pattern)
{
    DatePattern result;
    result.m_text = pattern.toString();
    bool day = false;
    bool month = false;
    bool year = false;
    qsizetype i = 0;
    const auto literal = [&](const QString &text) {
        if (!result.m_tokens.isEmpty() && result.m_tokens.last().kind == Kind::Literal)
            result.m_tokens.last().text += text;
        else
            result.m_tokens.append(Token{Kind::Literal, 0, text});
    };
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            const qsizetype close = pattern.indexOf(u'\'', i + 1);
            if (close < 0)
                return std::nullopt;
            literal(close == i + 1 ? QStringLiteral("'")
                                   : pattern.mid(i + 1, close - i - 1).toString());
            i = close + 1;
            continue;
        }
        if (c == u' ') {
            while (i < pattern.size() && pattern.at(i) == u' ')
                ++i;
            result.m_tokens.append(Token{Kind::Spaces, 0, {}});
            continue;
        }
        if (!isAsciiLetter(c)) {
            literal(QString(c));
            ++i;
            continue;
        }
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern.at(i + run) == c)
            ++run;
        Token token;
        token.minDigits = run >= 2 ? 2 : 1;
        switch (c.unicode()) {
        case u'd':
            if (run > 4)
                return std::nullopt;
            token.kind = run <= 2 ? Kind::Day : Kind::DayName;
            day = day || run <= 2;
            break;
        case u'M':
            if (run > 4)
                return std::nullopt;
            token.kind = run <= 2 ? Kind::Month : Kind::MonthName;
            month = true;
            break;
        case u'y':
            if (run != 2 && run != 4)
                return std::nullopt;
            token.kind = run == 2 ? Kind::Year2 : Kind::Year4;
            year = true;
            break;
        case u'H':
        case u'h':
        case u'm':
        case u's':
            if (run > 2)
                return std::nullopt;
            token.kind = c == u'H'   ? Kind::Hour24
                         : c == u'h' ? Kind::Hour12
                         : c == u'm' ? Kind::Minute
                                     : Kind::Second;
            result.m_hasTime = true;
            break;
        case u'A':
        case u'a':
            // "AP", "ap", "A" or "a"
            run =
                (i + 1 < pattern.size() && (pattern.at(i + 1) == u'P' || pattern.at(i + 1) == u'p'))
                    ? 2
                    : 1;
            token.kind = Kind::Meridiem;
            break;
        default:
            return std::nullopt;
        }
        result.m_tokens.append(token);
        i += run;
    }
    if (!day || !month || !year)
        return std::nullopt;
    return result;
}

std::optional<Moment> DatePattern::parse(QStringView text) const
{
    const QStringView value = text.trimmed();
    qsizetype pos = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::optional<bool> pm;
    bool twelveHour = false;
    const auto number = [&](int minDigits, int maxDigits) {
        int result = 0;
        int count = 0;
        while (count < maxDigits && pos < value.size() && isDigit(value.at(pos))) {
            result = result * 10 + (value.at(pos).unicode() - u'0');
            ++pos;
            ++count;
        }
        return count >= minDigits ? result : -1;
    };
    const auto letters = [&] {
        const qsizetype from = pos;
        while (pos < value.size() && isAsciiLetter(value.at(pos)))
            ++pos;
        return value.mid(from, pos - from);
    };
    for (const Token &token : m_tokens) {
        int read = 0;
        switch (token.kind) {
        case Kind::Literal:
            if (!value.mid(pos).startsWith(token.text))
                return std::nullopt;
            pos += token.text.size();
            continue;
        case Kind::Spaces: {
            const qsizetype from = pos;
            while (pos < value.size() && value.at(pos) == u' ')
                ++pos;
            if (pos == from)
                return std::nullopt;
            continue;
        }
        case Kind::DayName:
            if (letters().isEmpty())
                return std::nullopt;
            continue;
        case Kind::MonthName:
            month = monthFromName(letters());
            if (month == 0)
                return std::nullopt;
            continue;
        case Kind::Meridiem: {
            const QStringView word = letters();
            if (word.compare(QLatin1StringView("am"), Qt::CaseInsensitive) == 0)
                pm = false;
            else if (word.compare(QLatin1StringView("pm"), Qt::CaseInsensitive) == 0)
                pm = true;
            else
                return std::nullopt;
            continue;
        }
        case Kind::Year2:
            read = number(2, 2);
            if (read < 0)
                return std::nullopt;
            year = read <= 68 ? 2000 + read : 1900 + read;
            continue;
        case Kind::Year4:
            read = number(4, 4);
            if (read < 0)
                return std::nullopt;
            year = read;
            continue;
        default:
            break;
        }
        read = number(token.minDigits, 2);
        if (read < 0)
            return std::nullopt;
        switch (token.kind) {
        case Kind::Day:
            day = read;
            break;
        case Kind::Month:
            month = read;
            break;
        case Kind::Hour12:
            twelveHour = true;
            hour = read;
            break;
        case Kind::Hour24:
            hour = read;
            break;
        case Kind::Minute:
            minute = read;
            break;
        case Kind::Second:
            second = read;
            break;
        default:
            break;
        }
    }
    if (pos != value.size())
        return std::nullopt;
    if (pm && twelveHour) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (*pm ? 12 : 0);
    }
    Moment moment;
    moment.date = QDate(year, month, day);
    if (!moment.date.isValid())
        return std::nullopt;
    if (m_hasTime) {
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
        moment.secondOfDay = hour * 3600 + minute * 60 + second;
    }
    return moment;
}

} // namespace Yardstick
