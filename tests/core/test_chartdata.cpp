// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/headlinebaseline.h"
#include "catchqt.h"
#include "chartdata/departmentchart.h"
#include "chartdata/heatmapchart.h"
#include "chartdata/paretochart.h"
#include "chartdata/standardcontrolchart.h"
#include "chartdata/trendchart.h"
#include "chartdatasupport.h"

#include <optional>
#include <vector>

using namespace Yardstick;
using namespace Yardstick::ChartTesting;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

ProcessPhase change(QDate startsOn, const QString &label, std::optional<qint64> standardId = {})
{
    ProcessPhase phase;
    phase.standardId = standardId;
    phase.startsOn = startsOn;
    phase.label = label;
    phase.reason = QStringLiteral("why");
    return phase;
}

} // namespace

TEST_CASE("a trend chart splits a standard at the programme start and means each phase",
          "[chartdata][trend]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    // Jan..Jun 2024: 36, 34, 35 | 20, 16, 15
    addMonthly(data, data.standards.first(), QDate(2024, 1, 1), {36, 34, 35, 20, 16, 15});
    const QList<ProcessPhase> phases = {
        change(QDate(2024, 4, 1), QStringLiteral("Quality programme"))};

    TrendChartRequest request;
    request.standardIds = {7};
    const TrendChart chart = buildTrendChart(request, data, phases);

    REQUIRE(chart.series.size() == 1);
    const TrendSeries &series = chart.series.first();
    REQUIRE(series.points.size() == 6);
    CHECK(series.points.at(0).target == 15);
    CHECK(series.points.at(0).threshold == 20);
    REQUIRE(series.phases.size() == 2);
    // Baseline: (36 + 34 + 35) / 3 = 35; programme: (20 + 16 + 15) / 3 = 17.
    CHECK(series.phases.at(0).label == QStringLiteral("Baseline"));
    CHECK(series.phases.at(0).lastPoint == 2);
    CHECK(*series.phases.at(0).mean == Approx(35.0));
    CHECK(series.phases.at(1).label == QStringLiteral("Quality programme"));
    CHECK(series.phases.at(1).firstPoint == 3);
    CHECK(*series.phases.at(1).mean == Approx(17.0));
    REQUIRE(chart.annotations.size() == 1);
    CHECK(chart.annotations.first().date == QDate(2024, 4, 1));
    // From the baseline's mean (35) to the last month (15), one decimal
    // for days as on the dashboard tile.
    CHECK(chart.headline == QStringLiteral("35.0 → 15.0 days"));
    CHECK(chart.source.contains(QStringLiteral("2024-01 to 2024-06")));
}

TEST_CASE("a change inside a period takes effect from the next period", "[chartdata][trend]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    addMonthly(data, data.standards.first(), QDate(2024, 1, 1), {30, 30, 10, 10});
    // 15 February: February still shows the old process, March is the first
    // month of the new one.
    const TrendChart chart = buildTrendChart({{7}, PeriodKind::Month, {}, {}, {}}, data,
                                             {change(QDate(2024, 2, 15), QStringLiteral("New"))});
    REQUIRE(chart.series.first().phases.size() == 2);
    CHECK(chart.series.first().phases.at(1).firstPoint == 2);
    CHECK(*chart.series.first().phases.at(0).mean == Approx(30.0));
    CHECK(*chart.series.first().phases.at(1).mean == Approx(10.0));
}

TEST_CASE("another standard's rebase does not split this standard's trend", "[chartdata][trend]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("A")), turnaround(8, QStringLiteral("B"))};
    addMonthly(data, data.standards.at(0), QDate(2024, 1, 1), {30, 20});
    const TrendChart chart = buildTrendChart({{7}, PeriodKind::Month, {}, {}, {}}, data,
                                             {change(QDate(2024, 2, 1), QStringLiteral("B's"), 8)});
    CHECK(chart.series.first().phases.size() == 1);
    CHECK(chart.annotations.isEmpty());
    // Without phases the headline runs from the first value to the last.
    CHECK(chart.headline == QStringLiteral("30.0 → 20.0 days"));
}

