// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannerinputloader.h"

#include "workbench/workbench.h"

#include <algorithm>

namespace Yardstick {

namespace {

// As standardSeries reads a case: calendar or business days, x 24 for hours.
double caseValue(const Standard &standard, const BusinessCalendar &calendar, const CaseFact &fact)
{
    const double days =
        standard.dayBasis == DayBasis::Business
            ? double(calendar.businessDaysBetween(QDate::fromJulianDay(fact.receivedDay),
                                                  QDate::fromJulianDay(fact.completedDay)))
            : fact.calendarDays;
    return standard.metric == Metric::TurnaroundHours ? days * 24.0 : days;
}

} // namespace

QList<Period> PlannerInputLoader::lastPeriods(PeriodKind kind, int periodCount, QDate lastDay)
{
    QList<Period> periods;
    if (!lastDay.isValid() || periodCount < 1)
        return periods;
    Period p = periodContaining(kind, lastDay);
    for (int i = 0; i < periodCount; ++i) {
        periods.prepend(p);
        p = previousPeriod(kind, p);
    }
    return periods;
}

PlannerInput PlannerInputLoader::fromCases(const Standard &standard,
                                           const std::vector<CaseFact> &facts,
                                           const BusinessCalendar &calendar, PeriodKind kind,
                                           const QList<Period> &periods)
{
    PlannerInput input;
    input.standard = standard;
    input.periodKind = kind;
    input.periods = periods;
    input.values.resize(size_t(periods.size()));
    if (periods.isEmpty())
        return input;
    const qint64 first = periods.constFirst().start.toJulianDay();
    const qint64 last = periods.constLast().end.toJulianDay();
    for (const CaseFact &fact : facts) {
        if (fact.completedDay < first || fact.completedDay > last)
            continue;
        const QDate completed = QDate::fromJulianDay(fact.completedDay);
        // Periods are consecutive, so the one holding the day is found by
        // the first end on or after it.
        const auto it = std::lower_bound(
            periods.cbegin(), periods.cend(), completed,
            [](const Period &period, const QDate &day) { return period.end < day; });
        if (it == periods.cend())
            continue;
        input.values[size_t(it - periods.cbegin())].push_back(caseValue(standard, calendar, fact));
    }
    return input;
}

PlannerInput PlannerInputLoader::load(Workbench &workbench, const Standard &standard,
                                      PeriodKind kind, int periodCount)
{
    const auto facts = workbench.cases().completedFacts({standard.serviceId});
    const std::vector<CaseFact> none;
    const std::vector<CaseFact> &cases =
        facts.contains(standard.serviceId) ? *facts.constFind(standard.serviceId) : none;
    QDate latest;
    for (const CaseFact &fact : cases) {
        const QDate day = QDate::fromJulianDay(fact.completedDay);
        if (!latest.isValid() || day > latest)
            latest = day;
    }
    return fromCases(standard, cases, BusinessCalendar(workbench.holidays().days()), kind,
                     lastPeriods(kind, periodCount, latest));
}

} // namespace Yardstick
