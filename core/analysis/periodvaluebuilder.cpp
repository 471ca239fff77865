// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluebuilder.h"

#include "analysis/compliancedata.h"
#include "analysis/standardseries.h"

#include <algorithm>
#include <map>
#include <span>

namespace Yardstick {

namespace {

// Standards that read the same value from a case: the same metric and, for
// turnarounds, the same day basis (see caseValue).
QString valueKey(const Standard &standard)
{
    if (standard.metric == Metric::RightFirstTimePct)
        return metricKey(standard.metric);
    return metricKey(standard.metric) + QLatin1Char('/') + dayBasisKey(standard.dayBasis);
}

// Where each case falls, worked out once per service: its period in each
// kind of period and its department's slot (-1 for none).
struct CasePlaces
{
    QList<QList<Period>> periodsOfKind;
    std::vector<std::vector<int>> periodOfCase; // [kind][case]
    std::vector<qint64> departments;            // ascending; slot = index
    std::vector<int> departmentOfCase;          // [case]
};

CasePlaces placeCases(const std::vector<CaseFact> &facts, QDate first, QDate last)
{
    CasePlaces places;
    for (const PeriodKind kind : kStoredPeriodKinds) {
        const QList<Period> periods = periodsBetween(kind, first, last);
        const PeriodLocator locator(periods);
        std::vector<int> indexes(facts.size());
        for (size_t i = 0; i < facts.size(); ++i)
            indexes[i] = locator.indexOf(facts[i].completedDay);
        places.periodsOfKind.append(periods);
        places.periodOfCase.push_back(std::move(indexes));
    }
    for (const CaseFact &fact : facts) {
        if (fact.departmentId != 0)
            places.departments.push_back(fact.departmentId);
    }
    std::sort(places.departments.begin(), places.departments.end());
    places.departments.erase(std::unique(places.departments.begin(), places.departments.end()),
                             places.departments.end());
    places.departmentOfCase.reserve(facts.size());
    for (const CaseFact &fact : facts) {
        const auto at = std::lower_bound(places.departments.cbegin(), places.departments.cend(),
                                         fact.departmentId);
        places.departmentOfCase.push_back(
            fact.departmentId != 0 ? int(at - places.departments.cbegin()) : -1);
    }
    return places;
}

// One case's value for a kind of standard and which case it is.
struct CaseValue
{
    double value = 0;
    int fact = 0;
};

// Every counting case's value, sorted once: dealt out in this order, each
// period's bucket comes out sorted, for every period kind and department,
// with exactly the values (and so the sums) standardSeries sorts itself.
// Equal values are the same number, so their order changes no sum.
std::vector<CaseValue> sortedValues(const Standard &standard, const std::vector<CaseFact> &facts,
                                    const BusinessCalendar &calendar)
{
    const bool rightFirstTime = standard.metric == Metric::RightFirstTimePct;
    std::vector<CaseValue> values;
    values.reserve(facts.size());
    for (size_t i = 0; i < facts.size(); ++i) {
        if (rightFirstTime && facts[i].rightFirstTime < 0)
            continue;
        values.push_back({caseValue(standard, calendar, facts[i]), int(i)});
    }
    std::sort(values.begin(), values.end(),
              [](const CaseValue &a, const CaseValue &b) { return a.value < b.value; });
    return values;
}

// The values of every bucket laid out in one array: bucket b holds
// values[offsets[b] .. offsets[b + 1]), sorted. A bucket is a period for
// the whole service (slot 0) or for one department (slot 1 + its index).
// Counted first, then filled in sorted order: no allocation per bucket.
struct DealtValues
{
    int slotCount = 1;
    std::vector<qsizetype> offsets;
    std::vector<double> values;

    std::span<const double> bucket(qsizetype period, int slot) const
    {
        const size_t b = size_t(period) * size_t(slotCount) + size_t(slot);
        return {values.data() + offsets[b], size_t(offsets[b + 1] - offsets[b])};
    }
};

DealtValues deal(const std::vector<CaseValue> &values, qsizetype periodCount,
                 const std::vector<int> &periodOfCase, const CasePlaces &places)
{
    DealtValues dealt;
    dealt.slotCount = 1 + int(places.departments.size());
    const size_t buckets = size_t(periodCount) * size_t(dealt.slotCount);
    std::vector<qsizetype> next(buckets + 1, 0);
    for (const CaseValue &v : values) {
        const int period = periodOfCase[size_t(v.fact)];
        if (period < 0)
            continue;
        const size_t base = size_t(period) * size_t(dealt.slotCount);
        ++next[base + 1];
        if (const int department = places.departmentOfCase[size_t(v.fact)]; department >= 0)
            ++next[base + size_t(department) + 2];
    }
    for (size_t b = 1; b <= buckets; ++b)
        next[b] += next[b - 1];
    dealt.offsets = next;
    dealt.values.resize(size_t(next[buckets]));
    for (const CaseValue &v : values) {
        const int period = periodOfCase[size_t(v.fact)];
        if (period < 0)
            continue;
        const size_t base = size_t(period) * size_t(dealt.slotCount);
        dealt.values[size_t(next[base]++)] = v.value;
        if (const int department = places.departmentOfCase[size_t(v.fact)]; department >= 0)
            dealt.values[size_t(next[base + size_t(department) + 1]++)] = v.value;
    }
    return dealt;
}

void appendRows(const Standard &standard, PeriodKind kind, const QList<Period> &periods,
                const DealtValues &dealt, int slot, qint64 departmentId,
                std::vector<PeriodValueRow> &rows)
{
    // The right-first-time rate is the mean of 100s and 0s.
    const Statistic statistic =
        standard.metric == Metric::RightFirstTimePct ? Statistic::mean() : standard.statistic;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const std::span<const double> bucket = dealt.bucket(i, slot);
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

    const CasePlaces places = placeCases(facts, result.firstCompleted, result.lastCompleted);
    for (qsizetype k = 0; k < places.periodsOfKind.size(); ++k) {
        const QList<Period> &periods = places.periodsOfKind.at(k);
        std::vector<qint64> counts(size_t(periods.size()), 0);
        for (const int period : places.periodOfCase[size_t(k)])
            ++counts[size_t(period)];
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (counts[size_t(i)] > 0)
                result.caseCounts.push_back(
                    {kStoredPeriodKinds[k], periods.at(i).start, counts[size_t(i)]});
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
        const std::vector<CaseValue> values = sortedValues(group.constFirst(), facts, calendar);
        for (qsizetype k = 0; k < places.periodsOfKind.size(); ++k) {
            const QList<Period> &periods = places.periodsOfKind.at(k);
            const DealtValues dealt =
                deal(values, periods.size(), places.periodOfCase[size_t(k)], places);
            for (const Standard &standard : group) {
                appendRows(standard, kStoredPeriodKinds[k], periods, dealt, 0, 0, result.values);
                for (size_t d = 0; d < places.departments.size(); ++d)
                    appendRows(standard, kStoredPeriodKinds[k], periods, dealt, int(d) + 1,
                               places.departments[d], result.values);
            }
        }
    }
    return result;
}

} // namespace Yardstick