TEST_CASE("a trend chart overlays several standards over the union of their data",
          "[chartdata][trend]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("A")), turnaround(8, QStringLiteral("B"))};
    addMonthly(data, data.standards.at(0), QDate(2024, 1, 1), {30, 20, std::nullopt});
    addMonthly(data, data.standards.at(1), QDate(2024, 2, 1), {std::nullopt, 5});
    const TrendChart chart = buildTrendChart({{7, 8}, PeriodKind::Month, {}, {}, {}}, data, {});
    REQUIRE(chart.series.size() == 2);
    // A has January and February, B March: three months for both.
    CHECK(chart.series.at(0).points.size() == 3);
    CHECK(chart.series.at(1).points.size() == 3);
    CHECK_FALSE(chart.series.at(1).points.at(0).value.has_value()); // a gap, not a zero
    CHECK(chart.series.at(1).points.at(2).value == 5);
    CHECK(chart.subtitle.contains(QStringLiteral("A, B")));
}

TEST_CASE("headline numbers follow the unit's rule, as the tiles do", "[chartdata][trend]")
{
    CHECK(headlineText(35.4, 15.0, QStringLiteral("days")) == QStringLiteral("35.4 → 15.0 days"));
    CHECK(headlineText(15.6, 2.14, QStringLiteral("days")) == QStringLiteral("15.6 → 2.1 days"));
    CHECK(headlineText(88.0, 97.24, QStringLiteral("%")) == QStringLiteral("88.0 → 97.2%"));
}

TEST_CASE("the headline's baseline is the mean before the programme, whatever the chart's range",
          "[chartdata][trend][baseline]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    // Jan..Jun 2024: 36, 34, 35 | 20, 16, 15; the programme starts on 1 April
    // with no process change recorded.
    addMonthly(data, data.standards.first(), QDate(2024, 1, 1), {36, 34, 35, 20, 16, 15});
    TrendChartRequest request;
    request.standardIds = {7};
    request.programmeStart = QDate(2024, 4, 1);
    // Baseline (36 + 34 + 35) / 3 = 35.0, the last month 15.0.
    CHECK(buildTrendChart(request, data, {}).headline == QStringLiteral("35.0 → 15.0 days"));
    // A chart of May and June only still states the same baseline, not May's 16.
    request.from = QDate(2024, 5, 1);
    request.to = QDate(2024, 6, 30);
    CHECK(buildTrendChart(request, data, {}).headline == QStringLiteral("35.0 → 15.0 days"));

    // A process change on 15 February ends the baseline before the programme
    // start: February holds the change, so only January's 36 remains.
    const HeadlineBaseline early = headlineBaseline(
        data.standards.first(), data, PeriodKind::Month,
        baselineEnd(7, {change(QDate(2024, 2, 15), QStringLiteral("New"))}, QDate(2024, 4, 1)));
    REQUIRE(early.value);
    CHECK(*early.value == Approx(36.0));
    CHECK(early.periods == 1);
    CHECK(periodSpanLabel(PeriodKind::Month, early.span) == QStringLiteral("2024-01"));
    // Another standard's rebase does not end this one's baseline.
    CHECK(baselineEnd(7, {change(QDate(2024, 2, 15), QStringLiteral("B's"), 8)},
                      QDate(2024, 4, 1)) == QDate(2024, 4, 1));
    // Neither a start nor a change: no baseline.
    CHECK_FALSE(baselineEnd(7, {}, QDate()).isValid());
    const HeadlineBaseline full =
        headlineBaseline(data.standards.first(), data, PeriodKind::Month, QDate(2024, 4, 1));
    CHECK(full.periods == 3);
    CHECK(periodSpanLabel(PeriodKind::Month, full.span) == QStringLiteral("2024-01 to 2024-03"));
}

