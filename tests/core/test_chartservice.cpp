// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "chartdatasupport.h"
#include "testsupport.h"
#include "usecases/chartservice.h"
#include "usecases/chartsource.h"
#include "workbench/workbench.h"

using namespace Yardstick;
using namespace Yardstick::ChartTesting;

// ChartService answers every ChartRequest with the chart's data or the reason
// there is none. Every expected number is worked out by hand next to it.

namespace {

// Two standards of the Operations department, January to June 2024:
// A-1 is 25, 25, 10, 10, 10, 25 days (breached in January, February and
// June); B-2 is 10 days every month (always met).
ChartSource twoStandards()
{
    ChartSource source;
    source.data.standards = {turnaround(1, QStringLiteral("A-1")),
                             turnaround(2, QStringLiteral("B-2"))};
    addMonthly(source.data, source.data.standards.at(0), QDate(2024, 1, 1),
               {25, 25, 10, 10, 10, 25});
    addMonthly(source.data, source.data.standards.at(1), QDate(2024, 1, 1),
               {10, 10, 10, 10, 10, 10});
    source.reference.departments = {{1, QStringLiteral("OPS"), QStringLiteral("Operations")}};
    return source;
}

ChartRequest requestFor(ChartKind kind, QList<qint64> standards = {})
{
    ChartRequest request;
    request.kind = kind;
    request.standards = std::move(standards);
    return request;
}

} // namespace

TEST_CASE("a trend request gives the standard's values, with the headline only when asked",
          "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    ChartRequest request = requestFor(ChartKind::Trend, {1});
    request.headline = false;
    const ChartResult result = wb->charts().chart(request, source);
    REQUIRE(result.drawable());
    const auto &trend = std::get<TrendChart>(*result.drawable());
    REQUIRE(trend.series.size() == 1);
    QList<double> values;
    for (const TrendPoint &point : trend.series.first().points)
        values << point.value.value_or(-1);
    CHECK(values == QList<double>{25, 25, 10, 10, 10, 25});
    CHECK(trend.headline.isEmpty());
}

TEST_CASE("a trend of a standard with nothing measured gives its reason, and its empty data",
          "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    source.data.standards.append(turnaround(3, QStringLiteral("C-3")));
    const ChartResult result = wb->charts().chart(requestFor(ChartKind::Trend, {3}), source);
    CHECK_FALSE(result.drawable());
    CHECK(result.emptyReason == QStringLiteral("There is no data to chart for these standards."));
    // The report pack still prints the headline standard's (empty) page.
    REQUIRE(result.chart.has_value());
    CHECK(std::holds_alternative<TrendChart>(*result.chart));
    CHECK(wb->charts().chart(requestFor(ChartKind::Trend), source).emptyReason ==
          QStringLiteral("Choose a standard to chart."));
}

TEST_CASE("a control request charts the first standard with the type asked for", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    ChartRequest request = requestFor(ChartKind::ControlChart, {1, 2});
    request.controlChartType = ControlChartType::IndividualsMovingRange;
    const ChartResult result = wb->charts().chart(request, source);
    REQUIRE(result.drawable());
    const auto &control = std::get<StandardControlChart>(*result.drawable());
    CHECK(control.code == QStringLiteral("A-1"));
    CHECK(control.chart.kind == ControlChartType::IndividualsMovingRange);
    // A-1's mean: (25 + 25 + 10 + 10 + 10 + 25) / 6 = 105 / 6 = 17.5.
    REQUIRE(control.chart.primary.points.size() == 6);
    CHECK(control.chart.primary.points.at(0).center == Approx(17.5));
}

TEST_CASE("a control chart the data cannot give is refused with the analysis' reason",
          "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    // A p chart needs case counts; A-1 has none.
    ChartRequest request = requestFor(ChartKind::ControlChart, {1});
    request.controlChartType = ControlChartType::P;
    const ChartResult result = wb->charts().chart(request, source);
    CHECK_FALSE(result.chart.has_value());
    CHECK_FALSE(result.emptyReason.isEmpty());
}

TEST_CASE("the breached standards Pareto counts each standard's breached periods", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    const ChartResult result = wb->charts().chart(requestFor(ChartKind::BreachedStandards), source);
    REQUIRE(result.drawable());
    const auto &pareto = std::get<ParetoChart>(*result.drawable());
    // A-1 over 20 days in January, February and June: 3; B-2 never: left out.
    REQUIRE(pareto.bars.size() == 1);
    CHECK(pareto.bars.first().label == QStringLiteral("A-1"));
    CHECK(pareto.bars.first().weight == 3);
}

