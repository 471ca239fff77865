// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata/dollarpareto.h"
#include "chartdata/trendchart.h"
#include "costofdelay/costofdelay.h"
#include "costofdelay/money.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

Standard durationStandard(qint64 id, const QString &code, Metric metric = Metric::TurnaroundDays)
{
    Standard standard;
    standard.id = id;
    standard.code = code;
    standard.metric = metric;
    standard.statistic = Statistic::mean();
    standard.direction = Direction::LowerIsBetter;
    standard.unit =
        metric == Metric::TurnaroundHours ? QStringLiteral("hours") : QStringLiteral("days");
    return standard;
}

ValueModel model(qint64 standardId, double valuePerDay, double casesPerYear,
                 std::optional<double> costPerYear = std::nullopt)
{
    ValueModel m;
    m.standardId = standardId;
    m.valuePerDay = valuePerDay;
    m.casesPerYear = casesPerYear;
    m.costPerYear = costPerYear;
    return m;
}

PeriodValue periodValue(double value, double target, ComplianceStatus status, int month = 6)
{
    PeriodValue v;
    v.period = periodContaining(PeriodKind::Month, QDate(2025, month, 1));
    v.value = value;
    v.target = target;
    v.threshold = target + 2;
    v.status = status;
    return v;
}

} // namespace

TEST_CASE("a day sooner on every card is worth the case's US$1.4 million a year",
          "[value][costofdelay]")
{
    // DOMAIN.md: about US$0.33 per card, about US$1.4 million a year.
    // 0.33 x 4,250,000 = 1,402,500.
    CHECK(model(1, 0.33, 4'250'000).annualValuePerDay() == Approx(1'402'500.0));
}

TEST_CASE("the annual value of an improvement is days saved x value of a day x cases",
          "[value][costofdelay]")
{
    const ValueModel applications = model(1, 0.33, 1'750'000, 1'000'000);
    // 35 -> 15 days: 20 x 0.33 x 1,750,000 = 11,550,000.
    CHECK(annualValueOfImprovement(applications, 35, 15) == Approx(11'550'000.0));
    // Net of the US$1,000,000 a year it costs: 10,550,000.
    CHECK(annualValueOfImprovement(applications, 35, 15, CostTreatment::NetOfCost) ==
          Approx(10'550'000.0));
    // Getting worse is a loss of the same size.
    CHECK(annualValueOfImprovement(applications, 15, 35) == Approx(-11'550'000.0));
    // Without a cost, net and gross agree: 2 days x 0.5 x 100 = 100.
    CHECK(annualValueOfImprovement(model(2, 0.5, 100), 5, 3, CostTreatment::NetOfCost) ==
          Approx(100.0));
}

TEST_CASE("days saved follow the standard's direction", "[value][costofdelay]")
{
    CHECK(daysSaved(35, 15, Direction::LowerIsBetter) == 20);
    CHECK(daysSaved(15, 35, Direction::LowerIsBetter) == -20);
    CHECK(daysSaved(35, 15, Direction::HigherIsBetter) == -20);
}

TEST_CASE("only durations have a value of a day", "[value][costofdelay]")
{
    CHECK(daysPerUnit(durationStandard(1, QStringLiteral("A"))) == 1.0);
    CHECK(*daysPerUnit(durationStandard(1, QStringLiteral("A"), Metric::TurnaroundHours)) ==
          Approx(1.0 / 24.0));
    CHECK_FALSE(daysPerUnit(durationStandard(1, QStringLiteral("A"), Metric::SurveyScore)));
    CHECK_FALSE(daysPerUnit(durationStandard(1, QStringLiteral("A"), Metric::RightFirstTimePct)));
    Standard within = durationStandard(1, QStringLiteral("A"));
    within.statistic = Statistic::shareWithin(5); // a share of cases, not days
    CHECK_FALSE(daysPerUnit(within));
}

