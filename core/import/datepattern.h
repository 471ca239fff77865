// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moment.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// An explicit date pattern in Qt's notation, for dates no automatic format
// reads: "d/M/yyyy H:mm", "dd.MM.yy", "d MMM yyyy h:mm AP". Understood: d dd
// (day), M MM (month), MMM MMMM (English month abbreviation or name, any case),
// yy yyyy (year; a two-digit year 00-68 is 2000-2068 and 69-99 is 1969-1999,
// as POSIX reads them), H HH (hour 0-23), h hh (hour, 1-12 with AP), m mm
// (minute), s ss (second), AP/ap/A/a (AM or PM), ddd/dddd (a day name,
// skipped), text in single quotes; any other character stands for itself
// and a space for one or more spaces. Compiled once, then fast per value.
class DatePattern final
{
public:
    // Nullopt when the pattern uses letters Yardstick does not read, or lacks
    // a day, a month or a year.
    static std::optional<DatePattern> compile(QStringView pattern);

    const QString &text() const { return m_text; }
    // The value read with this pattern (spaces around it ignored); nullopt
    // when it does not match or is not a valid date and time.
    std::optional<Moment> parse(QStringView value) const;

private:
    enum class Kind
    {
        Literal,
        Spaces,
        Day,
        DayName,
        Month,
        MonthName,
        Year2,
        Year4,
        Hour24,
        Hour12,
        Minute,
        Second,
        Meridiem,
    };
    struct Token
    {
        Kind kind = Kind::Literal;
        int minDigits = 1; // for numbers
        QString text;      // for literals
    };

    QString m_text;
    QList<Token> m_tokens;
    bool m_hasTime = false;
};

} // namespace Yardstick
