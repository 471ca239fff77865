// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "test_spc_support.h"

#include <vector>

using namespace Yardstick;
using namespace SpcTest;

TEST_CASE("an excluded point's moving ranges leave the sigma estimate", "[spc]")
{
    // 10, 12, 30, 11, 13 with point 3 excluded, by hand: centre (10 + 12 +
    // 11 + 13) / 4 = 11.5; only |12 - 10| = 2 and |13 - 11| = 2 join two
    // kept neighbours, so MR-bar = 2 and sigma = 2 / 1.128 = 1.773050;
    // limits 11.5 -/+ 5.319149. (Taking every moving range would give
    // MR-bar = (2 + 18 + 19 + 2) / 4 = 10.25.)
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({10, 12, 30, 11, 13}));
    request.excluded = {3};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(11.5, 9));
    CHECK(chart.sigma == printed(1.773050, 6));
    CHECK(*chart.primary.ucl == printed(16.819149, 6));
    CHECK(*chart.primary.lcl == printed(6.180851, 6));
    REQUIRE(chart.primary.points.size() == 5);
    CHECK(chart.primary.points.at(2).excluded);
    CHECK(chart.primary.points.at(2).value == 30);
    CHECK(chart.primary.points.at(2).brokenRules.contains(QStringLiteral("nelson-1")));

    // The moving ranges into and out of point 3 are flagged excluded, and at
    // 18 and 19 they lie above the MR limit D4 * 2 = 3.267294 * 2 = 6.534588
    // (D4 = 1 + 3 * 0.8525025 / 1.128).
    const ChartSeries &mr = *chart.dispersion;
    CHECK(*mr.center == printed(2, 9));
    CHECK(*mr.ucl == printed(6.534588, 6));
    CHECK_FALSE(mr.points.at(0).excluded); // index 2
    CHECK(mr.points.at(1).excluded);       // index 3
    CHECK(mr.points.at(2).excluded);       // index 4
    CHECK_FALSE(mr.points.at(3).excluded); // index 5
    CHECK(pointsBreaking(mr, "nelson-1") == std::vector<int>{3, 4});
}

TEST_CASE("a moving range counts as phase I only when both its points are", "[spc]")
{
    // Phase I = points 1-3 of 10, 12, 11, 20, 25: centre 11, moving ranges 2
    // and 1, MR-bar 1.5; the range from point 3 to point 4 is phase II.
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({10, 12, 11, 20, 25}));
    request.phase1 = PointRange{1, 3};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(11, 9));
    CHECK(*chart.dispersion->center == printed(1.5, 9));
    CHECK(chart.dispersion->points.at(1).inPhase1);       // index 3
    CHECK_FALSE(chart.dispersion->points.at(2).inPhase1); // index 4
    CHECK(chart.primary.points.at(2).inPhase1);
    CHECK_FALSE(chart.primary.points.at(3).inPhase1);
}

TEST_CASE("a phased chart gives each phase its own limits", "[spc]")
{
    // Phase 1 = 10, 12, 11, 13, 9; phase 2 (from point 6) = 20, 22, 21, 23,
    // 19. By hand, each phase: moving ranges 2, 1, 2, 4 within it, MR-bar
    // 2.25, sigma 2.25 / 1.128 = 1.994681, limits centre -/+ 5.984043:
    // phase 1 centre 11 (5.015957 / 16.984043), phase 2 centre 21
    // (15.015957 / 26.984043).
    const ControlChart &chart =
        requireChart(computePhasedControlChart(ControlChartType::IndividualsMovingRange,
                                               individuals({10, 12, 11, 13, 9, 20, 22, 21, 23, 19}),
                                               {{1, {}}, {6, {}}}, {}, RuleSet::Nelson));
    CHECK(chart.phase1 == PointRange{1, 5});
    CHECK(chart.sigma == printed(1.994681, 6));
    CHECK_FALSE(chart.primary.center);
    CHECK_FALSE(chart.primary.lcl);
    CHECK_FALSE(chart.primary.ucl);
    const std::vector<ChartPoint> &x = chart.primary.points;
    CHECK(x.at(4).center == printed(11, 9));
    CHECK(x.at(4).ucl == printed(16.984043, 6));
    CHECK(x.at(5).center == printed(21, 9));
    CHECK(x.at(5).lcl == printed(15.015957, 6));
    CHECK(x.at(9).ucl == printed(26.984043, 6));
    CHECK(x.at(4).inPhase1);
    CHECK_FALSE(x.at(5).inPhase1);
    // No point of either phase is out of its own limits.
    CHECK(pointsBreaking(chart.primary, "nelson-1").empty());

    // Both phases share sigma, so the MR lines are common (2.25 and
    // 3.267294 * 2.25 = 7.351411). The jump |20 - 9| = 11 into point 6
    // measures the change of phase, not variation within one: it is not
    // plotted, leaving 4 + 4 moving ranges and no signal.
    const ChartSeries &mr = *chart.dispersion;
    CHECK(*mr.center == printed(2.25, 9));
    CHECK(*mr.ucl == printed(7.351411, 6));
    REQUIRE(mr.points.size() == 8);
    CHECK(mr.points.at(3).index == 5);
    CHECK(mr.points.at(4).index == 7);
    CHECK(mr.points.at(4).value == printed(2, 9)); // |22 - 20|
    CHECK(pointsBreaking(mr, "nelson-1").empty());
}

