// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformatdetector.h"

namespace Yardstick {

void DateFormatDetector::add(QStringView value)
{
    const QStringView text = value.trimmed();
    if (text.isEmpty())
        return;
    const std::optional<DateEvidence> evidence = dateEvidence(text);
    if (!evidence || (evidence->iso && !evidence->isoValid)) {
        m_unreadable = true; // no format reads this one
        return;
    }
    if (evidence->iso) {
        m_sawIso = true;
        return;
    }
    m_sawOther = true;
    m_sawOrdered = m_sawOrdered || evidence->ordered;
    m_firstAboveTwelve = m_firstAboveTwelve || evidence->firstAboveTwelve;
    m_secondAboveTwelve = m_secondAboveTwelve || evidence->secondAboveTwelve;
    m_allDayFirst = m_allDayFirst && evidence->dayFirst;
    m_allMonthFirst = m_allMonthFirst && evidence->monthFirst;
}

std::optional<DateFormatGuess> DateFormatDetector::result() const
{
    if (m_unreadable)
        return std::nullopt;
    // No values at all: nothing contradicts ISO, and nothing will be parsed.
    if (!m_sawOther)
        return DateFormatGuess{DateFormat::Iso, false};
    // An ISO value never has the day-first/month-first shape, and vice versa.
    if (m_sawIso)
        return std::nullopt;
    if (m_firstAboveTwelve && m_allDayFirst)
        return DateFormatGuess{DateFormat::DayMonthYear, false};
    if (m_secondAboveTwelve && m_allMonthFirst)
        return DateFormatGuess{DateFormat::MonthDayYear, false};
    if (m_allDayFirst && m_allMonthFirst)
        return DateFormatGuess{DateFormat::DayMonthYear, m_sawOrdered};
    return std::nullopt;
}

bool DateFormatDetector::isSettled() const
{
    if (m_unreadable || (m_sawIso && !m_sawOther))
        return true;
    return !m_sawIso &&
           ((m_firstAboveTwelve && m_allDayFirst) || (m_secondAboveTwelve && m_allMonthFirst));
}

} // namespace Yardstick
