// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecard.h"

#include "analysis/complaintrate.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <span>

namespace Yardstick {

namespace {

bool inForceDuring(const Standard &standard, const Period &period)
{
    return standard.status != StandardStatus::Retired || !standard.retiredOn.isValid() ||
           standard.retiredOn > period.start;
}

// The values a row is summarised from: the usual-volume periods before its
// recent ones, then the recent ones, ending with the row's period.
constexpr int kSeriesPeriods = ThinRule::kUsualPeriods + Scorecard::kRecentPeriods;

// Fills recent, current, thinness, trend and met count from `series`
// (kSeriesPeriods values, oldest first, ending with the row's period).
void summarise(ScorecardRow &row, const QList<PeriodValue> &series)
{
    const qsizetype first = series.size() - Scorecard::kRecentPeriods;
    row.recent = series.mid(first);
    row.current = row.recent.constLast();
    row.metInRecent = 0;
    for (const PeriodValue &v : std::as_const(row.recent))
        row.metInRecent += v.status == ComplianceStatus::Met ? 1 : 0;

    std::vector<std::optional<qint64>> counts;
    counts.reserve(std::size_t(series.size()));
    for (const PeriodValue &v : series)
        counts.push_back(v.n);
    const auto thinAt = [&counts](qsizetype i) {
        const std::size_t usualFrom = std::size_t(i - ThinRule::kUsualPeriods);
        return thinPeriod(counts[std::size_t(i)],
                          std::span(counts).subspan(usualFrom, ThinRule::kUsualPeriods));
    };
    row.thin = thinAt(series.size() - 1);

    std::vector<std::optional<double>> window;
    row.thinInTrendWindow = 0;
    for (qsizetype i = series.size() - Scorecard::kTrendPeriods; i < series.size(); ++i) {
        if (thinAt(i)) {
            ++row.thinInTrendWindow;
            window.push_back(std::nullopt);
        } else {
            window.push_back(series.at(i).value);
        }
    }
    const double target = row.current.target.value_or(row.standard.target());
    const double threshold = row.current.threshold.value_or(row.standard.threshold());
    const TrendResult trend =
        trendOf(row.standard.direction, window, trendTolerance(target, threshold));
    row.trend = trend.trend;
    row.trendChange = trend.change;
}

void setComplaints(ScorecardRow &row, int complaints, int cases, bool lettersLinked)
{
    row.linkedComplaints = complaints;
    row.completedCases = cases;
    row.lettersLinked = lettersLinked;
    row.complaintsPer1000 = lettersLinked ? complaintsPer1000(complaints, cases) : std::nullopt;
}

ScorecardRow rowFor(const Standard &standard, const ComplianceData &data,
                    const QList<Period> &seriesPeriods, CaseValueCache &cache,
                    QHash<qint64, int> &casesByService)
{
    ScorecardRow row;
    row.standard = standard;
    row.source = valueSourceOf(standard, data);
    summarise(row, standardSeries(standard, data, seriesPeriods, &cache));
    const QList<Period> period{seriesPeriods.constLast()};
    auto cases = casesByService.find(standard.serviceId);
    if (cases == casesByService.end())
        cases = casesByService.insert(standard.serviceId,
                                      completedCaseCounts(standard.serviceId, data, period).at(0));
    setComplaints(row, linkedComplaintCounts(standard, data, period).at(0), *cases,
                  !data.linkedComplaintDays.isEmpty());
    return row;
}

// The first and last day this standard's own values come from.
std::pair<QDate, QDate> dataRangeOf(const Standard &standard, const ComplianceData &data)
{
    QDate first;
    QDate last;
    const auto widen = [&first, &last](QDate day) {
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    };
    switch (valueSourceOf(standard, data)) {
    case ValueSource::Measurements:
        for (const Measurement &m : data.measurementsByStandard.value(standard.id))
            widen(m.periodEnd);
        break;
    case ValueSource::Cases:
        if (!data.completedCasesByService.contains(standard.serviceId)) {
            const auto [firstDay, lastDay] = data.stored.completedRange(standard.serviceId);
            widen(firstDay);
            widen(lastDay);
            break;
        }
        for (const CaseFact &fact : data.completedCasesByService.value(standard.serviceId))
            widen(QDate::fromJulianDay(fact.completedDay));
        break;
    case ValueSource::None:
        break;
    }
    return {first, last};
}

} // namespace

Period latestCompletePeriod(const ComplianceData &data, PeriodKind kind)
{
    if (!data.latestDataDay.isValid())
        return {};
    const Period period = periodContaining(kind, data.latestDataDay);
    // A month or quarter is complete once the data reaches its last week
    // (weekly reports end on a Sunday, often a few days before the month
    // does); a week only when the data reaches its Sunday.
    const int slackDays = kind == PeriodKind::Week ? 0 : 6;
    if (data.latestDataDay < period.end.addDays(-slackDays) && data.earliestDataDay < period.start)
        return previousPeriod(kind, period);
    return period;
}

QList<Period> periodsWithData(const ComplianceData &data, PeriodKind kind)
{
    // Distinct days first: a workbench holds far more cases than days.
    QSet<qint64> days;
    for (const QList<Measurement> &measurements : data.measurementsByStandard) {
        for (const Measurement &m : measurements)
            days.insert(m.periodEnd.toJulianDay());
    }
    for (const std::vector<CaseFact> &facts : data.completedCasesByService) {
        for (const CaseFact &fact : facts)
            days.insert(fact.completedDay);
    }
    // Services whose values are kept: the periods they completed cases in.
    for (const QDate start : data.stored.periodStartsWithCases(kind))
        days.insert(start.toJulianDay());
    QList<qint64> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QList<Period> periods;
    for (qint64 day : std::as_const(sorted)) {
        const QDate date = QDate::fromJulianDay(day);
        if (!date.isValid() || (!periods.isEmpty() && periods.constLast().contains(date)))
            continue;
        periods.append(periodContaining(kind, date));
    }
    return periods;
}

Scorecard computeScorecard(const ComplianceData &data, const ScorecardRequest &request)
{
    Scorecard scorecard;
    scorecard.kind = request.kind;
    scorecard.period = request.at.isValid() ? periodContaining(request.kind, request.at)
                                            : latestCompletePeriod(data, request.kind);
    if (!scorecard.period.isValid())
        return scorecard;

    QList<Period> series{scorecard.period};
    while (series.size() < kSeriesPeriods)
        series.prepend(previousPeriod(request.kind, series.constFirst()));

    CaseValueCache cache;
    QHash<qint64, int> casesByService; // in the scorecard's period
    for (const Standard &standard : data.standards) {
        if (request.departmentId && standard.departmentId != *request.departmentId)
            continue;
        if (!inForceDuring(standard, scorecard.period))
            continue;
        scorecard.rows.append(rowFor(standard, data, series, cache, casesByService));
    }
    return scorecard;
}

QList<ScorecardRow> scorecardHistory(const Standard &standard, const ComplianceData &data,
                                     PeriodKind kind, std::optional<qint64> departmentId)
{
    QList<ScorecardRow> rows;
    const auto [first, last] = dataRangeOf(standard, data);
    QList<Period> periods = periodsBetween(kind, first, last);
    if (periods.isEmpty())
        return rows;
    // Periods before the first give the early rows their full window and
    // their usual volume.
    for (int i = 1; i < kSeriesPeriods; ++i)
        periods.prepend(previousPeriod(kind, periods.constFirst()));
    const QList<PeriodValue> series = departmentId
                                          ? departmentSeries(standard, data, periods, *departmentId)
                                          : standardSeries(standard, data, periods);
    const ValueSource source = valueSourceOf(standard, data);
    QList<int> complaints;
    QList<int> cases;
    if (!departmentId) {
        complaints = linkedComplaintCounts(standard, data, periods);
        cases = completedCaseCounts(standard.serviceId, data, periods);
    }
    for (qsizetype end = kSeriesPeriods; end <= series.size(); ++end) {
        ScorecardRow row;
        row.standard = standard;
        row.source = source;
        summarise(row, series.mid(end - kSeriesPeriods, kSeriesPeriods));
        // A department's history has no rate (letters name no department),
        // which is not the same as a workbench without letters.
        row.lettersLinked = !data.linkedComplaintDays.isEmpty();
        if (!departmentId)
            setComplaints(row, complaints.at(end - 1), cases.at(end - 1), row.lettersLinked);
        rows.append(row);
    }
    return rows;
}

} // namespace Yardstick