TEST_CASE("run rules do not carry a pattern across a change of phase", "[spc]")
{
    // c chart, phase 1 = five 4s then five 6s (c-bar 5), phase 2 = four 6s
    // then six 4s (c-bar 48 / 10 = 4.8). Points 6-14 each lie above their
    // own phase's centre: nine in a row only if the run could cross the
    // phase boundary at point 11.
    const std::vector<double> values = {4, 4, 4, 4, 4, 6, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 4, 4};
    const ControlChart &phased = requireChart(computePhasedControlChart(
        ControlChartType::C, counts(values), {{1, {}}, {11, {}}}, {}, RuleSet::Nelson));
    CHECK(phased.primary.points.at(10).center == printed(4.8, 9));
    for (const ChartPoint &point : phased.primary.points)
        CHECK(point.brokenRules.isEmpty());

    // Against one set of limits the run is there: c-bar = 98 / 20 = 4.9,
    // points 6-14 (the 6s) lie above it, and Nelson 2 marks point 14.
    const ControlChart &single =
        requireChart(computeControlChart(requestOf(ControlChartType::C, counts(values))));
    CHECK(*single.primary.center == printed(4.9, 9));
    CHECK(pointsBreaking(single.primary, "nelson-2") == std::vector<int>{14});
}

TEST_CASE("a phase with known parameters charts against them", "[spc]")
{
    // Phase 2 takes c = 10 as known: limits 10 -/+ 3 sqrt(10) = 0.513167 /
    // 19.486833; phase 1 (3, 5, 4) estimates c-bar = 4, limits 0 / 10.
    ChartPhase second{4, KnownParameters{10, std::nullopt}};
    const ControlChart &chart = requireChart(computePhasedControlChart(
        ControlChartType::C, counts({3, 5, 4, 9, 11, 10}), {{1, {}}, second}, {}, RuleSet::Nelson));
    CHECK(chart.sigma == printed(2, 9));
    CHECK(chart.primary.points.at(0).ucl == printed(10, 9));
    CHECK(chart.primary.points.at(3).center == printed(10, 9));
    CHECK(chart.primary.points.at(3).lcl == printed(0.513167, 6));
    CHECK(chart.primary.points.at(5).ucl == printed(19.486833, 6));
}

TEST_CASE("a phased chart leaves each phase's excluded points out of its own limits", "[spc]")
{
    // Phase 2 = 8, 30, 10 with point 5 (30) excluded: c-bar (8 + 10) / 2 = 9.
    const ControlChart &chart =
        requireChart(computePhasedControlChart(ControlChartType::C, counts({3, 5, 4, 8, 30, 10}),
                                               {{1, {}}, {4, {}}}, {5}, RuleSet::Nelson));
    CHECK(chart.primary.points.at(0).center == printed(4, 9));
    CHECK(chart.primary.points.at(3).center == printed(9, 9));
    CHECK(chart.primary.points.at(4).excluded);
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{5});
}