TEST_CASE("a Pareto chart sorts, accumulates and lumps the tail into Other", "[chartdata][pareto]")
{
    // 50 + 30 + 10 + 6 + 4 = 100.
    const ParetoChart chart = paretoOf({{QStringLiteral("d"), 6},
                                        {QStringLiteral("a"), 50},
                                        {QStringLiteral("e"), 4},
                                        {QStringLiteral("b"), 30},
                                        {QStringLiteral("c"), 10}},
                                       4);
    REQUIRE(chart.bars.size() == 4);
    CHECK(chart.total == 100);
    CHECK(chart.bars.at(0).label == QStringLiteral("a"));
    CHECK(chart.bars.at(1).label == QStringLiteral("b"));
    CHECK(chart.bars.at(2).label == QStringLiteral("c"));
    // d and e (6 + 4) become Other, last whatever its size.
    CHECK(chart.bars.at(3).label == QStringLiteral("Other"));
    CHECK(chart.bars.at(3).weight == 10);
    CHECK(chart.bars.at(3).lumped);
    CHECK_FALSE(chart.bars.at(2).lumped);
    // Cumulative: 50, 80, 90, 100 %; 80% is reached with the second bar.
    CHECK(chart.bars.at(0).cumulativePercent == Approx(50));
    CHECK(chart.bars.at(1).cumulativePercent == Approx(80));
    CHECK(chart.bars.at(3).cumulativePercent == Approx(100));
    CHECK(chart.vitalFew == 2);
}

TEST_CASE("equal Pareto weights are ordered by label", "[chartdata][pareto]")
{
    const ParetoChart chart =
        paretoOf({{QStringLiteral("b"), 1}, {QStringLiteral("a"), 1}, {QStringLiteral("c"), 2}});
    CHECK(chart.bars.at(0).label == QStringLiteral("c"));
    CHECK(chart.bars.at(1).label == QStringLiteral("a"));
    // 2/4 = 50%, 3/4 = 75%, 4/4: the vital few take all three bars.
    CHECK(chart.vitalFew == 3);
}

TEST_CASE("complaint letters are counted by service, unlabelled ones apart", "[chartdata][pareto]")
{
    ReferenceData reference;
    reference.services = {{1, QStringLiteral("APP"), QStringLiteral("Applications"), {}},
                          {2, QStringLiteral("CRD"), QStringLiteral("Cards"), {}}};
    auto letter = [](std::optional<qint64> service, QDate day) {
        ComplaintLetter l;
        l.serviceId = service;
        l.labelStatus = service ? LabelStatus::Confirmed : LabelStatus::Unlabelled;
        l.receivedAt = QDateTime(day, QTime(9, 0), Qt::UTC);
        return l;
    };
    const QList<ComplaintLetter> letters = {
        letter(1, QDate(2025, 1, 5)), letter(1, QDate(2025, 1, 6)), letter(2, QDate(2025, 1, 7)),
        letter(std::nullopt, QDate(2025, 1, 8)), letter(1, QDate(2024, 12, 31))};
    const ParetoChart chart = complaintPareto(letters, reference, ComplaintGrouping::Service,
                                              QDate(2025, 1, 1), QDate(2025, 1, 31));
    // The December letter is outside the range: Applications 2, Cards 1, unlabelled 1.
    CHECK(chart.total == 4);
    CHECK(chart.bars.at(0).label == QStringLiteral("Applications"));
    CHECK(chart.bars.at(0).weight == 2);
    CHECK(chart.bars.size() == 3);
}

namespace {

ScorecardRow row(qint64 id, qint64 department, const std::vector<ComplianceStatus> &recent)
{
    ScorecardRow r;
    r.standard = turnaround(id, QStringLiteral("S%1").arg(id));
    r.standard.departmentId = department;
    QDate month(2025, 1, 1);
    for (ComplianceStatus status : recent) {
        PeriodValue value;
        value.period = {month, month.addMonths(1).addDays(-1)};
        value.status = status;
        r.recent.append(value);
        month = month.addMonths(1);
    }
    r.current = r.recent.last();
    return r;
}

} // namespace

