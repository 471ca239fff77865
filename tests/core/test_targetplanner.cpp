// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/standardseries.h"
#include "catchqt.h"
#include "costofdelay/goalreview.h"
#include "costofdelay/plannedrevision.h"
#include "costofdelay/plannerinputloader.h"
#include "costofdelay/targetplanner.h"
#include "testsupport.h"
#include "workbench/compliancedataloader.h"

using namespace Yardstick;

// Every expected number below is counted by hand in the comment next to it.

namespace {

Standard plannedStandard(Statistic statistic, Direction direction,
                         Metric metric = Metric::TurnaroundDays)
{
    Standard s;
    s.id = 1;
    s.code = QStringLiteral("APP-T-01");
    s.serviceId = 1;
    s.metric = metric;
    s.statistic = statistic;
    s.direction = direction;
    s.revisions = {{QDate(2024, 1, 1), 6, 8, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// Ten cases in three months:
//   January  2, 4, 6      (mean 4,    median 4, within 5: 2 of 3)
//   February 3, 5, 7, 9   (mean 6,    median 6, within 5: 2 of 4)
//   March    1, 8, 10     (mean 6.33, median 8, within 5: 1 of 3)
// All ten pooled: sum 55, mean 5.5.
PlannerInput tenCases(const Standard &standard)
{
    PlannerInput input;
    input.standard = standard;
    input.periodKind = PeriodKind::Month;
    input.periods = periodsBetween(PeriodKind::Month, QDate(2025, 1, 1), QDate(2025, 3, 31));
    input.values = {{2, 4, 6}, {3, 5, 7, 9}, {1, 8, 10}};
    return input;
}

ValueModel cardModel()
{
    // The case's order of magnitude: US$0.33 a card-day on 4.2 million cards.
    ValueModel model;
    model.standardId = 1;
    model.valuePerDay = 0.33;
    model.casesPerYear = 4'200'000;
    model.costPerYear = 500'000;
    return model;
}

} // namespace

TEST_CASE("a proposed mean target predicts the share of cases and periods meeting it", "[planner]")
{
    const PlannerInput input =
        tenCases(plannedStandard(Statistic::mean(), Direction::LowerIsBetter));
    const TargetPrediction p = TargetPlanner::predict(input, 5, 6, cardModel());
    // Cases <= 5: 2, 4 | 3, 5 | 1 -> 5 of 10.
    CHECK(p.cases == 10);
    CHECK(p.casesMeeting == 5);
    REQUIRE(p.caseShare);
    CHECK(*p.caseShare == Approx(50.0));
    // Period means 4 (met), 6 (above 5, equal to the threshold 6: at risk),
    // 6.33 (above 6: breached) -> 1 of 3 met, 1 of 3 breached.
    CHECK(p.periodsWithData == 3);
    CHECK(p.periodsMet == 1);
    CHECK(p.periodsBreached == 1);
    REQUIRE(p.periodShare);
    CHECK(*p.periodShare == Approx(100.0 / 3.0));
    CHECK(*p.breachedShare == Approx(100.0 / 3.0));
    // Pooled mean 5.5; 5.5 - 5 = 0.5 day x US$0.33 x 4,200,000 = US$693,000,
    // less US$500,000 a year = US$193,000.
    CHECK(*p.currentValue == Approx(5.5));
    CHECK(*p.daysGained == Approx(0.5));
    CHECK(*p.annualValue == Approx(693'000.0));
    CHECK(*p.costPerYear == Approx(500'000.0));
    CHECK(*p.netValue == Approx(193'000.0));
}

TEST_CASE("a case or period equal to the proposed target counts as meeting it", "[planner]")
{
    const PlannerInput input =
        tenCases(plannedStandard(Statistic::mean(), Direction::LowerIsBetter));
    const TargetPrediction p = TargetPlanner::predict(input, 6, 8);
    // Cases <= 6: 2, 4, 6 | 3, 5 | 1 -> 6 of 10; periods 4 and 6 met -> 2 of 3.
    CHECK(*p.caseShare == Approx(60.0));
    CHECK(*p.periodShare == Approx(200.0 / 3.0));
    // No value model: the days are known, their price is not.
    CHECK(*p.daysGained == Approx(-0.5));
    CHECK_FALSE(p.annualValue);
    CHECK_FALSE(p.netValue);
}

TEST_CASE("a median target judges periods by their median", "[planner]")
{
    const PlannerInput input =
        tenCases(plannedStandard(Statistic::median(), Direction::LowerIsBetter));
    const TargetPrediction p = TargetPlanner::predict(input, 5, 7);
    // Medians 4 (met), 6 (at risk), 8 (breached); cases as for the mean: 5 of 10.
    CHECK(p.periodsMet == 1);
    CHECK(p.periodsBreached == 1);
    CHECK(*p.caseShare == Approx(50.0));
    // Pooled median of 1..10 = (5 + 6) / 2 = 5.5.
    CHECK(*p.currentValue == Approx(5.5));
}

TEST_CASE("a higher-is-better target counts cases and periods at or above it", "[planner]")
{
    const PlannerInput input =
        tenCases(plannedStandard(Statistic::mean(), Direction::HigherIsBetter));
    const TargetPrediction p = TargetPlanner::predict(input, 5, 4, cardModel());
    // Cases >= 5: 6 | 5, 7, 9 | 8, 10 -> 6 of 10.
    CHECK(*p.caseShare == Approx(60.0));
    // Means 4 (below 5, equal to the threshold 4: at risk), 6 and 6.33 (met).
    CHECK(p.periodsMet == 2);
    CHECK(p.periodsBreached == 0);
    // Gained: proposed 5 - current 5.5 = -0.5 day, -US$693,000.
    CHECK(*p.annualValue == Approx(-693'000.0));
}

TEST_CASE("a within:N target is a share: cases meet it within N days, periods by their share",
          "[planner]")
{
    Standard standard = plannedStandard(Statistic::shareWithin(5), Direction::HigherIsBetter);
    standard.revisions.last().target = 80;
    standard.revisions.last().threshold = 60;
    const PlannerInput input = tenCases(standard);
    const TargetPrediction p = TargetPlanner::predict(input, 50, 40, cardModel());
    // Cases <= 5 days: 2, 4 | 3, 5 | 1 -> 5 of 10, whatever the target.
    CHECK(*p.caseShare == Approx(50.0));
    CHECK(*TargetPlanner::predict(input, 90, 80).caseShare == Approx(50.0));
    // Period shares 66.7 % (met), 50 % (equal: met), 33.3 % (below 40: breached).
    CHECK(p.periodsMet == 2);
    CHECK(p.periodsBreached == 1);
    // The window's share within 5 days is 5 of 10; a share has no days to price.
    CHECK(*p.currentValue == Approx(50.0));
    CHECK_FALSE(p.daysGained);
    CHECK_FALSE(p.annualValue);
    CHECK(*p.costPerYear == Approx(500'000.0));
}

TEST_CASE("an hours target prices the hours gained as days", "[planner]")
{
    PlannerInput input;
    input.standard =
        plannedStandard(Statistic::mean(), Direction::LowerIsBetter, Metric::TurnaroundHours);
    input.periods = periodsBetween(PeriodKind::Month, QDate(2025, 1, 1), QDate(2025, 1, 31));
    input.values = {{24, 48, 72}};
    ValueModel model;
    model.valuePerDay = 2;
    model.casesPerYear = 1000;
    // Mean 48 h, target 24 h: 24 h = 1 day x US$2 x 1,000 = US$2,000; no cost given.
    const TargetPrediction p = TargetPlanner::predict(input, 24, 30, model);
    CHECK(*p.daysGained == Approx(1.0));
    CHECK(*p.annualValue == Approx(2000.0));
    CHECK_FALSE(p.costPerYear);
    CHECK_FALSE(p.netValue);
}

TEST_CASE("a window without cases predicts nothing", "[planner]")
{
    PlannerInput input;
    input.standard = plannedStandard(Statistic::mean(), Direction::LowerIsBetter);
    input.periods = periodsBetween(PeriodKind::Month, QDate(2025, 1, 1), QDate(2025, 3, 31));
    input.values = {{}, {}, {}};
    const TargetPrediction p = TargetPlanner::predict(input, 5, 6, cardModel());
    CHECK(p.cases == 0);
    CHECK(p.periodsWithData == 0);
    CHECK_FALSE(p.caseShare);
    CHECK_FALSE(p.periodShare);
    CHECK_FALSE(p.currentValue);
    CHECK_FALSE(p.annualValue);
    CHECK(TargetPlanner::curve(input).isEmpty());
}

TEST_CASE("the planner curve is the share of cases meeting each target", "[planner]")
{
    const PlannerInput lower =
        tenCases(plannedStandard(Statistic::mean(), Direction::LowerIsBetter));
    const QList<PlannerCurvePoint> curve = TargetPlanner::curve(lower);
    // Ten distinct values 1..10, one case each: x -> 10x %.
    REQUIRE(curve.size() == 10);
    CHECK(curve.constFirst().target == 1);
    CHECK(curve.constFirst().caseShare == Approx(10.0));
    CHECK(curve.at(4).target == 5);
    CHECK(curve.at(4).caseShare == Approx(50.0));
    CHECK(curve.constLast().caseShare == Approx(100.0));

    // Higher is better: the share at or above x, 100 % at the smallest.
    const QList<PlannerCurvePoint> higher = TargetPlanner::curve(
        tenCases(plannedStandard(Statistic::mean(), Direction::HigherIsBetter)));
    CHECK(higher.constFirst().caseShare == Approx(100.0));
    CHECK(higher.at(4).caseShare == Approx(60.0)); // 5..10
    CHECK(higher.constLast().caseShare == Approx(10.0));

    // Four points spread evenly over 1..10: x = 1, 4, 7, 10 -> 10, 40, 70, 100 %.
    const QList<PlannerCurvePoint> thin = TargetPlanner::curve(lower, 4);
    REQUIRE(thin.size() == 4);
    CHECK(thin.at(1).target == Approx(4.0));
    CHECK(thin.at(1).caseShare == Approx(40.0));
    CHECK(thin.at(2).target == Approx(7.0));
    CHECK(thin.at(2).caseShare == Approx(70.0));
}

TEST_CASE("the planner reads the last N periods of a standard's completed cases", "[planner]")
{
    Testing::SmallCatalogue small = Testing::smallCatalogue();
    Standard standard = Testing::turnaroundStandard(small, QStringLiteral("APP-T-01"));
    REQUIRE(small.workbench->catalogue().add(standard).isEmpty());
    using Testing::caseRecord;
    const qint64 service = small.serviceId;
    QList<CaseRecord> cases = {
        // Completed in November 2024: outside the last two months.
        caseRecord(service, QStringLiteral("C0"), u"2024-11-01", u"2024-11-21"),
        // December: 4 and 10 days.
        caseRecord(service, QStringLiteral("C1"), u"2024-12-01", u"2024-12-05"),
        caseRecord(service, QStringLiteral("C2"), u"2024-12-10", u"2024-12-20"),
        // Received in December, completed in January: counts in January (6 days).
        caseRecord(service, QStringLiteral("C3"), u"2024-12-28", u"2025-01-03"),
        // Still open: not a completed case.
        caseRecord(service, QStringLiteral("C4"), u"2025-01-02", u""),
    };
    REQUIRE(small.workbench->cases().insertMany(cases).ok());

    const PlannerInput input =
        PlannerInputLoader::load(*small.workbench, standard, PeriodKind::Month, 2);
    REQUIRE(input.periods.size() == 2);
    CHECK(input.periods.constFirst().start == QDate(2024, 12, 1));
    CHECK(input.periods.constLast().end == QDate(2025, 1, 31));
    CHECK(input.values.at(0) == std::vector<double>{4, 10});
    CHECK(input.values.at(1) == std::vector<double>{6});
    CHECK(input.caseCount() == 3);
    // Mean target 6: cases 4 and 6 -> 2 of 3; months 7 (no) and 6 (yes) -> 1 of 2.
    const TargetPrediction p = TargetPlanner::predict(input, 6, 8);
    CHECK(*p.caseShare == Approx(200.0 / 3.0));
    CHECK(*p.periodShare == Approx(50.0));
    CHECK(PlannedRevisions::basisText(input) == QStringLiteral("last 2 months, 3 cases"));
}

TEST_CASE("a planned revision keeps who recorded it and what was predicted", "[planner]")
{
    Standard standard = plannedStandard(Statistic::mean(), Direction::LowerIsBetter);
    const PlannerInput input = tenCases(standard);
    const TargetPrediction p = TargetPlanner::predict(input, 5, 6, cardModel());
    PlannedRevision planned;
    planned.effectiveFrom = QDate(2025, 4, 1);
    planned.target = 5;
    planned.threshold = 6;
    planned.reason = QStringLiteral("Planner: half the cases already make it");
    planned.recordedBy = QStringLiteral("ana");
    planned.recordedAt = QDateTime(QDate(2025, 3, 31), QTime(9, 0), Qt::UTC);
    planned.prediction = PlannedRevisions::record(input, p);
    const Standard revised = PlannedRevisions::applied(standard, planned);
    REQUIRE(revised.revisions.size() == 2);
    const StandardRevision &last = revised.current();
    CHECK(last.effectiveFrom == QDate(2025, 4, 1));
    CHECK(last.target == 5);
    CHECK(last.recordedBy == QStringLiteral("ana"));
    CHECK(*last.prediction.caseShare == Approx(50.0));
    CHECK(*last.prediction.periodShare == Approx(100.0 / 3.0));
    CHECK(*last.prediction.annualValue == Approx(693'000.0));
    CHECK(last.prediction.basis == QStringLiteral("last 3 months, 10 cases"));
    // The earlier rule is kept for the periods it governed.
    CHECK(revised.revisions.constFirst().target == 6);
}

TEST_CASE("a goal review sets each revision's prediction against its outcome", "[planner]")
{
    Testing::SmallCatalogue small = Testing::smallCatalogue();
    Standard standard = Testing::turnaroundStandard(small, QStringLiteral("APP-T-01"));
    // 15 days from 2024-01-01; 5 days (threshold 8) from 2025-02-01.
    PlannedRevision planned;
    planned.effectiveFrom = QDate(2025, 2, 1);
    planned.target = 5;
    planned.threshold = 8;
    planned.reason = QStringLiteral("tighter");
    planned.recordedBy = QStringLiteral("ana");
    planned.prediction.periodShare = 50;
    standard = PlannedRevisions::applied(standard, planned);
    REQUIRE(small.workbench->catalogue().add(standard).isEmpty());
    using Testing::caseRecord;
    const qint64 service = small.serviceId;
    QList<CaseRecord> cases = {
        // January (first rule, 15): 10 days -> met.
        caseRecord(service, QStringLiteral("J1"), u"2025-01-01", u"2025-01-11"),
        // February (target 5): 4 and 6 days, mean 5 -> met; cases 1 of 2.
        caseRecord(service, QStringLiteral("F1"), u"2025-02-01", u"2025-02-05"),
        caseRecord(service, QStringLiteral("F2"), u"2025-02-01", u"2025-02-07"),
        // March: 9 days, mean 9 -> not met; case not met.
        caseRecord(service, QStringLiteral("M1"), u"2025-03-01", u"2025-03-10"),
    };
    REQUIRE(small.workbench->cases().insertMany(cases).ok());
    const ComplianceData data = ComplianceDataLoader::load(*small.workbench);
    const QList<GoalReviewRow> rows = GoalReview::review(
        *small.workbench->catalogue().standard(standard.id), data, PeriodKind::Month);
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows.at(0).oldTarget);
    CHECK(rows.at(0).newTarget == 15);
    CHECK(rows.at(0).periodsWithData == 1); // January
    CHECK(*rows.at(0).periodShare == Approx(100.0));
    const GoalReviewRow &row = rows.at(1);
    CHECK(*row.oldTarget == 15);
    CHECK(*row.oldThreshold == 20);
    CHECK(row.newTarget == 5);
    CHECK(row.newThreshold == 8);
    CHECK(row.recordedBy == QStringLiteral("ana"));
    CHECK(*row.prediction.periodShare == Approx(50.0));
    // February met, March not: 1 of 2; cases 4 (yes), 6, 9 (no): 1 of 3.
    CHECK(row.periodsWithData == 2);
    CHECK(row.periodsMet == 1);
    CHECK(*row.periodShare == Approx(50.0));
    CHECK(row.cases == 3);
    CHECK(*row.caseShare == Approx(100.0 / 3.0));
}

TEST_CASE("a goal review counts the cases behind a turnaround whose values are stored "
          "measurements",
          "[planner]")
{
    Testing::SmallCatalogue small = Testing::smallCatalogue();
    Standard standard = Testing::turnaroundStandard(small, QStringLiteral("APP-T-01"));
    REQUIRE(small.workbench->catalogue().add(standard).isEmpty());
    // The month's value comes from a stored measurement (mean 12, met
    // against 15) ...
    QList<Measurement> stored = {
        {0, standard.id, QDate(2025, 2, 1), QDate(2025, 2, 28), 12, 3, QStringLiteral("demo")}};
    REQUIRE(small.workbench->measurements().insertMany(stored).ok());
    // ... while the service's case records say 10, 14 and 20 days: 2 of 3
    // within the target of 15.
    using Testing::caseRecord;
    const qint64 service = small.serviceId;
    QList<CaseRecord> cases = {
        caseRecord(service, QStringLiteral("A"), u"2025-02-01", u"2025-02-11"),
        caseRecord(service, QStringLiteral("B"), u"2025-02-01", u"2025-02-15"),
        caseRecord(service, QStringLiteral("C"), u"2025-02-01", u"2025-02-21"),
    };
    REQUIRE(small.workbench->cases().insertMany(cases).ok());
    // The review asks for the service's cases, which the scorecard would skip.
    const ComplianceData data = ComplianceDataLoader::load(*small.workbench, {service});
    const QList<GoalReviewRow> rows = GoalReview::review(
        *small.workbench->catalogue().standard(standard.id), data, PeriodKind::Month);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).periodsMet == 1);
    CHECK(rows.at(0).cases == 3);
    REQUIRE(rows.at(0).caseShare);
    CHECK(*rows.at(0).caseShare == Approx(200.0 / 3.0));
}
