// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateparser.h"

#include <QStringView>

#include <optional>

namespace Yardstick {

// Decides a column's date format value by value, so a whole file can be
// looked at in constant memory: a day above 12 on the last row decides as
// well as one on the first. The rules are detectDateFormat's.
class DateFormatDetector final
{
public:
    // Empty (or blank) values are ignored; so should the caller ignore the
    // words that mean "no value".
    void add(QStringView value);

    std::optional<DateFormatGuess> result() const;
    // True when more values can no longer choose another format to read
    // with: at most they make the column unreadable, and the import then
    // rejects those rows where they stand. An ambiguous column (no day or
    // month above 12 yet) is never settled.
    bool isSettled() const;
    bool sawAny() const { return m_sawIso || m_sawOther || m_unreadable; }

private:
    bool m_sawIso = false;
    bool m_sawOther = false;
    bool m_sawOrdered = false;
    bool m_unreadable = false;
    bool m_allDayFirst = true;
    bool m_allMonthFirst = true;
    bool m_firstAboveTwelve = false;
    bool m_secondAboveTwelve = false;
};

} // namespace Yardstick