TEST_CASE("breached standards are ranked by their breached periods", "[chartdata][pareto]")
{
    using S = ComplianceStatus;
    Scorecard scorecard;
    scorecard.rows = {row(1, 1, {S::Breached, S::Met, S::Breached}),
                      row(2, 1, {S::Met, S::Met, S::Met}),
                      row(3, 1, {S::Breached, S::Breached, S::Breached})};
    const ParetoChart chart = breachPareto(scorecard);
    // S3: 3, S1: 2; S2 was never breached and is left out.
    REQUIRE(chart.bars.size() == 2);
    CHECK(chart.bars.at(0).label == QStringLiteral("S3"));
    CHECK(chart.bars.at(0).weight == 3);
    CHECK(chart.bars.at(1).weight == 2);
}

TEST_CASE("the heat map has a row per standard and a column per recent period",
          "[chartdata][heatmap]")
{
    using S = ComplianceStatus;
    Scorecard scorecard;
    scorecard.rows = {row(1, 1, {S::Breached, S::Met}), row(2, 1, {S::NoData, S::AtRisk})};
    const HeatmapChart all = buildHeatmap(scorecard);
    REQUIRE(all.rows.size() == 2);
    REQUIRE(all.periods.size() == 2);
    CHECK(all.periods.at(1).start == QDate(2025, 2, 1));
    CHECK(all.rows.at(1).statuses == QList<S>{S::NoData, S::AtRisk});
    const HeatmapChart one = buildHeatmap(scorecard, {2});
    REQUIRE(one.rows.size() == 1);
    CHECK(one.rows.first().code == QStringLiteral("S2"));
}

TEST_CASE("a heat map cut into pages puts every standard on exactly one page, in order",
          "[chartdata][heatmap]")
{
    using S = ComplianceStatus;
    Scorecard scorecard;
    for (qint64 id = 1; id <= 10; ++id)
        scorecard.rows.append(row(id, 1, {S::Met, S::Breached}));
    const HeatmapChart all = buildHeatmap(scorecard);
    // 10 rows at 4 a page: 1-4, 5-8, 9-10.
    const QList<HeatmapChart> pages = heatmapPages(all, 4);
    REQUIRE(pages.size() == 3);
    CHECK(pages.at(0).rows.size() == 4);
    CHECK(pages.at(1).rows.size() == 4);
    CHECK(pages.at(2).rows.size() == 2);
    CHECK(pages.at(0).pageNote == QStringLiteral("Standards 1–4 of 10"));
    CHECK(pages.at(1).pageNote == QStringLiteral("Standards 5–8 of 10"));
    CHECK(pages.at(2).pageNote == QStringLiteral("Standards 9–10 of 10"));
    QStringList codes;
    for (const HeatmapChart &page : pages) {
        CHECK(page.periods == all.periods);
        CHECK(page.title == all.title);
        for (const HeatmapRow &r : page.rows)
            codes.append(r.code);
    }
    QStringList expected;
    for (int id = 1; id <= 10; ++id)
        expected.append(QStringLiteral("S%1").arg(id));
    CHECK(codes == expected);

    // All fit: one page, no note; a nonsense page size still makes pages of one.
    const QList<HeatmapChart> one = heatmapPages(all, 10);
    REQUIRE(one.size() == 1);
    CHECK(one.constFirst().pageNote.isEmpty());
    CHECK(heatmapPages(all, 0).size() == 10);
}

