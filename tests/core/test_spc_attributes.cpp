// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "test_spc_support.h"

#include <cmath>
#include <vector>

using namespace Yardstick;
using namespace SpcTest;

namespace {

// Nonconforming orange-juice cans in samples of 50: Montgomery, Introduction
// to Statistical Quality Control, Example 7.1 (samples 1-30) and the 24
// samples after the machine adjustment; R qcc's data/orangejuice.txt.
const std::vector<double> orangeJuiceDefectives = {
    12, 15, 8,  10, 4,  7,  16, 9,  14, 10, 5, 6, 17, 12, 22, 8, 10, 5,
    13, 11, 20, 18, 24, 15, 9,  12, 7,  13, 9, 6, 9,  6,  12, 5, 6,  4,
    6,  3,  7,  6,  2,  4,  3,  6,  5,  4,  8, 5, 6,  7,  5,  6, 3,  5,
};

std::vector<double> orangeJuice(int samples)
{
    return {orangeJuiceDefectives.begin(), orangeJuiceDefectives.begin() + samples};
}

// Nonconformities on 100 printed circuit boards: Montgomery Example 7.3
// (samples 1-26) and 20 later samples; R qcc's data/circuit.txt.
const std::vector<double> circuitNonconformities = {
    21, 24, 16, 12, 15, 5,  28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16,
    19, 17, 15, 16, 18, 12, 15, 24, 21, 28, 20, 25, 19, 18, 21, 16, 22, 19, 12, 14, 9,  16, 21,
};

} // namespace

TEST_CASE("a p chart of the orange-juice cans matches Montgomery and qcc", "[spc]")
{
    // Montgomery Example 7.1: p-bar = 347 / 1500 = 0.2313, UCL 0.4102, LCL
    // 0.0524; samples 15 and 23 plot above the UCL. qcc prints centre
    // 0.2313333, std.dev 0.421685, limits 0.05242755 and 0.4102391, and
    // beyond-limit samples 15 and 23.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::P, counts(orangeJuice(30), std::vector<double>(30, 50)))));
    CHECK(chart.primary.chart == QStringLiteral("p"));
    CHECK_FALSE(chart.dispersion);
    CHECK(*chart.primary.center == printed(0.2313333, 7));
    CHECK(chart.sigma == printed(0.421685, 6));
    CHECK(*chart.primary.lcl == printed(0.05242755, 8));
    CHECK(*chart.primary.ucl == printed(0.4102391, 7));
    CHECK(*chart.primary.ucl == printed(0.4102, 4));
    CHECK(*chart.primary.lcl == printed(0.0524, 4));
    CHECK(chart.primary.points.at(14).value == printed(0.44, 9)); // 22 / 50
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{15, 23});
}

TEST_CASE("excluded points stay on the chart but out of the limits", "[spc]")
{
    // Montgomery Example 7.1, revised limits without samples 15 and 23:
    // p-bar = 301 / 1400 = 0.2150, UCL 0.3893, LCL 0.0407; qcc prints
    // 0.215, 0.3892972 and 0.04070284. Sample 21 (0.40) now lies above the
    // UCL; the excluded samples still signal.
    ControlChartRequest request =
        requestOf(ControlChartType::P, counts(orangeJuice(30), std::vector<double>(30, 50)));
    request.excluded = {15, 23};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(0.215, 9));
    CHECK(*chart.primary.ucl == printed(0.3892972, 7));
    CHECK(*chart.primary.lcl == printed(0.04070284, 8));
    REQUIRE(chart.primary.points.size() == 30);
    CHECK(chart.primary.points.at(14).excluded);
    CHECK(chart.primary.points.at(22).excluded);
    CHECK_FALSE(chart.primary.points.at(20).excluded);
    CHECK(chart.primary.points.at(14).inPhase1);
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{15, 21, 23});
}