TEST_CASE("the heat map shows what slipped for the page, and what is given otherwise",
          "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    ChartRequest page = requestFor(ChartKind::Heatmap, {2});
    page.heatmapRows = HeatmapRows::SlippedUnlessTwoGiven;
    // One ticked: what slipped lately, which is A-1 only.
    const ChartResult slipped = wb->charts().chart(page, source);
    REQUIRE(slipped.drawable());
    const auto &rows = std::get<HeatmapChart>(*slipped.drawable()).rows;
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().code == QStringLiteral("A-1"));
    // None given, as the command line without --standard: every standard.
    const ChartResult all = wb->charts().chart(requestFor(ChartKind::Heatmap), source);
    REQUIRE(all.drawable());
    CHECK(std::get<HeatmapChart>(*all.drawable()).rows.size() == 2);
}

TEST_CASE("a heat map of what slipped when nothing did gives its reason", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    source.data.measurementsByStandard.remove(1); // only B-2, always met, is left
    ChartRequest page = requestFor(ChartKind::Heatmap);
    page.heatmapRows = HeatmapRows::SlippedUnlessTwoGiven;
    const ChartResult result = wb->charts().chart(page, source);
    CHECK_FALSE(result.drawable());
    CHECK(result.emptyReason.startsWith(
        QStringLiteral("Every standard met its target in each recent period")));
}

TEST_CASE("the department chart shares the met standards of the period", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    const ChartResult result = wb->charts().chart(requestFor(ChartKind::Departments), source);
    REQUIRE(result.drawable());
    const auto &bars = std::get<DepartmentChart>(*result.drawable()).bars;
    // June: A-1 breached (25 days), B-2 met: 1 of 2 = 50%.
    REQUIRE(bars.size() == 1);
    CHECK(bars.first().met == 1);
    CHECK(bars.first().assessed == 2);
    CHECK(bars.first().sharePercent == Approx(50));
}

TEST_CASE("the scorecard charts of a workbench without data give one reason", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource empty;
    for (ChartKind kind : {ChartKind::BreachedStandards, ChartKind::DollarsAtStake,
                           ChartKind::Heatmap, ChartKind::Departments}) {
        INFO(chartKindKey(kind).toStdString());
        const ChartResult result = wb->charts().chart(requestFor(kind), empty);
        CHECK_FALSE(result.drawable());
        CHECK(result.emptyReason == QStringLiteral("The workbench holds no data yet."));
    }
}

TEST_CASE("dollars at stake without a value model gives its reason", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    const ChartResult result = wb->charts().chart(requestFor(ChartKind::DollarsAtStake), source);
    CHECK_FALSE(result.drawable());
    CHECK(result.emptyReason.startsWith(QStringLiteral("No standard has a value model yet")));
}

TEST_CASE("the complaint charts of a workbench without letters give one reason", "[chartservice]")
{
    auto wb = Testing::memoryWorkbench();
    ChartSource source = twoStandards();
    for (ChartKind kind : {ChartKind::ComplaintsByService, ChartKind::ComplaintsByDimension,
                           ChartKind::ComplaintsPerMonth}) {
        INFO(chartKindKey(kind).toStdString());
        const ChartResult result = wb->charts().chart(requestFor(kind), source);
        CHECK_FALSE(result.drawable());
        CHECK(result.emptyReason ==
              QStringLiteral("This workbench holds no complaint letters yet."));
    }
}

TEST_CASE("complaints per month count every letter of the workbench", "[chartservice][demo]")
{
    Workbench &demo = Testing::sharedDemoWorkbench();
    const qsizetype letters = demo.letters().all().size();
    REQUIRE(letters > 0);
    const ChartResult result = demo.charts().chart(requestFor(ChartKind::ComplaintsPerMonth));
    REQUIRE(result.drawable());
    CHECK(std::get<ComplaintTrendChart>(*result.drawable()).total == letters);
}

TEST_CASE("the SERVQUAL charts say when there are no answers, or no such wave",
          "[chartservice][servqual]")
{
    auto wb = Testing::memoryWorkbench();
    const ChartResult none = wb->charts().chart(requestFor(ChartKind::ServqualGaps));
    CHECK_FALSE(none.drawable());
    CHECK(none.emptyReason == QStringLiteral("The workbench has no survey answers to chart."));

    Workbench &demo = Testing::sharedDemoWorkbench();
    ChartRequest request = requestFor(ChartKind::ServqualQuadrant);
    request.wave = QStringLiteral("No such wave");
    const ChartResult unknown = demo.charts().chart(request);
    CHECK(unknown.emptyReason ==
          QStringLiteral("The workbench has no answers for the wave \"No such wave\"."));
    // The five SERVQUAL dimensions: tangibles, reliability, responsiveness,
    // assurance and empathy.
    const ChartResult gaps = demo.charts().chart(requestFor(ChartKind::ServqualGaps));
    REQUIRE(gaps.drawable());
    CHECK(std::get<ServqualGapChart>(*gaps.drawable()).bars.size() == 5);
}