TEST_CASE("the department chart shares met standards among those with data",
          "[chartdata][departments]")
{
    using S = ComplianceStatus;
    ReferenceData reference;
    reference.departments = {{1, QStringLiteral("OPS"), QStringLiteral("Operations")},
                             {2, QStringLiteral("CC"), QStringLiteral("Contact centre")}};
    Scorecard scorecard;
    scorecard.rows = {row(1, 1, {S::Met}), row(2, 1, {S::Breached}), row(3, 1, {S::NoData}),
                      row(4, 2, {S::Met})};
    const DepartmentChart chart = buildDepartmentChart(scorecard, reference);
    REQUIRE(chart.bars.size() == 2);
    // Sorted by name: Contact centre 1 of 1 = 100%; Operations 1 of 2 = 50%
    // (the standard without data is not assessed).
    CHECK(chart.bars.at(0).name == QStringLiteral("Contact centre"));
    CHECK(chart.bars.at(0).sharePercent == Approx(100));
    CHECK(chart.bars.at(1).met == 1);
    CHECK(chart.bars.at(1).assessed == 2);
    CHECK(chart.bars.at(1).sharePercent == Approx(50));
}

TEST_CASE("a standard's control chart rebases its limits at a recorded change",
          "[chartdata][control]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    // Phase 1: 10, 12, 11, 13; phase 2: 20, 22, 21, 23.
    addMonthly(data, data.standards.first(), QDate(2024, 1, 1), {10, 12, 11, 13, 20, 22, 21, 23});
    StandardControlChartRequest request;
    request.standardId = 7;
    request.chartType = ControlChartType::IndividualsMovingRange;
    const auto result = buildStandardControlChart(
        request, data, {change(QDate(2024, 5, 1), QStringLiteral("Rebased"), 7)});
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const StandardControlChart &chart = std::get<StandardControlChart>(result);
    REQUIRE(chart.phases.size() == 2);
    CHECK(chart.phases.at(1).firstPoint == 5);
    CHECK(chart.phases.at(1).label == QStringLiteral("Rebased"));
    const auto &points = chart.chart.primary.points;
    REQUIRE(points.size() == 8);
    // Phase 1 mean (10+12+11+13)/4 = 11.5; MRs 2, 1, 2 -> MR-bar 5/3;
    // sigma = (5/3)/1.128 = 1.47754; UCL = 11.5 + 3 x 1.47754 = 15.9326.
    CHECK(points.at(0).center == Approx(11.5));
    CHECK(points.at(0).ucl == Approx(15.9326).epsilon(1e-4));
    // Phase 2 mean (20+22+21+23)/4 = 21.5, the same spread.
    CHECK(points.at(4).center == Approx(21.5));
    CHECK(points.at(4).ucl == Approx(25.9326).epsilon(1e-4));
    // Each phase is judged against its own limits, and the moving range
    // across the rebase (13 to 20) belongs to neither phase: no signal.
    CHECK(chart.signalList.isEmpty());
    CHECK(chart.chart.dispersion->points.size() == 6);
    CHECK(chart.target == 15);
}

TEST_CASE("a standard's control chart flags a point beyond its limits and marks letters",
          "[chartdata][control]")
{
    ComplianceData data;
    Standard standard = turnaround(7, QStringLiteral("APP-T-01"));
    data.standards = {standard};
    // 10, 11, 10, 11, 10, 11, 10, 30: MRs 1,1,1,1,1,1,20 -> MR-bar 26/7 = 3.714;
    // sigma 3.714/1.128 = 3.2928; mean 103/8 = 12.875; UCL 12.875 + 9.878 = 22.753;
    // 30 is beyond it (Nelson 1).
    addMonthly(data, standard, QDate(2024, 1, 1), {10, 11, 10, 11, 10, 11, 10, 30});
    // Letters linked to this standard: two in August (point 8), one in March
    // (point 3), one in December 2023 (before the first point: no marker).
    // One linked to another standard of the same service and dimension in
    // August is not this standard's.
    data.linkedComplaintDays[7] = {QDate(2024, 8, 20), QDate(2024, 3, 15), QDate(2024, 8, 3),
                                   QDate(2023, 12, 31)};
    data.linkedComplaintDays[8] = {QDate(2024, 8, 21)};
    StandardControlChartRequest request;
    request.standardId = 7;
    const auto result = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const StandardControlChart &chart = std::get<StandardControlChart>(result);
    CHECK(chart.chart.kind == ControlChartType::IndividualsMovingRange);
    CHECK(chart.chart.primary.points.at(7).ucl == Approx(22.753).epsilon(1e-4));
    REQUIRE_FALSE(chart.signalList.isEmpty());
    CHECK(chart.signalList.first().point == 8);
    CHECK(chart.signalList.first().rule == QStringLiteral("nelson-1"));
    CHECK(chart.signalList.first().periodLabel == QStringLiteral("2024-08"));
    REQUIRE(chart.complaints.size() == 2);
    CHECK(chart.complaints.at(0).point == 3);
    CHECK(chart.complaints.at(0).letters == 1);
    CHECK(chart.complaints.at(1).point == 8);
    CHECK(chart.complaints.at(1).letters == 2);
}

