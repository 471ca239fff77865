// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace Yardstick {

// The reporting periods of the scorecard. Weeks are ISO weeks (Monday to
// Sunday); months and quarters are calendar ones.
enum class PeriodKind
{
    Week,
    Month,
    Quarter,
};

// "week", "month", "quarter".
QString periodKindKey(PeriodKind kind);
std::optional<PeriodKind> periodKindFromKey(QStringView key);

// One period: first and last day, both inclusive.
struct Period
{
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid(); }
    bool contains(QDate date) const { return date >= start && date <= end; }
    friend bool operator==(const Period &, const Period &) = default;
};

Period periodContaining(PeriodKind kind, QDate date);
Period nextPeriod(PeriodKind kind, const Period &period);
Period previousPeriod(PeriodKind kind, const Period &period);
// "2025-W05" (ISO week-numbering year), "2025-02", "2025-Q1".
QString periodLabel(PeriodKind kind, const Period &period);

// Which kind of period this is, when it is one whole week, month or quarter.
std::optional<PeriodKind> kindOfPeriod(const Period &period);

// Finds which of a run of consecutive periods holds a day (as a Julian day).
class PeriodLocator final
{
public:
    explicit PeriodLocator(const QList<Period> &periods)
    {
        if (periods.isEmpty())
            return;
        m_firstDay = periods.constFirst().start.toJulianDay();
        m_lastDay = periods.constLast().end.toJulianDay();
        // A day-by-day table: a case's period is one load rather than a
        // binary search, which showed at the top of the import's profile
        // (millions of cases, each placed in three kinds of period). Three
        // years are about 1,100 entries.
        m_indexOfDay.assign(size_t(m_lastDay - m_firstDay + 1), -1);
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const qint64 start = periods.at(i).start.toJulianDay();
            const qint64 end = periods.at(i).end.toJulianDay();
            for (qint64 day = start; day <= end; ++day)
                m_indexOfDay[size_t(day - m_firstDay)] = int(i);
        }
    }

    // Index of the period holding the day, or -1.
    int indexOf(qint64 julianDay) const
    {
        if (m_indexOfDay.empty() || julianDay < m_firstDay || julianDay > m_lastDay)
            return -1;
        return m_indexOfDay[size_t(julianDay - m_firstDay)];
    }

private:
    std::vector<int> m_indexOfDay;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = -1;
};

} // namespace Yardstick