TEST_CASE("phase II points are judged against the phase I limits", "[spc]")
{
    // The 24 samples after the machine adjustment (31-54) charted against the
    // revised phase I limits above. By hand: sample 41 has 2 / 50 = 0.04,
    // below the LCL 0.0407028; samples 34-54 all lie below p-bar = 0.215
    // (at most 8 / 50 = 0.16) while sample 33 (0.24) lies above it, so the
    // ninth point of that run is sample 42 and Nelson 2 marks 42-54.
    ControlChartRequest request =
        requestOf(ControlChartType::P, counts(orangeJuice(54), std::vector<double>(54, 50)));
    request.phase1 = PointRange{1, 30};
    request.excluded = {15, 23};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(chart.phase1 == PointRange{1, 30});
    CHECK(*chart.primary.center == printed(0.215, 9));
    CHECK(*chart.primary.lcl == printed(0.04070284, 8));
    CHECK(chart.primary.points.at(29).inPhase1);
    CHECK_FALSE(chart.primary.points.at(30).inPhase1);
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{15, 21, 23, 41});
    std::vector<int> run;
    for (int sample = 42; sample <= 54; ++sample)
        run.push_back(sample);
    CHECK(pointsBreaking(chart.primary, "nelson-2") == run);
}

TEST_CASE("a p chart with varying sample sizes gets per-point limits", "[spc]")
{
    // By hand: d = 20, 50, 30 of n = 200, 500, 300: p-bar = 100 / 1000 = 0.1,
    // sigma = sqrt(0.1 * 0.9) = 0.3, standard errors 0.3 / sqrt(n):
    //   n = 200: 0.0212132, limits 0.0363604 / 0.1636396
    //   n = 500: 0.0134164, limits 0.0597508 / 0.1402492
    //   n = 300: 0.0173205, limits 0.0480385 / 0.1519615
    const ControlChart &chart = requireChart(
        computeControlChart(requestOf(ControlChartType::P, counts({20, 50, 30}, {200, 500, 300}))));
    CHECK(*chart.primary.center == printed(0.1, 9));
    CHECK(chart.sigma == printed(0.3, 9));
    CHECK_FALSE(chart.primary.lcl);
    CHECK_FALSE(chart.primary.ucl);
    const std::vector<ChartPoint> &p = chart.primary.points;
    CHECK(p.at(0).standardError == printed(0.0212132, 7));
    CHECK(p.at(0).lcl == printed(0.0363604, 7));
    CHECK(p.at(0).ucl == printed(0.1636396, 7));
    CHECK(p.at(1).lcl == printed(0.0597508, 7));
    CHECK(p.at(1).ucl == printed(0.1402492, 7));
    CHECK(p.at(2).lcl == printed(0.0480385, 7));
    CHECK(p.at(2).ucl == printed(0.1519615, 7));
}

TEST_CASE("an np chart plots counts around n p-bar", "[spc]")
{
    // The orange-juice data as an np chart: qcc computes p limits as np
    // limits divided by n (limits.p), so our np lines divided by 50 must be
    // qcc's printed p lines (0.2313333, 0.05242755, 0.4102391), i.e. centre
    // 11.56667, limits 2.621378 and 20.51196.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::Np, counts(orangeJuice(30), std::vector<double>(30, 50)))));
    CHECK(*chart.primary.center / 50 == printed(0.2313333, 7));
    CHECK(*chart.primary.ucl / 50 == printed(0.4102391, 7));
    CHECK(*chart.primary.lcl / 50 == printed(0.05242755, 8));
    CHECK(*chart.primary.ucl == printed(20.51196, 5));
    CHECK(chart.primary.points.at(0).value == 12);
    CHECK(chart.sigma == printed(0.421685, 6));
}