TEST_CASE("the value of a change in hours converts hours to days", "[value][costofdelay]")
{
    const Standard hours = durationStandard(1, QStringLiteral("H"), Metric::TurnaroundHours);
    // 60 h -> 12 h is 48 h = 2 days; 2 x 0.25 x 1,000,000 = 500,000 a year.
    const auto change = valueOfChange(hours, model(1, 0.25, 1'000'000, 100'000), 60.0, 12.0);
    REQUIRE(change);
    CHECK(change->daysSaved == Approx(2.0));
    CHECK(change->annualValue == Approx(500'000.0));
    CHECK(change->netValue() == Approx(400'000.0));
}

TEST_CASE("the value of a change between two periods", "[value][costofdelay]")
{
    const Standard issuance = durationStandard(1, QStringLiteral("REP"));
    const ValueModel m = model(1, 0.33, 1'000'000);
    const PeriodValue before = periodValue(15, 5, ComplianceStatus::Breached, 1);
    const PeriodValue after = periodValue(2, 5, ComplianceStatus::Met, 12);
    const auto change = valueOfChange(issuance, m, before, after);
    REQUIRE(change);
    // 15 -> 2 days: 13 x 0.33 x 1,000,000 = 4,290,000.
    CHECK(change->annualValue == Approx(4'290'000.0));
    CHECK(change->before == before.period);
    CHECK(change->after == after.period);

    PeriodValue empty = after;
    empty.value.reset();
    CHECK_FALSE(valueOfChange(issuance, m, before, empty));
    CHECK_FALSE(valueOfChange(durationStandard(1, QStringLiteral("S"), Metric::SurveyScore), m,
                              before, after));
}

TEST_CASE("dollars at stake are the days over target x value of a day x cases",
          "[value][costofdelay]")
{
    const Standard applications = durationStandard(1, QStringLiteral("APP"));
    const ValueModel m = model(1, 0.33, 1'750'000);
    // 20 days against a 15-day target: 5 x 0.33 x 1,750,000 = 2,887,500.
    CHECK(*dollarsAtStake(applications, m, periodValue(20, 15, ComplianceStatus::Breached)) ==
          Approx(2'887'500.0));
    // Met (equal to the target): nothing at stake.
    CHECK(*dollarsAtStake(applications, m, periodValue(15, 15, ComplianceStatus::Met)) == 0.0);
    // 36 h against 24 h is half a day: 0.5 x 0.33 x 1,000,000 = 165,000.
    const Standard hours = durationStandard(2, QStringLiteral("H"), Metric::TurnaroundHours);
    CHECK(*dollarsAtStake(hours, model(2, 0.33, 1'000'000),
                          periodValue(36, 24, ComplianceStatus::Breached)) == Approx(165'000.0));
    PeriodValue noTarget = periodValue(20, 15, ComplianceStatus::NoData);
    noTarget.target.reset();
    CHECK_FALSE(dollarsAtStake(applications, m, noTarget));
}

TEST_CASE("the dollar Pareto ranks missed standards by what they cost a year",
          "[value][costofdelay][chartdata]")
{
    Scorecard scorecard;
    scorecard.kind = PeriodKind::Month;
    scorecard.period = periodContaining(PeriodKind::Month, QDate(2025, 6, 1));
    auto row = [](const Standard &standard, const PeriodValue &current) {
        ScorecardRow r;
        r.standard = standard;
        r.current = current;
        return r;
    };
    scorecard.rows = {
        // 16 vs 15 days at risk: 1 x 0.33 x 4,250,000 = 1,402,500.
        row(durationStandard(1, QStringLiteral("NEW")),
            periodValue(16, 15, ComplianceStatus::AtRisk)),
        // 20 vs 15 days breached: 5 x 0.33 x 1,750,000 = 2,887,500.
        row(durationStandard(2, QStringLiteral("APP")),
            periodValue(20, 15, ComplianceStatus::Breached)),
        // Breached, but without a value model: left out.
        row(durationStandard(3, QStringLiteral("NOM")),
            periodValue(30, 15, ComplianceStatus::Breached)),
        // Met: left out.
        row(durationStandard(4, QStringLiteral("MET")), periodValue(2, 5, ComplianceStatus::Met)),
        // A survey score has no value of a day: left out.
        row(durationStandard(5, QStringLiteral("SUR"), Metric::SurveyScore),
            periodValue(3, 5, ComplianceStatus::Breached)),
    };
    const QList<ValueModel> models = {model(1, 0.33, 4'250'000), model(2, 0.33, 1'750'000),
                                      model(4, 1, 1'000'000), model(5, 1, 1'000'000)};

    const ParetoChart chart = dollarPareto(scorecard, models);
    REQUIRE(chart.bars.size() == 2);
    CHECK(chart.bars[0].label == QLatin1String("APP"));
    CHECK(chart.bars[0].weight == Approx(2'887'500.0));
    CHECK(chart.bars[1].label == QLatin1String("NEW"));
    CHECK(chart.bars[1].weight == Approx(1'402'500.0));
    // 2,887,500 + 1,402,500 = 4,290,000; APP's share 2,887,500 / 4,290,000 = 67.31%.
    CHECK(chart.total == Approx(4'290'000.0));
    CHECK(chart.bars[0].cumulativePercent == Approx(67.3077).epsilon(1e-4));
    CHECK(chart.weightLabel == QLatin1String("US$ a year at stake"));
    CHECK(chart.subtitle.contains(QLatin1String("US$4.29M")));
    CHECK_FALSE(chart.source.isEmpty());
}

TEST_CASE("money reads as a slide shows it", "[value][money]")
{
    CHECK(formatMoney(1'402'500) == QLatin1String("US$1.40M"));
    CHECK(formatMoney(17'500'000) == QLatin1String("US$17.5M"));
    CHECK(formatMoney(350'000) == QLatin1String("US$350k"));
    CHECK(formatMoney(1'500) == QLatin1String("US$1,500"));
    CHECK(formatMoney(9'876.4) == QLatin1String("US$9,876"));
    // 12,345 to three figures is 12,300: "US$12.3k".
    CHECK(formatMoney(12'345) == QLatin1String("US$12.3k"));
    CHECK(formatMoney(150) == QLatin1String("US$150"));
    CHECK(formatMoney(0.33) == QLatin1String("US$0.33"));
    CHECK(formatMoney(1.2e9) == QLatin1String("US$1.20B"));
    // Rounding decides the suffix: 999,999 is US$1.00M, not US$1000k.
    CHECK(formatMoney(999'999) == QLatin1String("US$1.00M"));
    CHECK(formatMoney(-2'000'000) == QString::fromUtf8("−US$2.00M"));
    CHECK(formatMoney(0) == QLatin1String("US$0"));
    // A loss that rounds to nothing carries no sign.
    CHECK(formatMoney(-0.001) == QLatin1String("US$0.00"));
}

TEST_CASE("a trend chart of a standard with a value model says what the change is worth",
          "[value][costofdelay][chartdata][trend]")
{
    ComplianceData data;
    Standard applications = durationStandard(7, QStringLiteral("APP-T-01"));
    applications.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("first"), {}, {}, {}}};
    data.standards = {applications};
    // Jan..Jun 2024: 36, 34, 35 | 20, 16, 15; the baseline mean is 35.
    const double values[] = {36, 34, 35, 20, 16, 15};
    for (int month = 0; month < 6; ++month) {
        const QDate start = QDate(2024, 1, 1).addMonths(month);
        data.measurementsByStandard[7].append({0, 7, start, start.addMonths(1).addDays(-1),
                                               values[month], std::nullopt,
                                               QStringLiteral("test")});
    }
    data.earliestDataDay = QDate(2024, 1, 1);
    data.latestDataDay = QDate(2024, 6, 30);
    ProcessPhase programme;
    programme.startsOn = QDate(2024, 4, 1);
    programme.label = QStringLiteral("Quality programme");

    const TrendChartRequest request{{7}, PeriodKind::Month, {}, {}, {}};
    // 35 -> 15 days: 20 x 0.33 x 1,750,000 = US$11,550,000 = "US$11.6M".
    const TrendChart valued =
        buildTrendChart(request, data, {programme}, {model(7, 0.33, 1'750'000)});
    CHECK(valued.valueNote.contains(QLatin1String("US$11.6M")));
    // Days by the unit's rule (one decimal), cases with separators.
    CHECK(valued.valueNote.contains(QLatin1String("20.0 days sooner on 1,750,000 cases")));
    CHECK(valued.subtitle.contains(valued.valueNote));

    // Another standard's model says nothing about this one.
    const TrendChart unvalued =
        buildTrendChart(request, data, {programme}, {model(8, 0.33, 1'750'000)});
    CHECK(unvalued.valueNote.isEmpty());
    CHECK_FALSE(unvalued.subtitle.contains(QLatin1String("US$")));
}
