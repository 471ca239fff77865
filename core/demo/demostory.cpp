// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostory.h"

#include <algorithm>

namespace Yardstick {

namespace {
// New processes, training and the backlog clearance took about two months
// to show fully; an overnight drop would look fabricated.
constexpr int kRampWeeks = 10;
// Long enough after the last week that only a handful of the slowest
// applications are still open when the log is cut.
constexpr int kExtractionDelayDays = 28;
} // namespace

QDate DemoStory::firstWeekStart()
{
    return QDate(2023, 1, 2); // a Monday
}

int DemoStory::weekCount()
{
    return 156; // three years of weeks
}

QDate DemoStory::programmeStart()
{
    return QDate(2024, 3, 4); // a Monday, week 61
}

int DemoStory::programmeWeek()
{
    return weekOf(programmeStart());
}

QDate DemoStory::weekStart(int week)
{
    return firstWeekStart().addDays(7 * qint64(week));
}

int DemoStory::weekOf(const QDate &date)
{
    const qint64 days = firstWeekStart().daysTo(date);
    return int(days >= 0 ? days / 7 : (days - 6) / 7);
}

QDateTime DemoStory::extractedAt()
{
    return QDateTime(weekStart(weekCount()).addDays(kExtractionDelayDays), QTime(6, 0), Qt::UTC);
}

double DemoStory::programmeEffect(int week)
{
    const double x = std::clamp(double(week - programmeWeek() + 1) / kRampWeeks, 0.0, 1.0);
    return x * x * (3.0 - 2.0 * x); // smoothstep: slow start, fast middle, slow finish
}

QList<DemoStory::Headline> DemoStory::headlines()
{
    // Turnaround before/after from DOMAIN.md; volumes and right-first-time
    // rates are plausible for a card division of this size.
    return {
        {QStringLiteral("APP"), QStringLiteral("NAC"), 35, 15, 0.35, 170, 0.80, 0.93},
        {QStringLiteral("REP"), QStringLiteral("CPR"), 15, 2, 0.45, 120, 0.90, 0.97},
        {QStringLiteral("INQ"), QStringLiteral("CSV"), 16, 10, 0.40, 230, 0.72, 0.89},
    };
}

double DemoStory::blend(double before, double after, int week)
{
    const double effect = programmeEffect(week);
    return before + (after - before) * effect;
}

} // namespace Yardstick
