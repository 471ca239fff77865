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
        m_ends.reserve(periods.size());
        for (const Period &p : periods)
            m_ends.push_back(p.end.toJulianDay());
        if (!periods.isEmpty())
            m_firstStart = periods.constFirst().start.toJulianDay();
    }

    // Index of the period holding the day, or -1.
    int indexOf(qint64 julianDay) const
    {
        if (m_ends.empty() || julianDay < m_firstStart || julianDay > m_ends.back())
            return -1;
        return int(std::lower_bound(m_ends.begin(), m_ends.end(), julianDay) - m_ends.begin());
    }

private:
    std::vector<qint64> m_ends;
    qint64 m_firstStart = 0;
};

} // namespace Yardstick