TEST_CASE("a standard's control chart marks only the letters linked to it",
          "[chartdata][control][complaints]")
{
    ComplianceData data;
    const Standard standard = turnaround(7, QStringLiteral("APP-T-01"));
    Standard sibling = turnaround(8, QStringLiteral("APP-T-02"));
    data.standards = {standard, sibling};
    addMonthly(data, standard, QDate(2024, 1, 1), {10, 11, 12, 11});
    addMonthly(data, sibling, QDate(2024, 1, 1), {10, 11, 12, 11});
    // Both standards share service 1 and dimension 1; only standard 8 has a
    // linked letter (February), so standard 7's chart has no marker even
    // though a letter about its service and dimension arrived.
    data.linkedComplaintDays[8] = {QDate(2024, 2, 14)};
    StandardControlChartRequest request;
    request.standardId = 7;
    const auto unlinked = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(unlinked));
    CHECK(std::get<StandardControlChart>(unlinked).complaints.isEmpty());
    request.standardId = 8;
    const auto linked = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(linked));
    const QList<ComplaintMarker> markers = std::get<StandardControlChart>(linked).complaints;
    REQUIRE(markers.size() == 1);
    CHECK(markers.first().point == 2); // February is the second monthly point
    CHECK(markers.first().letters == 1);
}

TEST_CASE("a right-first-time standard with case counts is charted as a p chart",
          "[chartdata][control]")
{
    ComplianceData data;
    Standard standard = turnaround(7, QStringLiteral("APP-Q-01"));
    standard.metric = Metric::RightFirstTimePct;
    standard.direction = Direction::HigherIsBetter;
    standard.unit = QStringLiteral("%");
    standard.revisions = {{QDate(2024, 1, 1), 90, 80, QStringLiteral("first"), {}, {}, {}}};
    data.standards = {standard};
    // 90%, 80%, 85% of 100 cases: 90, 80, 85 right first time; p-bar = 255/300 = 0.85;
    // sigma of a point sqrt(0.85 x 0.15 / 100) = 0.035707; UCL 0.85 + 0.10712 = 0.95712.
    addMonthly(data, standard, QDate(2024, 1, 1), {90, 80, 85}, 100);
    CHECK(suggestedControlChartType(standard, data) == ControlChartType::P);
    StandardControlChartRequest request;
    request.standardId = 7;
    const auto result = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const StandardControlChart &chart = std::get<StandardControlChart>(result);
    CHECK(chart.chart.kind == ControlChartType::P);
    CHECK(chart.chart.primary.points.at(0).value == Approx(0.90));
    CHECK(*chart.chart.primary.center == Approx(0.85));
    CHECK(*chart.chart.primary.ucl == Approx(0.95712).epsilon(1e-4));
    CHECK(*chart.target == Approx(0.90));
}

