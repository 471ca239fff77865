// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecard.h"

#include "analysis/complaintrate.h"

namespace Yardstick {

namespace {

bool inForceDuring(const Standard &standard, const Period &period)
{
    return standard.status != StandardStatus::Retired || !standard.retiredOn.isValid() ||
           standard.retiredOn > period.start;
}

// Fills trend and met count from row.recent (oldest first, ending with the
// row's period).
void summariseRecent(ScorecardRow &row)
{
    row.current = row.recent.constLast();
    row.metInRecent = 0;
    for (const PeriodValue &v : std::as_const(row.recent))
        row.metInRecent += v.status == ComplianceStatus::Met ? 1 : 0;

    std::vector<std::optional<double>> window;
    for (qsizetype i = std::max<qsizetype>(0, row.recent.size() - Scorecard::kTrendPeriods);
         i < row.recent.size(); ++i)
        window.push_back(row.recent.at(i).value);
    const double target = row.current.target.value_or(row.standard.target());
    const double threshold = row.current.threshold.value_or(row.standard.threshold());
    const TrendResult trend =
        trendOf(row.standard.direction, window, trendTolerance(target, threshold));
    row.trend = trend.trend;
    row.trendChange = trend.change;
}

void setComplaints(ScorecardRow &row, int complaints, int cases)
{
    row.linkedComplaints = complaints;
    row.completedCases = cases;
    row.complaintsPer1000 = complaintsPer1000(complaints, cases);
}

ScorecardRow rowFor(const Standard &standard, const ComplianceData &data,
                    const QList<Period> &recentPeriods, CaseValueCache &cache,
                    QHash<qint64, int> &casesByService)
{
    ScorecardRow row;
    row.standard = standard;
    row.source = valueSourceOf(standard, data);
    row.recent = standardSeries(standard, data, recentPeriods, &cache);
    summariseRecent(row);
    const QList<Period> period{recentPeriods.constLast()};
    auto cases = casesByService.find(standard.serviceId);
    if (cases == casesByService.end())
        cases = casesByService.insert(standard.serviceId,
                                      completedCaseCounts(standard.serviceId, data, period).at(0));
    setComplaints(row, linkedComplaintCounts(standard, data, period).at(0), *cases);
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

Scorecard computeScorecard(const ComplianceData &data, const ScorecardRequest &request)
{
    Scorecard scorecard;
    scorecard.kind = request.kind;
    const QDate at = request.at.isValid() ? request.at : data.latestDataDay;
    if (!at.isValid())
        return scorecard;
    scorecard.period = periodContaining(request.kind, at);
    // A month or quarter is complete once the data reaches its last week
    // (weekly reports end on a Sunday, often a few days before the month
    // does); a week only when the data reaches its Sunday.
    const int slackDays = request.kind == PeriodKind::Week ? 0 : 6;
    if (!request.at.isValid() && data.latestDataDay < scorecard.period.end.addDays(-slackDays) &&
        data.earliestDataDay < scorecard.period.start)
        scorecard.period = previousPeriod(request.kind, scorecard.period);

    QList<Period> recent{scorecard.period};
    while (recent.size() < Scorecard::kRecentPeriods)
        recent.prepend(previousPeriod(request.kind, recent.constFirst()));

    CaseValueCache cache;
    QHash<qint64, int> casesByService; // in the scorecard's period
    for (const Standard &standard : data.standards) {
        if (request.departmentId && standard.departmentId != *request.departmentId)
            continue;
        if (!inForceDuring(standard, scorecard.period))
            continue;
        scorecard.rows.append(rowFor(standard, data, recent, cache, casesByService));
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
    // Periods before the first give the early rows their full window.
    for (int i = 1; i < Scorecard::kRecentPeriods; ++i)
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
    for (qsizetype end = Scorecard::kRecentPeriods; end <= series.size(); ++end) {
        ScorecardRow row;
        row.standard = standard;
        row.source = source;
        row.recent = series.mid(end - Scorecard::kRecentPeriods, Scorecard::kRecentPeriods);
        summariseRecent(row);
        if (!departmentId)
            setComplaints(row, complaints.at(end - 1), cases.at(end - 1));
        rows.append(row);
    }
    return rows;
}

} // namespace Yardstick
