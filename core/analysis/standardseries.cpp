// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardseries.h"

#include "analysis/statistics.h"

#include <algorithm>

namespace Yardstick {

double caseValue(const Standard &standard, const BusinessCalendar &calendar, const CaseFact &fact)
{
    if (standard.metric == Metric::RightFirstTimePct)
        return fact.rightFirstTime < 0 ? -1.0 : fact.rightFirstTime * 100.0;
    const double days =
        standard.dayBasis == DayBasis::Business
            ? double(calendar.businessDaysBetween(QDate::fromJulianDay(fact.receivedDay),
                                                  QDate::fromJulianDay(fact.completedDay)))
            : fact.calendarDays;
    return standard.metric == Metric::TurnaroundHours ? days * 24.0 : days;
}

std::optional<double> evaluateSorted(const Statistic &statistic, std::span<const double> sorted)
{
    if (!statistic.isValid())
        return std::nullopt;
    switch (statistic.kind) {
    case Statistic::Kind::Mean:
        return Statistics::mean(sorted);
    case Statistic::Kind::Median:
        return Statistics::medianOfSorted(sorted);
    case Statistic::Kind::Percentile:
        return Statistics::percentileOfSorted(sorted, statistic.parameter);
    case Statistic::Kind::ShareWithin:
        return Statistics::sharePercentAtMost(sorted, statistic.parameter);
    }
    return std::nullopt;
}

namespace {

QList<Period> periodsOf(const QList<PeriodValue> &values)
{
    QList<Period> periods;
    periods.reserve(values.size());
    for (const PeriodValue &v : values)
        periods.append(v.period);
    return periods;
}

CaseValueCache::Buckets bucketCases(const Standard &standard, const ComplianceData &data,
                                    const QList<Period> &periods,
                                    std::optional<qint64> departmentId = std::nullopt)
{
    CaseValueCache::Buckets buckets(periods.size());
    const auto facts = data.completedCasesByService.constFind(standard.serviceId);
    if (facts == data.completedCasesByService.cend() || periods.isEmpty())
        return buckets;
    const PeriodLocator locator(periods);
    const bool rightFirstTime = standard.metric == Metric::RightFirstTimePct;
    for (const CaseFact &fact : *facts) {
        const int index = locator.indexOf(fact.completedDay);
        if (index < 0 || (rightFirstTime && fact.rightFirstTime < 0) ||
            (departmentId && fact.departmentId != *departmentId))
            continue;
        buckets[index].push_back(caseValue(standard, data.calendar, fact));
    }
    for (std::vector<double> &bucket : buckets)
        std::sort(bucket.begin(), bucket.end());
    return buckets;
}

void fromCases(const Standard &standard, QList<PeriodValue> &values,
               const CaseValueCache::Buckets &buckets)
{
    // The right-first-time rate is the mean of 100s and 0s.
    const Statistic statistic =
        standard.metric == Metric::RightFirstTimePct ? Statistic::mean() : standard.statistic;
    for (qsizetype i = 0; i < values.size(); ++i) {
        values[i].n = qint64(buckets[i].size());
        values[i].value = evaluateSorted(statistic, buckets[i]);
    }
}

// The same values read from those kept in the workbench: a period without a
// row had no cases, and gets what the statistic gives for none.
void fromStored(const Standard &standard, const ComplianceData &data, QList<PeriodValue> &values,
                qint64 departmentId)
{
    const Statistic statistic =
        standard.metric == Metric::RightFirstTimePct ? Statistic::mean() : standard.statistic;
    for (PeriodValue &v : values) {
        const std::optional<PeriodKind> kind = kindOfPeriod(v.period);
        const std::optional<StoredPeriodValue> stored =
            kind ? data.stored.value(standard.id, *kind, v.period.start, departmentId)
                 : std::nullopt;
        if (stored) {
            v.n = stored->n;
            v.value = stored->value;
        } else {
            v.n = 0;
            v.value = evaluateSorted(statistic, {});
        }
    }
}

// Cases read take precedence over kept values (see ComplianceData).
bool readsStored(const Standard &standard, const ComplianceData &data)
{
    return !data.completedCasesByService.contains(standard.serviceId) &&
           data.stored.covers(standard.serviceId);
}

void fromMeasurements(const QList<Measurement> &measurements, QList<PeriodValue> &values)
{
    if (values.isEmpty())
        return;
    const PeriodLocator locator(periodsOf(values));
    struct Sum
    {
        double weighted = 0, plain = 0;
        qint64 size = 0;
        int count = 0;
        bool allSized = true;
    };
    std::vector<Sum> sums(values.size());
    for (const Measurement &m : measurements) {
        const int index = locator.indexOf(m.periodEnd.toJulianDay());
        if (index < 0)
            continue;
        Sum &sum = sums[index];
        sum.plain += m.value;
        ++sum.count;
        if (m.sampleSize) {
            sum.weighted += m.value * *m.sampleSize;
            sum.size += *m.sampleSize;
        } else {
            sum.allSized = false;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Sum &sum = sums[i];
        if (sum.count == 0)
            continue;
        if (sum.allSized && sum.size > 0) {
            values[i].value = sum.weighted / double(sum.size);
            values[i].n = sum.size;
        } else {
            values[i].value = sum.plain / sum.count;
            if (sum.allSized)
                values[i].n = sum.size;
        }
    }
}

} // namespace

QString valueSourceKey(ValueSource source)
{
    switch (source) {
    case ValueSource::Measurements:
        return QStringLiteral("measurements");
    case ValueSource::Cases:
        return QStringLiteral("cases");
    case ValueSource::None:
        break;
    }
    return QStringLiteral("none");
}

bool isCaseDerived(const Standard &standard)
{
    return standard.metric == Metric::TurnaroundDays ||
           standard.metric == Metric::TurnaroundHours ||
           standard.metric == Metric::RightFirstTimePct;
}

bool hasCompletedCases(const ComplianceData &data, qint64 serviceId)
{
    if (data.completedCasesByService.contains(serviceId))
        return true;
    return data.stored.covers(serviceId) && data.stored.completedRange(serviceId).first.isValid();
}

ValueSource valueSourceOf(const Standard &standard, const ComplianceData &data)
{
    if (!data.measurementsByStandard.value(standard.id).isEmpty())
        return ValueSource::Measurements;
    if (isCaseDerived(standard) && hasCompletedCases(data, standard.serviceId))
        return ValueSource::Cases;
    return ValueSource::None;
}

const CaseValueCache::Buckets &CaseValueCache::buckets(const Standard &standard,
                                                       const ComplianceData &data,
                                                       const QList<Period> &periods)
{
    const QString key = QStringLiteral("%1/%2/%3")
                            .arg(standard.serviceId)
                            .arg(metricKey(standard.metric), dayBasisKey(standard.dayBasis));
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, bucketCases(standard, data, periods));
    return *it;
}

namespace {

QList<PeriodValue> emptyValues(const QList<Period> &periods)
{
    QList<PeriodValue> values;
    values.reserve(periods.size());
    for (const Period &period : periods) {
        PeriodValue v;
        v.period = period;
        values.append(v);
    }
    return values;
}

// Sets target, threshold and status from the revision in force at each
// period's end.
void judge(const Standard &standard, QList<PeriodValue> &values)
{
    for (PeriodValue &v : values) {
        if (const StandardRevision *revision = standard.revisionOn(v.period.end)) {
            v.target = revision->target;
            v.threshold = revision->threshold;
            v.status = complianceStatusOf(standard.direction, v.value, revision->target,
                                          revision->threshold);
        }
    }
}

} // namespace

QList<PeriodValue> departmentSeries(const Standard &standard, const ComplianceData &data,
                                    const QList<Period> &periods, qint64 departmentId)
{
    QList<PeriodValue> values = emptyValues(periods);
    if (valueSourceOf(standard, data) == ValueSource::Cases) {
        if (readsStored(standard, data))
            fromStored(standard, data, values, departmentId);
        else
            fromCases(standard, values, bucketCases(standard, data, periods, departmentId));
    }
    judge(standard, values);
    return values;
}

QList<PeriodValue> standardSeries(const Standard &standard, const ComplianceData &data,
                                  const QList<Period> &periods, CaseValueCache *cache)
{
    QList<PeriodValue> values = emptyValues(periods);
    switch (valueSourceOf(standard, data)) {
    case ValueSource::Measurements:
        fromMeasurements(data.measurementsByStandard.value(standard.id), values);
        break;
    case ValueSource::Cases:
        if (readsStored(standard, data))
            fromStored(standard, data, values, 0);
        else if (cache)
            fromCases(standard, values, cache->buckets(standard, data, periods));
        else
            fromCases(standard, values, bucketCases(standard, data, periods));
        break;
    case ValueSource::None:
        break;
    }
    judge(standard, values);
    return values;
}

QList<Period> periodsBetween(PeriodKind kind, QDate first, QDate last)
{
    QList<Period> periods;
    if (!first.isValid() || !last.isValid() || last < first)
        return periods;
    for (Period p = periodContaining(kind, first); p.start <= last; p = nextPeriod(kind, p))
        periods.append(p);
    return periods;
}

} // namespace Yardstick
