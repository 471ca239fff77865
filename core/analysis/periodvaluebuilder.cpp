// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluebuilder.h"

#include "analysis/compliancedata.h"
#include "analysis/standardseries.h"

#include <algorithm>
#include <map>

namespace Yardstick {

namespace {

// One case's value for a kind of standard, with what places it in a bucket.
struct PlacedValue
{
    double value = 0;
    qint32 completedDay = 0;
    qint64 departmentId = 0;
};

// Standards that read the same value from a case: the same metric and, for
// turnarounds, the same day basis (see caseValue).
QString valueKey(const Standard &standard)
{
    if (standard.metric == Metric::RightFirstTimePct)
        return metricKey(standard.metric);
    return metricKey(standard.metric) + QLatin1Char('/') + dayBasisKey(standard.dayBasis);
}

// Every counting case's value, sorted once: dealt out in this order, each
// period's bucket comes out sorted, for every period kind and department,
// with exactly the values (and so the sums) standardSeries sorts itself.
std::vector<PlacedValue> sortedValues(const Standard &standard, const std::vector<CaseFact> &facts,
                                      const BusinessCalendar &calendar)
{
    const bool rightFirstTime = standard.metric == Metric::RightFirstTimePct;
    std::vector<PlacedValue> values;
    values.reserve(facts.size());
    for (const CaseFact &fact : facts) {
        if (rightFirstTime && fact.rightFirstTime < 0)
            continue;
        values.push_back(
            {caseValue(standard, calendar, fact), fact.completedDay, fact.departmentId});
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const PlacedValue &a, const PlacedValue &b) { return a.value < b.value; });
    return values;
}

using Buckets = std::vector<std::vector<double>>;

// The values of each period, for the whole service and per department.
struct DealtValues
{
    Buckets all;
    std::map<qint64, Buckets> byDepartment;
};

DealtValues deal(const std::vector<PlacedValue> &values, const QList<Period> &periods)
{
    DealtValues dealt;
    dealt.all.resize(periods.size());
    const PeriodLocator locator(periods);
    for (const PlacedValue &v : values) {
        const int index = locator.indexOf(v.completedDay);
        if (index < 0)
            continue;
        dealt.all[index].push_back(v.value);
        if (v.departmentId != 0) {
            Buckets &department = dealt.byDepartment[v.departmentId];
            if (department.empty())
                department.resize(periods.size());
            department[index].push_back(v.value);
        }
    }
    return dealt;
}

void appendRows(const Standard &standard, PeriodKind kind, const QList<Period> &periods,
                const Buckets &buckets, qint64 departmentId, std::vector<PeriodValueRow> &rows)
{
    // The right-first-time rate is the mean of 100s and 0s.
    const Statistic statistic =
        standard.metric == Metric::RightFirstTimePct ? Statistic::mean() : standard.statistic;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const std::vector<double> &bucket = buckets[size_t(i)];
        if (!bucket.empty())
            rows.push_back({standard.id, kind, periods.at(i).start, departmentId,
                            evaluateSorted(statistic, bucket), qint64(bucket.size())});
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

    QList<QList<Period>> periodsOfKind;
    for (const PeriodKind kind : kStoredPeriodKinds) {
        const QList<Period> periods =
            periodsBetween(kind, result.firstCompleted, result.lastCompleted);
        periodsOfKind.append(periods);
        std::vector<qint64> counts(size_t(periods.size()), 0);
        const PeriodLocator locator(periods);
        for (const CaseFact &fact : facts)
            ++counts[size_t(locator.indexOf(fact.completedDay))];
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (counts[size_t(i)] > 0)
                result.caseCounts.push_back({kind, periods.at(i).start, counts[size_t(i)]});
        }
    }

    // Standards grouped by the value they read, so each value is computed
    // and sorted once.
    std::map<QString, QList<Standard>> byValue;
    for (const Standard &s : standards) {
        if (s.serviceId == serviceId && isCaseDerived(s))
            byValue[valueKey(s)].append(s);
    }
    for (const auto &[key, group] : byValue) {
        const std::vector<PlacedValue> values = sortedValues(group.constFirst(), facts, calendar);
        for (qsizetype k = 0; k < periodsOfKind.size(); ++k) {
            const PeriodKind kind = kStoredPeriodKinds[k];
            const QList<Period> &periods = periodsOfKind.at(k);
            const DealtValues dealt = deal(values, periods);
            for (const Standard &standard : group) {
                appendRows(standard, kind, periods, dealt.all, 0, result.values);
                for (const auto &[departmentId, buckets] : dealt.byDepartment)
                    appendRows(standard, kind, periods, buckets, departmentId, result.values);
            }
        }
    }
    return result;
}

} // namespace Yardstick