TEST_CASE("a chart the standard's data cannot give is refused with a reason",
          "[chartdata][control]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    addMonthly(data, data.standards.first(), QDate(2024, 1, 1), {10, 12});
    StandardControlChartRequest request;
    request.standardId = 7;
    request.chartType = ControlChartType::P;
    const auto result = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<QString>(result));
    CHECK(std::get<QString>(result).contains(QStringLiteral("APP-T-01")));
}

TEST_CASE("a turnaround standard computed from cases can be charted as X-bar S of its cases",
          "[chartdata][control]")
{
    ComplianceData data;
    data.standards = {turnaround(7, QStringLiteral("APP-T-01"))};
    // January: cases of 2 and 4 days; February: 3, 5 and 7 days.
    auto fact = [](QDate completed, double days) {
        CaseFact f;
        f.calendarDays = days;
        f.completedDay = qint32(completed.toJulianDay());
        f.receivedDay = qint32(completed.toJulianDay() - qint64(days));
        f.rightFirstTime = 1;
        return f;
    };
    data.completedCasesByService[1] = {fact(QDate(2024, 1, 10), 2), fact(QDate(2024, 1, 20), 4),
                                       fact(QDate(2024, 2, 5), 3), fact(QDate(2024, 2, 6), 5),
                                       fact(QDate(2024, 2, 7), 7)};
    data.earliestDataDay = QDate(2024, 1, 10);
    data.latestDataDay = QDate(2024, 2, 7);
    StandardControlChartRequest request;
    request.standardId = 7;
    request.chartType = ControlChartType::XbarS;
    const auto result = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const ControlChart &chart = std::get<StandardControlChart>(result).chart;
    REQUIRE(chart.primary.points.size() == 2);
    // Means 3 and 5; centre (2+4+3+5+7)/5 = 4.2.
    CHECK(chart.primary.points.at(0).value == Approx(3));
    CHECK(chart.primary.points.at(1).value == Approx(5));
    CHECK(*chart.primary.center == Approx(4.2));
    // s = 1.41421 (n 2) and 2 (n 3); c4(2) = 0.797885, c4(3) = 0.886227;
    // sigma = (1.41421/0.797885 + 2/0.886227) / 2 = (1.772454 + 2.256758) / 2 = 2.014606;
    // January's UCL 4.2 + 3 x 2.014606 / sqrt(2) = 8.47364.
    CHECK(chart.sigma == Approx(2.014606).epsilon(1e-5));
    CHECK(chart.primary.points.at(0).ucl == Approx(8.47364).epsilon(1e-5));
}

TEST_CASE("a rate per 1,000 with known units is charted as a u chart per 1,000",
          "[chartdata][control]")
{
    ComplianceData data;
    Standard standard = turnaround(7, QStringLiteral("BIL-R-01"));
    standard.metric = Metric::CountPer1000;
    standard.unit = QStringLiteral("per 1,000");
    standard.revisions = {{QDate(2024, 1, 1), 2, 3, QStringLiteral("first"), {}, {}, {}}};
    data.standards = {standard};
    // 2, 4 and 3 per 1,000 of 2,000 accounts: 4, 8 and 6 events in 2 units of
    // 1,000 each; u-bar = 18 / 6 = 3; sigma of a point sqrt(3 / 2) = 1.224745;
    // UCL 3 + 3 x 1.224745 = 6.674235; LCL 3 - 3.674235 < 0, so 0.
    addMonthly(data, standard, QDate(2024, 1, 1), {2, 4, 3}, 2000);
    CHECK(suggestedControlChartType(standard, data) == ControlChartType::U);
    StandardControlChartRequest request;
    request.standardId = 7;
    const auto result = buildStandardControlChart(request, data, {});
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const ControlChart &chart = std::get<StandardControlChart>(result).chart;
    CHECK(chart.kind == ControlChartType::U);
    CHECK(chart.primary.points.at(1).value == Approx(4));
    CHECK(*chart.primary.center == Approx(3));
    CHECK(*chart.primary.ucl == Approx(6.674235).epsilon(1e-5));
    CHECK(*chart.primary.lcl == 0);
}
