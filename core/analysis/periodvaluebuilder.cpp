// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluebuilder.h"

#include "analysis/complaintrate.h"
#include "analysis/standardseries.h"

#include <algorithm>
#include <map>

namespace Yardstick {

namespace {

// The values of every standard over the cases in `data` (one service, maybe
// one department's cases only), for every period between first and last.
void appendValues(const ComplianceData &data, qint64 departmentId, QDate first, QDate last,
                  std::vector<PeriodValueRow> &rows)
{
    for (const PeriodKind kind : kStoredPeriodKinds) {
        const QList<Period> periods = periodsBetween(kind, first, last);
        // Standards reading the same case values share one bucketing.
        CaseValueCache cache;
        for (const Standard &standard : data.standards) {
            const QList<PeriodValue> series = standardSeries(standard, data, periods, &cache);
            for (const PeriodValue &v : series) {
                if (v.n.value_or(0) > 0)
                    rows.push_back(
                        {standard.id, kind, v.period.start, departmentId, v.value, *v.n});
            }
        }
    }
}

} // namespace

ServicePeriodValues buildServicePeriodValues(qint64 serviceId, const QList<Standard> &standards,
                                             std::vector<CaseFact> facts,
                                             const BusinessCalendar &calendar)
{
    ServicePeriodValues result;
    result.serviceId = serviceId;
    if (facts.empty())
        return result;
    const auto [firstFact, lastFact] =
        std::minmax_element(facts.cbegin(), facts.cend(), [](const CaseFact &a, const CaseFact &b) {
            return a.completedDay < b.completedDay;
        });
    result.firstCompleted = QDate::fromJulianDay(firstFact->completedDay);
    result.lastCompleted = QDate::fromJulianDay(lastFact->completedDay);

    ComplianceData data;
    data.calendar = calendar;
    for (const Standard &s : standards) {
        if (s.serviceId == serviceId && isCaseDerived(s))
            data.standards.append(s);
    }

    // Each department's cases apart, in their stored order, so a department's
    // buckets hold the same values departmentSeries would pick out.
    std::map<qint64, std::vector<CaseFact>> byDepartment;
    for (const CaseFact &fact : facts) {
        if (fact.departmentId != 0)
            byDepartment[fact.departmentId].push_back(fact);
    }

    data.completedCasesByService.insert(serviceId, std::move(facts));
    for (const PeriodKind kind : kStoredPeriodKinds) {
        const QList<Period> periods =
            periodsBetween(kind, result.firstCompleted, result.lastCompleted);
        const QList<int> counts = completedCaseCounts(serviceId, data, periods);
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (counts.at(i) > 0)
                result.caseCounts.push_back({kind, periods.at(i).start, counts.at(i)});
        }
    }
    appendValues(data, 0, result.firstCompleted, result.lastCompleted, result.values);
    for (auto &[departmentId, departmentFacts] : byDepartment) {
        data.completedCasesByService.insert(serviceId, std::move(departmentFacts));
        appendValues(data, departmentId, result.firstCompleted, result.lastCompleted,
                     result.values);
    }
    return result;
}

} // namespace Yardstick
