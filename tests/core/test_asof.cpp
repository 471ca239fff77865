// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scorecard.h"
#include "catchqt.h"
#include "testsupport.h"
#include "workbench/dashboardsnapshot.h"

#include <optional>
#include <vector>

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

Period month(int year, int m)
{
    const QDate start(year, m, 1);
    return {start, start.addMonths(1).addDays(-1)};
}

// Lower is better, mean days, target 15, threshold 20, measured monthly
// from January 2024 to March 2025 with December 2024 missing:
//   2024: 12 14 16 18 20 19 18 17 16 15 30 -   2025: 30 30 30
ComplianceData fifteenMonths()
{
    Standard s;
    s.id = 1;
    s.code = QStringLiteral("STD-1");
    s.title = QStringLiteral("Standard 1");
    s.serviceId = 1;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("first"), {}, {}, {}}};
    ComplianceData data;
    data.standards = {s};
    const std::vector<std::optional<double>> values = {12, 14, 16, 18,           20, 19, 18, 17,
                                                       16, 15, 30, std::nullopt, 30, 30, 30};
    QDate start(2024, 1, 1);
    for (const std::optional<double> &value : values) {
        const QDate end = start.addMonths(1).addDays(-1);
        if (value) {
            data.measurementsByStandard[s.id].append(
                {0, s.id, start, end, *value, std::nullopt, QStringLiteral("test")});
            if (!data.earliestDataDay.isValid())
                data.earliestDataDay = end;
            data.latestDataDay = end;
        }
        start = start.addMonths(1);
    }
    return data;
}

} // namespace

TEST_CASE("the scorecard as of an earlier period judges that period", "[asof]")
{
    const ComplianceData data = fifteenMonths();
    // Without a day: the latest complete month, March 2025 (30 > 20: breached).
    const Scorecard latest = computeScorecard(data, ScorecardRequest());
    CHECK(latest.period == month(2025, 3));
    CHECK(latest.rows.constFirst().current.status == ComplianceStatus::Breached);

    ScorecardRequest request;
    request.at = QDate(2024, 10, 1);
    const Scorecard october = computeScorecard(data, request);
    CHECK(october.period == month(2024, 10));
    REQUIRE(october.rows.size() == 1);
    const ScorecardRow &row = october.rows.constFirst();
    // October's value 15 <= target 15: met.
    CHECK(*row.current.value == Approx(15.0));
    CHECK(row.current.status == ComplianceStatus::Met);
    // Recent: November 2023 .. October 2024. Nothing in November and December
    // 2023; met (<= 15): January 12, February 14, October 15; the rest 16..20
    // are at risk (20 is the threshold, not beyond it): 3 met.
    CHECK(row.recent.constFirst().period == month(2023, 11));
    CHECK(row.recent.constLast().period == month(2024, 10));
    CHECK(row.metInRecent == 3);
    // Trend over May .. October 2024: 20 19 18 17 16 15, slope -1, change
    // -1 x 5 = -5; six points: improving (the March 2025 card's window
    // October .. March has a gap and is too short for a word).
    REQUIRE(row.trendChange);
    CHECK(*row.trendChange == Approx(-5.0));
    CHECK(row.trend == Trend::Improving);
    CHECK(latest.rows.constFirst().trend == Trend::TooFewPeriods);
}

TEST_CASE("the periods an analyst can pick are those with data, newest first", "[asof]")
{
    const ComplianceData data = fifteenMonths();
    const QList<Period> months = periodsWithData(data, PeriodKind::Month);
    // Fifteen months less the missing December 2024: fourteen.
    REQUIRE(months.size() == 14);
    CHECK(months.constFirst() == month(2025, 3));
    CHECK(months.at(1) == month(2025, 2));
    CHECK(months.at(2) == month(2025, 1));
    CHECK(months.at(3) == month(2024, 11)); // December skipped
    CHECK(months.constLast() == month(2024, 1));
    CHECK_FALSE(months.contains(month(2024, 12)));
    CHECK(latestCompletePeriod(data, PeriodKind::Month) == month(2025, 3));

    // Quarters: 2024 Q1..Q4 and 2025 Q1.
    const QList<Period> quarters = periodsWithData(data, PeriodKind::Quarter);
    REQUIRE(quarters.size() == 5);
    CHECK(quarters.constFirst().start == QDate(2025, 1, 1));
    CHECK(quarters.constLast().start == QDate(2024, 1, 1));

    CHECK(periodsWithData(ComplianceData(), PeriodKind::Month).isEmpty());
    CHECK_FALSE(latestCompletePeriod(ComplianceData(), PeriodKind::Month).isValid());
}

TEST_CASE("the dashboard as of an earlier month shows that month everywhere", "[asof][demo]")
{
    Workbench &workbench = Testing::sharedDemoWorkbench();
    const DashboardSnapshot now = DashboardSnapshot::compute(workbench, PeriodKind::Month);
    REQUIRE(now.periodsWithData.size() > 6);
    CHECK(now.scorecard.period == now.latestComplete);
    const Period earlier = now.periodsWithData.at(5);
    const DashboardSnapshot then =
        DashboardSnapshot::compute(workbench, PeriodKind::Month, earlier.start);
    CHECK(then.scorecard.period == earlier);
    REQUIRE_FALSE(then.headlines.isEmpty());
    for (const HeadlineFigure &figure : then.headlines)
        CHECK(figure.latest.period == earlier);
    for (const ScorecardRow &row : then.scorecard.rows)
        CHECK(row.current.period == earlier);
    // As of the first month, before the programme: no change to compare
    // and none to put a value on.
    const DashboardSnapshot first = DashboardSnapshot::compute(
        workbench, PeriodKind::Month, now.periodsWithData.constLast().start);
    REQUIRE_FALSE(first.headlines.isEmpty());
    for (const HeadlineFigure &figure : first.headlines)
        CHECK_FALSE(figure.comparesWithBefore());
    CHECK(first.headlineValues.isEmpty());
    for (const HeadlineFigure &figure : now.headlines)
        CHECK(figure.comparesWithBefore());

    // The choice does not change what can be chosen.
    CHECK(then.periodsWithData == now.periodsWithData);
    CHECK(then.latestComplete == now.latestComplete);
}
