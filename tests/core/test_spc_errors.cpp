// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "test_spc_support.h"

#include <limits>
#include <vector>

using namespace Yardstick;
using namespace SpcTest;

namespace {

int errorPoint(const ControlChartRequest &request)
{
    const SpcError error = requireError(computeControlChart(request));
    CHECK_FALSE(error.message.isEmpty());
    return error.point;
}

const double notANumber = std::numeric_limits<double>::quiet_NaN();
const double infinity = std::numeric_limits<double>::infinity();

} // namespace

TEST_CASE("a value that is not a finite number is reported at its point", "[spc]")
{
    CHECK(errorPoint(requestOf(ControlChartType::IndividualsMovingRange,
                               individuals({1, 2, notANumber, 4}))) == 3);
    CHECK(errorPoint(requestOf(ControlChartType::C, counts({1, infinity}))) == 2);
    CHECK(errorPoint(requestOf(ControlChartType::XbarS, subgroupsOf({{1, notANumber}, {1, 2}}))) ==
          1);
}

TEST_CASE("sample sizes must be present and positive where the chart needs them", "[spc]")
{
    CHECK(errorPoint(requestOf(ControlChartType::P, counts({1, 2, 3}, {10, 0, 10}))) == 2);
    CHECK(errorPoint(requestOf(ControlChartType::Np, counts({1, 2, 3}, {10, 10}))) == 3);
    CHECK(errorPoint(requestOf(ControlChartType::U, counts({1, 2}, {-1, 10}))) == 1);
    CHECK(errorPoint(requestOf(ControlChartType::U, counts({1, 2}, {10, notANumber}))) == 2);
    CHECK(errorPoint(requestOf(ControlChartType::P, counts({1}, {10, 10}))) == 0);
    // A c chart ignores sizes altogether.
    requireChart(computeControlChart(requestOf(ControlChartType::C, counts({1, 2}, {0}))));
}

TEST_CASE("defectives must lie between zero and the sample size", "[spc]")
{
    CHECK(errorPoint(requestOf(ControlChartType::P, counts({1, 2, 3, 60}, {50, 50, 50, 50}))) == 4);
    CHECK(errorPoint(requestOf(ControlChartType::Np, counts({-1, 2}, {50, 50}))) == 1);
    CHECK(errorPoint(requestOf(ControlChartType::C, counts({4, -2, 3}))) == 2);
    // All defective is allowed.
    requireChart(computeControlChart(requestOf(ControlChartType::P, counts({50, 2}, {50, 50}))));
}

TEST_CASE("X-bar subgroups need two observations, and R charts at most 25", "[spc]")
{
    CHECK(errorPoint(requestOf(ControlChartType::XbarR, subgroupsOf({{1, 2}, {3, 4}, {5}}))) == 3);
    const std::vector<double> large(26, 1.0);
    CHECK(errorPoint(requestOf(ControlChartType::XbarR, subgroupsOf({{1, 2}, large}))) == 2);
    // An S chart has c4 for any size.
    std::vector<double> varied;
    for (int i = 0; i < 26; ++i)
        varied.push_back(i);
    requireChart(
        computeControlChart(requestOf(ControlChartType::XbarS, subgroupsOf({{1, 2}, varied}))));
}

TEST_CASE("a phase I range or exclusion off the chart is rejected", "[spc]")
{
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({1, 2, 3, 4, 5}));
    request.phase1 = PointRange{0, 3};
    CHECK(errorPoint(request) == 0);
    request.phase1 = PointRange{4, 3};
    CHECK(errorPoint(request) == 0);
    request.phase1 = PointRange{1, 6};
    CHECK(errorPoint(request) == 0);
    request.phase1.reset();
    request.excluded = {6};
    CHECK(errorPoint(request) == 0);
    CHECK(errorPoint(requestOf(ControlChartType::C, counts({}))) == 0);
}

TEST_CASE("too few phase I points after exclusions is an error", "[spc]")
{
    ControlChartRequest imr =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({1, 2, 3, 4, 5}));
    imr.phase1 = PointRange{1, 2};
    imr.excluded = {2};
    CHECK(errorPoint(imr) == 0);

    CHECK(errorPoint(requestOf(ControlChartType::XbarS, subgroupsOf({{1, 2}}))) == 0);

    ControlChartRequest p = requestOf(ControlChartType::P, counts({1, 2}, {10, 10}));
    p.excluded = {1, 2};
    CHECK(errorPoint(p) == 0);

    // Points 1 and 3 remain but are not neighbours: no moving range.
    imr.phase1 = PointRange{1, 3};
    CHECK(errorPoint(imr) == 0);
}

TEST_CASE("fully known parameters need no phase I data", "[spc]")
{
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({7}));
    request.known = KnownParameters{5, 1.0};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.ucl == printed(8, 9));
    CHECK(chart.primary.points.at(0).brokenRules.isEmpty());
    CHECK(chart.dispersion->points.empty());
}

TEST_CASE("known parameters must make sense for the chart", "[spc]")
{
    ControlChartRequest imr =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({1, 2, 3}));
    imr.known = KnownParameters{2, 0.0};
    CHECK(errorPoint(imr) == 0);
    imr.known = KnownParameters{2, -1.0};
    CHECK(errorPoint(imr) == 0);
    imr.known = KnownParameters{notANumber, 1.0};
    CHECK(errorPoint(imr) == 0);

    ControlChartRequest p = requestOf(ControlChartType::P, counts({1, 2}, {10, 10}));
    p.known = KnownParameters{1.5, std::nullopt};
    CHECK(errorPoint(p) == 0);

    ControlChartRequest c = requestOf(ControlChartType::C, counts({1, 2}));
    c.known = KnownParameters{-1, std::nullopt};
    CHECK(errorPoint(c) == 0);
}

TEST_CASE("phase starts must begin at 1 and increase", "[spc]")
{
    const SpcObservations data = counts({1, 2, 3, 4, 5});
    const auto phased = [&](std::vector<ChartPhase> phases) {
        return requireError(
            computePhasedControlChart(ControlChartType::C, data, phases, {}, RuleSet::Nelson));
    };
    CHECK(phased({}).point == 0);
    CHECK(phased({{2, {}}}).point == 0);
    CHECK(phased({{1, {}}, {3, {}}, {3, {}}}).point == 3);
    CHECK(phased({{1, {}}, {6, {}}}).point == 0);
    CHECK(requireError(
              computePhasedControlChart(ControlChartType::C, data, {{1, {}}}, {9}, RuleSet::Nelson))
              .point == 0);
}

TEST_CASE("a phase too short to estimate from is reported at its first point", "[spc]")
{
    // Phase 2 of an individuals chart holds only point 5: no moving range.
    const SpcError error = requireError(computePhasedControlChart(
        ControlChartType::IndividualsMovingRange, individuals({1, 2, 3, 4, 5}), {{1, {}}, {5, {}}},
        {}, RuleSet::Nelson));
    CHECK(error.point == 5);
    CHECK(error.message.contains(QStringLiteral("phase 2")));
}
