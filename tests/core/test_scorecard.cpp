// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scorecard.h"
#include "catchqt.h"
#include "testsupport.h"
#include "workbench/compliancedataloader.h"

#include <optional>
#include <vector>

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

using Testing::caseRecord;
using Testing::moment;

// Lower is better, mean turnaround days, target 15, threshold 20 (trend
// tolerance 5% of |15 - 20| = 0.25) from 2024-01-01, unless told otherwise.
Standard lowerStandard(qint64 id, qint64 departmentId = 1, QDate from = QDate(2024, 1, 1))
{
    Standard s;
    s.id = id;
    s.code = QStringLiteral("STD-%1").arg(id);
    s.title = QStringLiteral("Standard %1").arg(id);
    s.serviceId = 1;
    s.dimensionId = 1;
    s.departmentId = departmentId;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.revisions = {{from, 15, 20, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// Higher is better, right first time %, target 90, threshold 80 (trend
// tolerance 5% of 10 = 0.5).
Standard higherStandard(qint64 id)
{
    Standard s = lowerStandard(id);
    s.metric = Metric::RightFirstTimePct;
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.revisions = {{QDate(2024, 1, 1), 90, 80, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// One measurement per month from `firstMonth` on; nullopt leaves a month out.
// The earliest and latest data days follow the period ends, as the loader's do.
void addMonthly(ComplianceData &data, const Standard &standard, QDate firstMonth,
                const std::vector<std::optional<double>> &values)
{
    QDate month = firstMonth;
    for (const std::optional<double> &value : values) {
        const QDate end = month.addMonths(1).addDays(-1);
        if (value) {
            data.measurementsByStandard[standard.id].append(
                {0, standard.id, month, end, *value, std::nullopt, QStringLiteral("test")});
            if (!data.latestDataDay.isValid() || end > data.latestDataDay)
                data.latestDataDay = end;
            if (!data.earliestDataDay.isValid() || end < data.earliestDataDay)
                data.earliestDataDay = end;
        }
        month = month.addMonths(1);
    }
}

Period month(int year, int m)
{
    const QDate start(year, m, 1);
    return {start, start.addMonths(1).addDays(-1)};
}

ScorecardRequest monthAt(QDate at)
{
    ScorecardRequest request;
    request.at = at;
    return request;
}

QStringList codesOf(const Scorecard &scorecard)
{
    QStringList codes;
    for (const ScorecardRow &row : scorecard.rows)
        codes.append(row.standard.code);
    return codes;
}

const ScorecardRow *rowOf(const Scorecard &scorecard, const QString &code)
{
    for (const ScorecardRow &row : scorecard.rows) {
        if (row.standard.code == code)
            return &row;
    }
    return nullptr;
}

// The one row of a one-standard scorecard for March 2025 (12 periods back to
// April 2024, the trend over October 2024 .. March 2025).
ScorecardRow marchRow(const Standard &standard, const std::vector<std::optional<double>> &fromApril)
{
    ComplianceData data;
    data.standards = {standard};
    addMonthly(data, standard, QDate(2024, 4, 1), fromApril);
    const Scorecard card = computeScorecard(data, monthAt(QDate(2025, 3, 15)));
    REQUIRE(card.rows.size() == 1);
    return card.rows.constFirst();
}

} // namespace

TEST_CASE("the scorecard shows the period holding `at`, else the latest complete one",
          "[compliance]")
{
    const Standard s = lowerStandard(1);
    ComplianceData data;
    data.standards = {s};
    // January 12 (met), February 16 (at risk), March 22 (breached); data days
    // 2025-01-31 .. 2025-03-31.
    addMonthly(data, s, QDate(2025, 1, 1), {12, 16, 22});
    REQUIRE(data.earliestDataDay == QDate(2025, 1, 31));
    REQUIRE(data.latestDataDay == QDate(2025, 3, 31));

    SECTION("the latest month by default (2025-03-31 ends it)")
    {
        const Scorecard card = computeScorecard(data, ScorecardRequest());
        CHECK(card.kind == PeriodKind::Month);
        CHECK(card.period == month(2025, 3));
        REQUIRE(card.rows.size() == 1);
        const ScorecardRow &row = card.rows.constFirst();
        CHECK(row.source == ValueSource::Measurements);
        CHECK(row.current.period == month(2025, 3));
        CHECK(*row.current.value == Approx(22.0));
        CHECK(row.current.status == ComplianceStatus::Breached);
    }
    SECTION("the month holding `at`")
    {
        const Scorecard card = computeScorecard(data, monthAt(QDate(2025, 2, 10)));
        CHECK(card.period == month(2025, 2));
        REQUIRE(card.rows.size() == 1);
        CHECK(*card.rows.constFirst().current.value == Approx(16.0));
        CHECK(card.rows.constFirst().current.status == ComplianceStatus::AtRisk);
    }
    SECTION("the latest quarter")
    {
        ScorecardRequest request;
        request.kind = PeriodKind::Quarter;
        const Scorecard card = computeScorecard(data, request);
        CHECK(card.period == Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});
        REQUIRE(card.rows.size() == 1);
        // All three end in Q1, no sample sizes: plain mean (12 + 16 + 22) / 3 = 16.6667.
        CHECK(*card.rows.constFirst().current.value == Approx(16.666667));
        CHECK(card.rows.constFirst().current.status == ComplianceStatus::AtRisk);
        CHECK(card.rows.constFirst().recent.size() == 12); // back to Q2 2022
        CHECK(card.rows.constFirst().recent.constFirst().period ==
              Period{QDate(2022, 4, 1), QDate(2022, 6, 30)});
    }
    SECTION("the latest complete ISO week")
    {
        ScorecardRequest request;
        request.kind = PeriodKind::Week;
        const Scorecard card = computeScorecard(data, request);
        // 2025-03-31 is a Monday: its week 03-31 .. 04-06 has one day of data so far,
        // so the scorecard judges the week before, 03-24 .. 03-30, in which no
        // measurement ends.
        CHECK(card.period == Period{QDate(2025, 3, 24), QDate(2025, 3, 30)});
        REQUIRE(card.rows.size() == 1);
        CHECK_FALSE(card.rows.constFirst().current.value);
        CHECK(card.rows.constFirst().current.status == ComplianceStatus::NoData);
        // March's measurement (end 03-31) is in the week of 2025-03-31 when asked for.
        request.at = QDate(2025, 4, 6);
        const Scorecard asked = computeScorecard(data, request);
        CHECK(asked.period == Period{QDate(2025, 3, 31), QDate(2025, 4, 6)});
        CHECK(*asked.rows.constFirst().current.value == Approx(22.0));
    }
    SECTION("a month with a few days of data so far is not yet the one judged")
    {
        // A measurement for 2025-04-01 .. 04-10: the latest day is 04-10, in April,
        // which has not ended: March (22, breached) is the latest complete month.
        data.measurementsByStandard[s.id].append(
            {0, s.id, QDate(2025, 4, 1), QDate(2025, 4, 10), 5, std::nullopt, {}});
        data.latestDataDay = QDate(2025, 4, 10);
        const Scorecard card = computeScorecard(data, ScorecardRequest());
        CHECK(card.period == month(2025, 3));
        CHECK(*card.rows.constFirst().current.value == Approx(22.0));
        // Asked for explicitly, April shows its value so far: 5 <= 15, met.
        const Scorecard april = computeScorecard(data, monthAt(QDate(2025, 4, 1)));
        CHECK(april.period == month(2025, 4));
        CHECK(april.rows.constFirst().current.status == ComplianceStatus::Met);
    }
    SECTION("weekly data reaching a month's last week completes the month")
    {
        // Weekly reports end on Sundays: the last one of April 2025 ends on
        // Sunday 04-27, four days before the month does. 04-27 is within
        // April's last week (04-24 .. 04-30), so April is the month judged.
        data.measurementsByStandard[s.id].append(
            {0, s.id, QDate(2025, 4, 21), QDate(2025, 4, 27), 5, std::nullopt, {}});
        data.latestDataDay = QDate(2025, 4, 27);
        CHECK(computeScorecard(data, ScorecardRequest()).period == month(2025, 4));
        // Ending 04-23, a day before that week, April is not complete yet.
        data.latestDataDay = QDate(2025, 4, 23);
        CHECK(computeScorecard(data, ScorecardRequest()).period == month(2025, 3));
    }
    SECTION("data only in a month not yet over still shows that month")
    {
        ComplianceData early;
        early.standards = {s};
        early.measurementsByStandard[s.id] = {
            {0, s.id, QDate(2025, 4, 1), QDate(2025, 4, 10), 5, std::nullopt, {}}};
        early.earliestDataDay = QDate(2025, 4, 10);
        early.latestDataDay = QDate(2025, 4, 10);
        const Scorecard card = computeScorecard(early, ScorecardRequest());
        CHECK(card.period == month(2025, 4));
        CHECK(*card.rows.constFirst().current.value == Approx(5.0));
    }
    SECTION("no data at all: no period, no rows")
    {
        ComplianceData empty;
        empty.standards = {s};
        const Scorecard card = computeScorecard(empty, ScorecardRequest());
        CHECK_FALSE(card.period.isValid());
        CHECK(card.rows.isEmpty());
    }
}

TEST_CASE("recent holds the last 12 periods and met_last_12 counts the met ones", "[compliance]")
{
    const Standard s = lowerStandard(1);
    ComplianceData data;
    data.standards = {s};
    // March 2024: 10 (met, but 13 months back: outside the window).
    // April 2024 .. March 2025: 14 met, 15 met, 16 at risk, 21 breached, 13 met,
    // none, 12 met, 20 at risk, 15 met, 18 at risk, 11 met, 15 met: 7 met.
    addMonthly(data, s, QDate(2024, 3, 1),
               {10, 14, 15, 16, 21, 13, std::nullopt, 12, 20, 15, 18, 11, 15});
    const Scorecard card = computeScorecard(data, ScorecardRequest());
    CHECK(card.period == month(2025, 3));
    REQUIRE(card.rows.size() == 1);
    const ScorecardRow &row = card.rows.constFirst();
    REQUIRE(row.recent.size() == Scorecard::kRecentPeriods);
    CHECK(row.recent.size() == 12);
    CHECK(row.recent.constFirst().period == month(2024, 4));
    CHECK(row.recent.constLast().period == month(2025, 3));
    CHECK(row.recent.constLast().period == row.current.period);
    for (qsizetype i = 1; i < row.recent.size(); ++i)
        CHECK(row.recent.at(i).period.start == row.recent.at(i - 1).period.end.addDays(1));
    CHECK(row.recent.at(8).status == ComplianceStatus::Met);    // December 2024: 15 = target
    CHECK(row.recent.at(5).status == ComplianceStatus::NoData); // September 2024
    CHECK(row.metInRecent == 7);

    // Trend over October 2024 .. March 2025: 12, 20, 15, 18, 11, 15 at x = 0..5.
    // mean x 2.5; sum (x - 2.5) y = -30 - 30 - 7.5 + 9 + 16.5 + 37.5 = -4.5;
    // sum (x - 2.5)^2 = 17.5; slope -0.2571429; change over 5: -1.2857143.
    // |change| > 0.25 and downward: improving.
    REQUIRE(row.trendChange);
    CHECK(*row.trendChange == Approx(-1.2857143));
    CHECK(row.trend == Trend::Improving);
}

TEST_CASE("the trend is fitted over the last six periods", "[compliance]")
{
    SECTION("improving: down by one a month")
    {
        // The first six months sit at 10, so over all twelve it would rise.
        // Last six 20, 19, 18, 17, 16, 15: slope -1, change -1 x 5 = -5: improving.
        const ScorecardRow row =
            marchRow(lowerStandard(1), {10, 10, 10, 10, 10, 10, 20, 19, 18, 17, 16, 15});
        CHECK(*row.trendChange == Approx(-5.0));
        CHECK(row.trend == Trend::Improving);
    }
    SECTION("worsening: up by a half a month in steps")
    {
        // First six at 25 (would make the twelve fall). Last six 15, 15, 16, 16, 17, 17:
        // mean 16; sum (x - 2.5)(y - 16) = 2.5 + 1.5 + 0 + 0 + 1.5 + 2.5 = 8;
        // slope 8 / 17.5 = 0.4571429; change x 5 = 2.2857143 > 0.25: worsening.
        const ScorecardRow row =
            marchRow(lowerStandard(1), {25, 25, 25, 25, 25, 25, 15, 15, 16, 16, 17, 17});
        CHECK(*row.trendChange == Approx(2.2857143));
        CHECK(row.trend == Trend::Worsening);
    }
    SECTION("steady: a wobble within the tolerance")
    {
        // First six at 10. Last six 16, 16.1, 16, 16.1, 16, 16.1: mean 16.05;
        // sum (x - 2.5)(y - 16.05) = 0.125 - 0.075 + 0.025 + 0.025 - 0.075 + 0.125 = 0.15;
        // slope 0.15 / 17.5 = 0.0085714; change 0.0428571 <= 0.25: steady.
        const ScorecardRow row =
            marchRow(lowerStandard(1), {10, 10, 10, 10, 10, 10, 16, 16.1, 16, 16.1, 16, 16.1});
        CHECK(*row.trendChange == Approx(0.0428571));
        CHECK(row.trend == Trend::Steady);
    }
    SECTION("higher is better: rising improves, falling worsens")
    {
        // 80, 82, .., 90: slope 2, change 10 > 0.5.
        const ScorecardRow up =
            marchRow(higherStandard(2), {99, 99, 99, 99, 99, 99, 80, 82, 84, 86, 88, 90});
        CHECK(*up.trendChange == Approx(10.0));
        CHECK(up.trend == Trend::Improving);
        // 90, 88, .., 80: change -10.
        const ScorecardRow down =
            marchRow(higherStandard(2), {70, 70, 70, 70, 70, 70, 90, 88, 86, 84, 82, 80});
        CHECK(*down.trendChange == Approx(-10.0));
        CHECK(down.trend == Trend::Worsening);
        CHECK(down.current.status == ComplianceStatus::AtRisk); // 80 = threshold
    }
    SECTION("gaps keep the positions of the periods with data, but two are too few")
    {
        // Last six: none, 18, none, none, 15, none: points (1, 18), (4, 15);
        // slope -3 / 3 = -1, span 4 - 1 = 3: change -3; two points are
        // fewer than the six a trend word needs.
        const ScorecardRow row =
            marchRow(lowerStandard(1), {10, 10, 10, 10, 10, 10, std::nullopt, 18, std::nullopt,
                                        std::nullopt, 15, std::nullopt});
        CHECK(*row.trendChange == Approx(-3.0));
        CHECK(row.trend == Trend::TooFewPeriods);
        CHECK(row.current.status == ComplianceStatus::NoData); // nothing in March
    }
    SECTION("one value in the window: too few, no change")
    {
        const ScorecardRow row =
            marchRow(lowerStandard(1), {10, 10, 10, 10, 10, 10, std::nullopt, std::nullopt,
                                        std::nullopt, std::nullopt, std::nullopt, 30});
        CHECK_FALSE(row.trendChange);
        CHECK(row.trend == Trend::TooFewPeriods);
    }
}

TEST_CASE("the department filter keeps the standards the department owns", "[compliance]")
{
    ComplianceData data;
    data.standards = {lowerStandard(1, 1), lowerStandard(2, 2), lowerStandard(3, 1)};
    for (const Standard &s : std::as_const(data.standards))
        addMonthly(data, s, QDate(2025, 1, 1), {10});

    ScorecardRequest request;
    CHECK(codesOf(computeScorecard(data, request)) ==
          QStringList{QStringLiteral("STD-1"), QStringLiteral("STD-2"), QStringLiteral("STD-3")});
    request.departmentId = 1;
    CHECK(codesOf(computeScorecard(data, request)) ==
          QStringList{QStringLiteral("STD-1"), QStringLiteral("STD-3")});
    request.departmentId = 2;
    CHECK(codesOf(computeScorecard(data, request)) == QStringList{QStringLiteral("STD-2")});
    request.departmentId = 99;
    const Scorecard none = computeScorecard(data, request);
    CHECK(none.rows.isEmpty());
    CHECK(none.period == month(2025, 1)); // the period does not depend on the filter
}

TEST_CASE("a retired standard drops out after its retirement date", "[compliance]")
{
    Standard retired = lowerStandard(1);
    retired.status = StandardStatus::Retired;
    retired.retiredOn = QDate(2025, 2, 15); // a Saturday
    const Standard active = lowerStandard(2);
    ComplianceData data;
    data.standards = {retired, active};
    addMonthly(data, retired, QDate(2025, 1, 1), {10, 10});
    addMonthly(data, active, QDate(2025, 1, 1), {10, 10, 10});

    // January and February: still in force for some of the month.
    CHECK(codesOf(computeScorecard(data, monthAt(QDate(2025, 1, 15)))) ==
          QStringList{QStringLiteral("STD-1"), QStringLiteral("STD-2")});
    CHECK(codesOf(computeScorecard(data, monthAt(QDate(2025, 2, 20)))) ==
          QStringList{QStringLiteral("STD-1"), QStringLiteral("STD-2")});
    // March: gone.
    CHECK(codesOf(computeScorecard(data, monthAt(QDate(2025, 3, 1)))) ==
          QStringList{QStringLiteral("STD-2")});
    // Weeks: 02-10 .. 02-16 holds the retirement date; 02-17 .. 02-23 is after it.
    ScorecardRequest week;
    week.kind = PeriodKind::Week;
    week.at = QDate(2025, 2, 12);
    CHECK(codesOf(computeScorecard(data, week)) ==
          QStringList{QStringLiteral("STD-1"), QStringLiteral("STD-2")});
    week.at = QDate(2025, 2, 17);
    CHECK(codesOf(computeScorecard(data, week)) == QStringList{QStringLiteral("STD-2")});
}

TEST_CASE("a standard not yet in effect in the period has no target and no status", "[compliance]")
{
    // First revision from 2025-03-01; a measurement of 10 in February and March.
    const Standard later = lowerStandard(1, 1, QDate(2025, 3, 1));
    ComplianceData data;
    data.standards = {later};
    addMonthly(data, later, QDate(2025, 2, 1), {10, 10});

    const Scorecard february = computeScorecard(data, monthAt(QDate(2025, 2, 1)));
    const ScorecardRow *row = rowOf(february, QStringLiteral("STD-1"));
    REQUIRE(row);
    CHECK(*row->current.value == Approx(10.0));
    CHECK_FALSE(row->current.target);
    CHECK_FALSE(row->current.threshold);
    CHECK(row->current.status == ComplianceStatus::NoData);
    CHECK(row->metInRecent == 0);

    const Scorecard march = computeScorecard(data, monthAt(QDate(2025, 3, 31)));
    REQUIRE(march.rows.size() == 1);
    CHECK(march.rows.constFirst().current.status == ComplianceStatus::Met); // 10 <= 15
    CHECK(march.rows.constFirst().metInRecent == 1); // February had no target
}

TEST_CASE("the scorecard of a stored workbench", "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Department ops{0, QStringLiteral("OPS"), QStringLiteral("Operations")};
    REQUIRE(wb.departments().insert(ops).ok());

    // Mean days, 15 / 20 from 2024-01-01, tightened to 3 / 5 from 2025-03-01.
    Standard turnaround = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    turnaround.revise(QDate(2025, 3, 1), 3, 5, QStringLiteral("tightened"));
    REQUIRE(wb.catalogue().add(turnaround).isEmpty());
    // Right first time, higher is better, 80 / 70, owned by Operations.
    Standard rft = Testing::turnaroundStandard(c, QStringLiteral("APP-R-01"));
    rft.metric = Metric::RightFirstTimePct;
    rft.direction = Direction::HigherIsBetter;
    rft.unit = QStringLiteral("%");
    rft.departmentId = ops.id;
    rft.revisions = {{QDate(2024, 1, 1), 80, 70, QStringLiteral("first"), {}, {}, {}}};
    REQUIRE(wb.catalogue().add(rft).isEmpty());

    using R = RightFirstTime;
    const qint64 app = c.serviceId;
    QList<CaseRecord> cases = {
        // January: 10 and 14 days (mean 12); yes, yes (100%).
        caseRecord(app, QStringLiteral("1"), u"2025-01-01", u"2025-01-11", R::Yes),
        caseRecord(app, QStringLiteral("2"), u"2025-01-06", u"2025-01-20", R::Yes),
        // February: 16 and 20 days (mean 18); yes, no (50%).
        caseRecord(app, QStringLiteral("3"), u"2025-02-01", u"2025-02-17", R::Yes),
        caseRecord(app, QStringLiteral("4"), u"2025-02-03", u"2025-02-23", R::No),
        // March: 2, 8 and 5 days (mean 5); yes, yes, unknown (100% of 2).
        caseRecord(app, QStringLiteral("5"), u"2025-03-03", u"2025-03-05", R::Yes),
        caseRecord(app, QStringLiteral("6"), u"2025-03-03", u"2025-03-11", R::Yes),
        // 5 days from 03-26 to 03-31 at -05:00; completed on 2025-04-01 in UTC but on
        // 2025-03-31 as written: the latest data day is in March.
        caseRecord(app, QStringLiteral("7"), u"2025-03-26T23:30:00-05:00",
                   u"2025-03-31T23:30:00-05:00", R::Unknown),
        // Open: ignored.
        caseRecord(app, QStringLiteral("8"), u"2025-03-20", {}, R::No)};
    REQUIRE(wb.cases().insertMany(cases).ok());

    const ComplianceData data = ComplianceDataLoader::load(wb);
    CHECK(data.latestDataDay == QDate(2025, 3, 31));
    CHECK(data.earliestDataDay == QDate(2025, 1, 11));

    const Scorecard card = computeScorecard(data, ScorecardRequest());
    CHECK(card.period == month(2025, 3));
    // Catalogue order (by code).
    REQUIRE(codesOf(card) == QStringList{QStringLiteral("APP-R-01"), QStringLiteral("APP-T-01")});

    const ScorecardRow &r = card.rows.at(0);
    CHECK(r.source == ValueSource::Cases);
    CHECK(*r.current.value == Approx(100.0));
    CHECK(*r.current.n == 2);
    CHECK(r.current.status == ComplianceStatus::Met);
    // Met in January (100) and March (100); February's 50 < 70 is breached.
    CHECK(r.recent.at(10).status == ComplianceStatus::Breached);
    CHECK(r.metInRecent == 2);
    // Window Oct .. Mar: (3, 100), (4, 50), (5, 100): sum (x - 4) y = -100 + 100 = 0:
    // change 0; three points: too few for a word.
    CHECK(*r.trendChange == Approx(0.0));
    CHECK(r.trend == Trend::TooFewPeriods);

    const ScorecardRow &t = card.rows.at(1);
    CHECK(t.source == ValueSource::Cases);
    CHECK(*t.current.value == Approx(5.0)); // (2 + 8 + 5) / 3
    CHECK(*t.current.n == 3);
    CHECK(*t.current.target == 3); // the March revision
    CHECK(*t.current.threshold == 5);
    CHECK(t.current.status == ComplianceStatus::AtRisk); // 5 = threshold
    // January 12 <= 15 met (first revision); February 18: at risk.
    CHECK(t.recent.at(9).status == ComplianceStatus::Met);
    CHECK(*t.recent.at(9).target == 15);
    CHECK(t.recent.at(10).status == ComplianceStatus::AtRisk);
    CHECK(t.metInRecent == 1);
    // Window Oct .. Mar: (3, 12), (4, 18), (5, 5): sum (x - 4) y = -12 + 5 = -7;
    // sum (x - 4)^2 = 2; slope -3.5; span 2: change -7; three points: too few
    // for a word.
    CHECK(*t.trendChange == Approx(-7.0));
    CHECK(t.trend == Trend::TooFewPeriods);

    ScorecardRequest opsOnly;
    opsOnly.departmentId = ops.id;
    CHECK(codesOf(computeScorecard(data, opsOnly)) == QStringList{QStringLiteral("APP-R-01")});
    ScorecardRequest january = opsOnly;
    january.departmentId = c.departmentId;
    january.at = QDate(2025, 1, 31);
    const Scorecard jan = computeScorecard(data, january);
    REQUIRE(jan.rows.size() == 1);
    CHECK(*jan.rows.constFirst().current.value == Approx(12.0)); // (10 + 14) / 2
    CHECK(jan.rows.constFirst().current.status == ComplianceStatus::Met);
}
