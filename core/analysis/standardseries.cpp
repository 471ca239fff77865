// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardseries.h"

#include "analysis/statistics.h"

#include <algorithm>

namespace Yardstick {

namespace {

// Index of the period holding the Julian day, or -1; periods are consecutive.
int periodIndex(const std::vector<qint64> &periodEnds, qint64 firstStart, qint64 day)
{
    if (periodEnds.empty() || day < firstStart || day > periodEnds.back())
        return -1;
    return int(std::lower_bound(periodEnds.begin(), periodEnds.end(), day) - periodEnds.begin());
}

std::vector<qint64> endsOf(const QList<PeriodValue> &values)
{
    std::vector<qint64> ends;
    ends.reserve(values.size());
    for (const PeriodValue &v : values)
        ends.push_back(v.period.end.toJulianDay());
    return ends;
}

void fromCases(const Standard &standard, const ComplianceData &data, QList<PeriodValue> &values)
{
    const auto facts = data.completedCasesByService.constFind(standard.serviceId);
    if (facts == data.completedCasesByService.cend() || values.isEmpty())
        return;
    const std::vector<qint64> ends = endsOf(values);
    const qint64 firstStart = values.constFirst().period.start.toJulianDay();
    const bool rightFirstTime = standard.metric == Metric::RightFirstTimePct;
    const bool business = standard.dayBasis == DayBasis::Business;
    const double unitFactor = standard.metric == Metric::TurnaroundHours ? 24.0 : 1.0;

    std::vector<std::vector<double>> buckets(values.size());
    for (const CaseFact &fact : *facts) {
        const int index = periodIndex(ends, firstStart, fact.completedDay);
        if (index < 0)
            continue;
        if (rightFirstTime) {
            if (fact.rightFirstTime >= 0)
                buckets[index].push_back(fact.rightFirstTime == 1 ? 100.0 : 0.0);
            continue;
        }
        const double days =
            business ? double(data.calendar.businessDaysBetween(
                           QDate::fromJulianDay(fact.receivedDay),
                           QDate::fromJulianDay(fact.completedDay)))
                     : fact.calendarDays;
        buckets[index].push_back(days * unitFactor);
    }
    const Statistic statistic = rightFirstTime ? Statistic::mean() : standard.statistic;
    for (qsizetype i = 0; i < values.size(); ++i) {
        values[i].n = qint64(buckets[i].size());
        values[i].value = Statistics::evaluate(statistic, buckets[i]);
    }
}

void fromMeasurements(const QList<Measurement> &measurements, QList<PeriodValue> &values)
{
    if (values.isEmpty())
        return;
    const std::vector<qint64> ends = endsOf(values);
    const qint64 firstStart = values.constFirst().period.start.toJulianDay();
    struct Sum
    {
        double weighted = 0, plain = 0;
        qint64 size = 0;
        int count = 0;
        bool allSized = true;
    };
    std::vector<Sum> sums(values.size());
    for (const Measurement &m : measurements) {
        const int index = periodIndex(ends, firstStart, m.periodEnd.toJulianDay());
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
    return standard.metric == Metric::TurnaroundDays || standard.metric == Metric::TurnaroundHours ||
           standard.metric == Metric::RightFirstTimePct;
}

ValueSource valueSourceOf(const Standard &standard, const ComplianceData &data)
{
    if (!data.measurementsByStandard.value(standard.id).isEmpty())
        return ValueSource::Measurements;
    if (isCaseDerived(standard) && data.completedCasesByService.contains(standard.serviceId))
        return ValueSource::Cases;
    return ValueSource::None;
}

QList<PeriodValue> standardSeries(const Standard &standard, const ComplianceData &data,
                                  const QList<Period> &periods)
{
    QList<PeriodValue> values;
    values.reserve(periods.size());
    for (const Period &period : periods) {
        PeriodValue v;
        v.period = period;
        values.append(v);
    }
    switch (valueSourceOf(standard, data)) {
    case ValueSource::Measurements:
        fromMeasurements(data.measurementsByStandard.value(standard.id), values);
        break;
    case ValueSource::Cases:
        fromCases(standard, data, values);
        break;
    case ValueSource::None:
        break;
    }
    for (PeriodValue &v : values) {
        if (const StandardRevision *revision = standard.revisionOn(v.period.end)) {
            v.target = revision->target;
            v.threshold = revision->threshold;
            v.status = complianceStatusOf(standard.direction, v.value, revision->target,
                                          revision->threshold);
        }
    }
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