TEST_CASE("an np chart's lower limit below zero is set to zero", "[spc]")
{
    // 50 lots of 200 wafers (RPubs np-chart exercise, qcc 2.7 output): 357
    // defectives, p-bar 0.0357, centre 7.14, UCL 15.01184, and an LCL of
    // -0.7318434 reported as 0.
    const std::vector<double> defectives = {
        8,  7, 11, 3, 6, 11, 4, 4, 5, 8, 8, 6,  7, 6, 10, 7, 9, 5, 6, 8,  8, 10, 4, 11, 4,
        11, 6, 6,  9, 5, 4,  7, 5, 7, 8, 5, 10, 9, 7, 9,  4, 9, 4, 7, 11, 8, 10, 8, 7,  5};
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::Np, counts(defectives, std::vector<double>(50, 200)))));
    CHECK(*chart.primary.center == printed(7.14, 9));
    CHECK(*chart.primary.ucl == printed(15.01184, 5));
    CHECK(*chart.primary.lcl == 0);
}

TEST_CASE("a c chart of circuit-board nonconformities matches Montgomery and qcc", "[spc]")
{
    // Montgomery Example 7.3: c-bar = 516 / 26 = 19.85, UCL 33.22, LCL 6.48;
    // samples 6 and 20 lie outside. qcc prints centre 19.84615, limits
    // 6.481447 and 33.21086.
    const std::vector<double> trial(circuitNonconformities.begin(),
                                    circuitNonconformities.begin() + 26);
    const ControlChart &chart =
        requireChart(computeControlChart(requestOf(ControlChartType::C, counts(trial))));
    CHECK(*chart.primary.center == printed(19.84615, 5));
    CHECK(*chart.primary.lcl == printed(6.481447, 6));
    CHECK(*chart.primary.ucl == printed(33.21086, 5));
    CHECK(chart.sigma == printed(4.454902, 6)); // sqrt(19.84615)
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{6, 20});
}

TEST_CASE("a c chart revised without its outliers keeps the new samples in control", "[spc]")
{
    // Montgomery Example 7.3, revised without samples 6 and 20: c-bar =
    // 472 / 24 = 19.67, UCL 32.97, LCL 6.36 (by hand 19.666667 -/+ 3 *
    // 4.434712); the 20 new samples (27-46, 9 to 28 nonconformities) stay
    // inside.
    ControlChartRequest request = requestOf(ControlChartType::C, counts(circuitNonconformities));
    request.phase1 = PointRange{1, 26};
    request.excluded = {6, 20};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(19.67, 2));
    CHECK(*chart.primary.ucl == printed(32.97, 2));
    CHECK(*chart.primary.lcl == printed(6.36, 2));
    CHECK(*chart.primary.ucl == printed(32.970801, 6));
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{6, 20});
}

TEST_CASE("a c chart of wafer defects matches the NIST handbook", "[spc]")
{
    // NIST/SEMATECH e-Handbook 6.3.3.1: 25 wafers, 400 defects, c-bar 16,
    // UCL 16 + 3 * 4 = 28, LCL 4; wafer 24 (31 defects) is out of control.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::C, counts({16, 14, 28, 16, 12, 20, 10, 12, 10, 17, 19, 17, 14,
                                               16, 15, 13, 14, 16, 11, 20, 11, 19, 16, 31, 13}))));
    CHECK(*chart.primary.center == printed(16, 9));
    CHECK(*chart.primary.ucl == printed(28, 9));
    CHECK(*chart.primary.lcl == printed(4, 9));
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{24});
}

TEST_CASE("a u chart of computer nonconformities matches Montgomery", "[spc]")
{
    // Montgomery's u chart example (20 samples of 5 personal computers, qcc's
    // pcmanufact): u-bar = 193 / 100 = 1.93, UCL 3.79, LCL 0.07; by hand
    // 1.93 -/+ 3 sqrt(1.93 / 5) = 1.93 -/+ 1.863867 = 0.066133 / 3.793867.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::U,
                  counts({10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5},
                         std::vector<double>(20, 5)))));
    CHECK(*chart.primary.center == printed(1.93, 9));
    CHECK(*chart.primary.ucl == printed(3.79, 2));
    CHECK(*chart.primary.lcl == printed(0.07, 2));
    CHECK(*chart.primary.ucl == printed(3.793867, 6));
    CHECK(chart.primary.points.at(0).value == printed(2, 9)); // 10 / 5
}

