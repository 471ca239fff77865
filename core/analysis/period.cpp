// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

namespace Yardstick {

namespace {

Period weekContaining(QDate date)
{
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return {monday, monday.addDays(6)};
}

Period monthsContaining(QDate date, int monthsPerPeriod)
{
    const int firstMonth = (date.month() - 1) / monthsPerPeriod * monthsPerPeriod + 1;
    const QDate start(date.year(), firstMonth, 1);
    return {start, start.addMonths(monthsPerPeriod).addDays(-1)};
}

} // namespace

QString periodKindKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return QStringLiteral("week");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    }
    Q_UNREACHABLE();
}

std::optional<PeriodKind> periodKindFromKey(QStringView key)
{
    // Lenient like the other model keys: surrounding blanks and case are ignored.
    const QStringView k = key.trimmed();
    for (PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter}) {
        if (k.compare(periodKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

Period periodContaining(PeriodKind kind, QDate date)
{
    if (!date.isValid())
        return {};
    switch (kind) {
    case PeriodKind::Week:
        return weekContaining(date);
    case PeriodKind::Month:
        return monthsContaining(date, 1);
    case PeriodKind::Quarter:
        return monthsContaining(date, 3);
    }
    return {};
}

Period nextPeriod(PeriodKind kind, const Period &period)
{
    if (!period.isValid())
        return {};
    return periodContaining(kind, period.end.addDays(1));
}

Period previousPeriod(PeriodKind kind, const Period &period)
{
    if (!period.isValid())
        return {};
    return periodContaining(kind, period.start.addDays(-1));
}

QString periodLabel(PeriodKind kind, const Period &period)
{
    if (!period.isValid())
        return {};
    const QDate start = period.start;
    switch (kind) {
    case PeriodKind::Week: {
        // The ISO week-numbering year, not the calendar year: 2024-12-30 is 2025-W01.
        int isoYear = 0;
        const int week = start.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case PeriodKind::Month:
        return QStringLiteral("%1-%2")
            .arg(start.year())
            .arg(start.month(), 2, 10, QLatin1Char('0'));
    case PeriodKind::Quarter:
        return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    }
    return {};
}

std::optional<PeriodKind> kindOfPeriod(const Period &period)
{
    for (const PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter}) {
        if (periodContaining(kind, period.start) == period)
            return kind;
    }
    return std::nullopt;
}

} // namespace Yardstick
