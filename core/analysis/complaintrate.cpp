// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintrate.h"

#include <algorithm>

namespace Yardstick {

namespace {

// Adds one to the period holding the Julian day, if any: a binary search, as
// a service can have a million cases.
void countDay(qint64 day, const std::vector<qint64> &starts, const QList<Period> &periods,
              QList<int> &counts)
{
    const auto after = std::upper_bound(starts.cbegin(), starts.cend(), day);
    if (after == starts.cbegin())
        return;
    const auto at = std::distance(starts.cbegin(), after) - 1;
    if (day <= periods.at(at).end.toJulianDay())
        ++counts[at];
}

std::vector<qint64> startsOf(const QList<Period> &periods)
{
    std::vector<qint64> starts;
    starts.reserve(std::size_t(periods.size()));
    for (const Period &period : periods)
        starts.push_back(period.start.toJulianDay());
    return starts;
}

} // namespace

QList<int> linkedComplaintCounts(const Standard &standard, const ComplianceData &data,
                                 const QList<Period> &periods)
{
    QList<int> counts(periods.size(), 0);
    const auto days = data.linkedComplaintDays.constFind(standard.id);
    if (days == data.linkedComplaintDays.cend())
        return counts;
    const std::vector<qint64> starts = startsOf(periods);
    for (const QDate &day : *days)
        countDay(day.toJulianDay(), starts, periods, counts);
    return counts;
}

QList<int> completedCaseCounts(qint64 serviceId, const ComplianceData &data,
                               const QList<Period> &periods)
{
    QList<int> counts(periods.size(), 0);
    const auto facts = data.completedCasesByService.constFind(serviceId);
    if (facts == data.completedCasesByService.cend()) {
        if (!data.stored.covers(serviceId))
            return counts;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (const std::optional<PeriodKind> kind = kindOfPeriod(periods.at(i)))
                counts[i] = int(data.stored.caseCount(serviceId, *kind, periods.at(i).start));
        }
        return counts;
    }
    const std::vector<qint64> starts = startsOf(periods);
    for (const CaseFact &fact : *facts)
        countDay(fact.completedDay, starts, periods, counts);
    return counts;
}

std::optional<double> complaintsPer1000(int complaints, int cases)
{
    if (cases <= 0)
        return std::nullopt;
    return double(complaints) / double(cases) * 1000.0;
}

} // namespace Yardstick