TEST_CASE("a u chart with varying inspection units gets per-point limits", "[spc]")
{
    // Montgomery's dyed-cloth example (qcc's dyedcloth): 153 nonconformities
    // in 107.5 units, u-bar = 1.423256; by hand u-bar -/+ 3 sqrt(u-bar / n):
    //   n = 10:  0.291474 / 2.555038     n = 8:   0.157885 / 2.688626
    //   n = 9.5: 0.262072 / 2.584440     n = 12.5: 0.410959 / 2.435552
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::U, counts({14, 12, 20, 11, 7, 10, 21, 16, 19, 23},
                                              {10, 8, 13, 10, 9.5, 10, 12, 10.5, 12, 12.5}))));
    CHECK(*chart.primary.center == printed(1.423256, 6));
    CHECK_FALSE(chart.primary.ucl);
    const std::vector<ChartPoint> &u = chart.primary.points;
    CHECK(u.at(0).lcl == printed(0.291474, 6));
    CHECK(u.at(0).ucl == printed(2.555038, 6));
    CHECK(u.at(1).lcl == printed(0.157885, 6));
    CHECK(u.at(1).ucl == printed(2.688626, 6));
    CHECK(u.at(4).lcl == printed(0.262072, 6));
    CHECK(u.at(4).ucl == printed(2.584440, 6));
    CHECK(u.at(9).ucl == printed(2.435552, 6));
    CHECK(u.at(4).value == printed(7 / 9.5, 9));
}

TEST_CASE("a known proportion sets the p chart limits without estimating", "[spc]")
{
    // p = 0.1 known, sigma from it: sqrt(0.09) = 0.3; n = 100: standard
    // error 0.03, limits 0.01 and 0.19.
    ControlChartRequest request = requestOf(ControlChartType::P, counts({30, 5}, {100, 100}));
    request.known = KnownParameters{0.1, std::nullopt};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(chart.sigma == printed(0.3, 9));
    CHECK(*chart.primary.center == printed(0.1, 9));
    CHECK(*chart.primary.lcl == printed(0.01, 9));
    CHECK(*chart.primary.ucl == printed(0.19, 9));
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{1});

    // A known c of 4: limits 4 -/+ 3 * 2, the lower floored at 0; with a
    // known sigma of 3 instead, the upper limit is 4 + 9 = 13.
    ControlChartRequest c = requestOf(ControlChartType::C, counts({3, 5}));
    c.known = KnownParameters{4, std::nullopt};
    CHECK(*requireChart(computeControlChart(c)).primary.ucl == printed(10, 9));
    CHECK(*requireChart(computeControlChart(c)).primary.lcl == 0);
    c.known->sigma = 3.0;
    CHECK(*requireChart(computeControlChart(c)).primary.ucl == printed(13, 9));
}

TEST_CASE("a p-bar of zero or one collapses the limits without NaN", "[spc]")
{
    const ControlChart &none = requireChart(
        computeControlChart(requestOf(ControlChartType::P, counts({0, 0, 0}, {50, 40, 60}))));
    CHECK(*none.primary.center == 0);
    CHECK(*none.primary.lcl == 0);
    CHECK(*none.primary.ucl == 0);
    CHECK(none.sigma == 0);
    for (const ChartPoint &point : none.primary.points) {
        CHECK_FALSE(std::isnan(point.standardError));
        CHECK(point.brokenRules.isEmpty());
    }

    const ControlChart &all = requireChart(
        computeControlChart(requestOf(ControlChartType::Np, counts({50, 40, 60}, {50, 40, 60}))));
    CHECK_FALSE(all.primary.center); // n p-bar differs with n
    CHECK(all.primary.points.at(1).center == printed(40, 9));
    CHECK(all.primary.points.at(1).ucl == printed(40, 9));
    CHECK(all.primary.points.at(1).lcl == printed(40, 9));
    CHECK(all.primary.points.at(1).brokenRules.isEmpty());
}
