// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "test_spc_support.h"

#include <algorithm>
#include <vector>

using namespace Yardstick;
using namespace SpcTest;

namespace {

// Piston-ring inside diameters, 40 samples of 5: Montgomery, Introduction to
// Statistical Quality Control (2nd ed., pp. 206-213), as shipped in R's qcc
// package (data/pistonrings.txt). Samples 1-25 are phase I, 26-40 phase II.
const std::vector<double> pistonRingDiameters = {
    74.030, 74.002, 74.019, 73.992, 74.008, 73.995, 73.992, 74.001, 74.011, 74.004, //  1- 2
    73.988, 74.024, 74.021, 74.005, 74.002, 74.002, 73.996, 73.993, 74.015, 74.009, //  3- 4
    73.992, 74.007, 74.015, 73.989, 74.014, 74.009, 73.994, 73.997, 73.985, 73.993, //  5- 6
    73.995, 74.006, 73.994, 74.000, 74.005, 73.985, 74.003, 73.993, 74.015, 73.988, //  7- 8
    74.008, 73.995, 74.009, 74.005, 74.004, 73.998, 74.000, 73.990, 74.007, 73.995, //  9-10
    73.994, 73.998, 73.994, 73.995, 73.990, 74.004, 74.000, 74.007, 74.000, 73.996, // 11-12
    73.983, 74.002, 73.998, 73.997, 74.012, 74.006, 73.967, 73.994, 74.000, 73.984, // 13-14
    74.012, 74.014, 73.998, 73.999, 74.007, 74.000, 73.984, 74.005, 73.998, 73.996, // 15-16
    73.994, 74.012, 73.986, 74.005, 74.007, 74.006, 74.010, 74.018, 74.003, 74.000, // 17-18
    73.984, 74.002, 74.003, 74.005, 73.997, 74.000, 74.010, 74.013, 74.020, 74.003, // 19-20
    73.988, 74.001, 74.009, 74.005, 73.996, 74.004, 73.999, 73.990, 74.006, 74.009, // 21-22
    74.010, 73.989, 73.990, 74.009, 74.014, 74.015, 74.008, 73.993, 74.000, 74.010, // 23-24
    73.982, 73.984, 73.995, 74.017, 74.013, 74.012, 74.015, 74.030, 73.986, 74.000, // 25-26
    73.995, 74.010, 73.990, 74.015, 74.001, 73.987, 73.999, 73.985, 74.000, 73.990, // 27-28
    74.008, 74.010, 74.003, 73.991, 74.006, 74.003, 74.000, 74.001, 73.986, 73.997, // 29-30
    73.994, 74.003, 74.015, 74.020, 74.004, 74.008, 74.002, 74.018, 73.995, 74.005, // 31-32
    74.001, 74.004, 73.990, 73.996, 73.998, 74.015, 74.000, 74.016, 74.025, 74.000, // 33-34
    74.030, 74.005, 74.000, 74.016, 74.012, 74.001, 73.990, 73.995, 74.010, 74.024, // 35-36
    74.015, 74.020, 74.024, 74.005, 74.019, 74.035, 74.010, 74.012, 74.015, 74.026, // 37-38
    74.017, 74.013, 74.036, 74.025, 74.026, 74.010, 74.005, 74.029, 74.000, 74.020, // 39-40
};

// The samples of 5, leaving out the observations at the given 1-based
// positions of the flat list (qcc's "variable control limits" example).
std::vector<std::vector<double>> pistonRingSamples(int samples,
                                                   const std::vector<int> &dropped = {})
{
    std::vector<std::vector<double>> result(static_cast<std::size_t>(samples));
    for (int k = 0; k < samples * 5; ++k) {
        if (std::find(dropped.begin(), dropped.end(), k + 1) == dropped.end())
            result[std::size_t(k / 5)].push_back(pistonRingDiameters[std::size_t(k)]);
    }
    return result;
}

// Three subgroups of sizes 2, 3 and 7 whose statistics are easy by hand:
//   {10, 12}                   mean 11, R 2,  s = sqrt(2)      = 1.414214
//   {9, 12, 15}                mean 12, R 6,  s = sqrt(18 / 2) = 3
//   {8, 9, 10, 11, 12, 13, 14} mean 11, R 6,  s = sqrt(28 / 6) = 2.160247
// Grand mean of all 12 observations: (22 + 36 + 77) / 12 = 11.25.
const std::vector<std::vector<double>> unequalSubgroups = {
    {10, 12}, {9, 12, 15}, {8, 9, 10, 11, 12, 13, 14}};

} // namespace

TEST_CASE("an individuals chart takes sigma from the mean moving range", "[spc]")
{
    // NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.2.2, flowrate
    // example: mean 50.81, MR-bar 1.8778, UCL 55.8041, LCL 45.8159.
    const ControlChartResult result = computeControlChart(
        requestOf(ControlChartType::IndividualsMovingRange,
                  individuals({49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1})));
    const ControlChart &chart = requireChart(result);
    CHECK(chart.primary.chart == QStringLiteral("imr"));
    CHECK(*chart.primary.center == printed(50.81, 2));
    CHECK(*chart.primary.ucl == printed(55.8041, 4));
    CHECK(*chart.primary.lcl == printed(45.8159, 4));
    // sigma = MR-bar / d2(2) = 1.877778 / 1.128 = 1.664697.
    CHECK(chart.sigma == printed(1.664697, 6));
    CHECK(chart.primary.points.at(0).standardError == printed(1.664697, 6));

    REQUIRE(chart.dispersion);
    const ChartSeries &mr = *chart.dispersion;
    CHECK(mr.chart == QStringLiteral("mr"));
    // n - 1 moving ranges, the first |47.6 - 49.6| = 2.0 plotted at point 2.
    REQUIRE(mr.points.size() == 9);
    CHECK(mr.points.front().index == 2);
    CHECK(mr.points.front().value == printed(2.0, 9));
    CHECK(mr.points.back().index == 10);
    CHECK(*mr.center == printed(1.8778, 4));
    CHECK(*mr.lcl == 0);
    // NIST prints UCL = D4 MR-bar = 3.267 * 1.8778 = 6.1349 with the tabled
    // D4. qcc builds D4 as 1 + 3 d3 / d2 with d2 = 1.128 and the unrounded
    // d3(2) = sqrt(2 - 4 / pi) = 0.8525025: D4 = 3.267294, UCL = 3.267294 *
    // 1.877778 = 6.135252. (The rounded d3 = 0.853 gave 3.268617 and
    // 6.137736, 0.04% high.) The published D4 = 3.267 is printed to three
    // decimals, so MR-bar times it agrees within half a unit of that place.
    CHECK(*mr.ucl == printed(6.135252, 6));
    CHECK(*mr.ucl == Approx(3.267 * 16.9 / 9).epsilon(0).margin(0.0005 * 16.9 / 9));
    CHECK(*mr.ucl == Approx(6.1349).epsilon(0.0001));
}

TEST_CASE("an individuals chart matches Montgomery's viscosity example", "[spc]")
{
    // Montgomery, Introduction to Statistical Quality Control, Example 6.5
    // (aircraft primer paint viscosity, 15 batches): x-bar 33.52, MR-bar 0.48,
    // UCL 34.80, LCL 32.24. R's qcc on the same data (type "xbar.one", as
    // recorded in mistat's TestComparisonWithR): centre 33.52333, std.dev
    // 0.4261651, limits 32.24484 and 34.80183.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::IndividualsMovingRange,
                  individuals({33.75, 33.05, 34.00, 33.81, 33.46, 34.02, 33.68, 33.27, 33.49, 33.20,
                               33.62, 33.00, 33.54, 33.12, 33.84}))));
    CHECK(*chart.primary.center == printed(33.52333, 5));
    CHECK(chart.sigma == printed(0.4261651, 7));
    CHECK(*chart.primary.lcl == printed(32.24484, 5));
    CHECK(*chart.primary.ucl == printed(34.80183, 5));
    CHECK(*chart.dispersion->center == printed(0.48, 2));
}

TEST_CASE("an X-bar R chart of the piston rings matches Montgomery and qcc", "[spc]")
{
    // Montgomery Example 6.1: x-double-bar 74.001, limits 73.988 and 74.014.
    // qcc(diameter[1:25,], type = "xbar") prints centre 74.00118, std.dev
    // 0.009785039 (R-bar / d2 = 0.02276 / 2.326), limits 73.98805 and 74.0143;
    // type "R" prints centre 0.02276 and limits 0 and 0.04812533.
    ControlChartRequest request =
        requestOf(ControlChartType::XbarR, subgroupsOf(pistonRingSamples(25)));
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(74.00118, 5));
    CHECK(*chart.primary.center == printed(74.001, 3));
    CHECK(chart.sigma == printed(0.009785039, 9));
    CHECK(*chart.primary.lcl == printed(73.98805, 5));
    CHECK(*chart.primary.ucl == printed(74.0143, 4));
    CHECK(*chart.primary.lcl == printed(73.988, 3));
    CHECK(*chart.primary.ucl == printed(74.014, 3));
    // The standard error of a subgroup mean is sigma / sqrt(5) = 0.004376.
    CHECK(chart.primary.points.at(0).standardError == printed(0.004376, 6));

    REQUIRE(chart.dispersion);
    CHECK(chart.dispersion->chart == QStringLiteral("r"));
    CHECK(*chart.dispersion->center == printed(0.02276, 5));
    CHECK(*chart.dispersion->lcl == 0);
    // UCL = R-bar (1 + 3 d3(5) / d2(5)) with the exact d3(5) = 0.8640819
    // (Wardell 2025's closed form): 0.02276 * (1 + 2.592246 / 2.326) =
    // 0.02276 * 2.114465 = 0.0481252. qcc's seven-digit table value
    // 0.8640855 gives 0.04812533, the same to six decimals; the rounded
    // 0.864 gave 0.0481228, which missed it in the sixth.
    CHECK(*chart.dispersion->ucl == printed(0.0481252, 7));
    CHECK(*chart.dispersion->ucl == printed(0.048125, 6));
    CHECK(chart.dispersion->points.at(0).value == printed(0.038, 9)); // 74.030 - 73.992
}

TEST_CASE("an X-bar S chart of the piston rings matches qcc", "[spc]")
{
    // qcc(diameter[1:25,], type = "S"): centre s-bar 0.009240037, std.dev
    // 0.009829977 (s-bar / c4(5)), limits 0 and 0.019302416.
    const ControlChart &chart = requireChart(computeControlChart(
        requestOf(ControlChartType::XbarS, subgroupsOf(pistonRingSamples(25)))));
    CHECK(chart.sigma == printed(0.009829977, 9));
    REQUIRE(chart.dispersion);
    CHECK(chart.dispersion->chart == QStringLiteral("s"));
    CHECK(*chart.dispersion->center == printed(0.009240037, 9));
    CHECK(*chart.dispersion->ucl == printed(0.0193024, 7));
    CHECK(*chart.dispersion->lcl == 0);
    // X-bar limits from that sigma, by hand with the unrounded grand mean
    // 1850.0294 / 125 = 74.001176: 74.001176 -/+ 3 * 0.009829977 / sqrt(5)
    // = 74.001176 -/+ 0.0131883 = 73.98799 and 74.01436; Montgomery Example
    // 6.3 prints 73.988 and 74.014 for its X-bar chart based on s.
    CHECK(*chart.primary.lcl == printed(73.98799, 5));
    CHECK(*chart.primary.ucl == printed(74.01436, 5));
    CHECK(*chart.primary.ucl == printed(74.014, 3));
}

TEST_CASE("X-bar limits with unequal subgroups use R_i / d2(n_i) and widen for small subgroups",
          "[spc]")
{
    // qcc's "variable control limits" example drops 12 diameters, leaving
    // subgroups of 3, 4 and 5. qcc(diameter[1:25,], type = "xbar") prints
    // centre 74.00075, std.dev 0.009856701, limits 73.98753 / 74.01398 for
    // n = 5 and 73.98368 / 74.01782 for n = 3 (mistat's TestComparisonWithR).
    const auto samples = pistonRingSamples(25, {9, 10, 30, 35, 45, 64, 65, 74, 75, 85, 99, 100});
    REQUIRE(samples[1].size() == 3);
    REQUIRE(samples[5].size() == 4);
    const ControlChart &chart =
        requireChart(computeControlChart(requestOf(ControlChartType::XbarR, subgroupsOf(samples))));
    CHECK(*chart.primary.center == printed(74.00075, 5));
    CHECK(chart.sigma == printed(0.009856701, 9));
    CHECK_FALSE(chart.primary.lcl);
    CHECK_FALSE(chart.primary.ucl);
    const ChartPoint &five = chart.primary.points.at(0);
    CHECK(five.lcl == printed(73.98753, 5));
    CHECK(five.ucl == printed(74.01398, 5));
    const ChartPoint &three = chart.primary.points.at(1);
    CHECK(three.lcl == printed(73.98368, 5));
    CHECK(three.ucl == printed(74.01782, 5));

    // The R chart follows each subgroup's size (d2(n) sigma centre, (d2 +
    // 3 d3) sigma upper limit), by hand with sigma = 0.009856701 and the
    // exact d3(5) = 0.8640819, d3(3) = 0.8883680:
    //   n = 5: 2.326 sigma = 0.0229267, 4.918246 sigma = 0.0484777
    //   n = 3: 1.693 sigma = 0.0166874, 4.358104 sigma = 0.0429565
    const ChartSeries &r = *chart.dispersion;
    CHECK(r.points.at(0).center == printed(0.0229267, 7));
    CHECK(r.points.at(0).ucl == printed(0.0484777, 7));
    CHECK(r.points.at(1).center == printed(0.0166874, 7));
    CHECK(r.points.at(1).ucl == printed(0.0429565, 7));
    CHECK_FALSE(r.center);
}

TEST_CASE("an X-bar S chart with unequal subgroups uses qcc's UWAVE-SD", "[spc]")
{
    // Same data as above; qcc(diameter[1:25,], type = "S") prints std.dev
    // 0.009930923: the unweighted mean of s_i / c4(n_i) ("UWAVE-SD", qcc's
    // default for S charts; see sd.xbar in qcc's R/qcc.R). By hand from it:
    //   X-bar, n = 5: 74.00075 -/+ 3 * 0.009930923 / sqrt(5) = 73.98743 / 74.01408
    //   S,     n = 5: c4 sigma = 0.939986 * 0.009930923 = 0.0093349,
    //                 UCL = 0.0093349 + 3 * 0.009930923 * 0.341214 = 0.0195006
    //   S,     n = 3: c4 sigma = 0.886227 * 0.009930923 = 0.0088011,
    //                 UCL = 0.0088011 + 3 * 0.009930923 * 0.463251 = 0.0226026
    const auto samples = pistonRingSamples(25, {9, 10, 30, 35, 45, 64, 65, 74, 75, 85, 99, 100});
    const ControlChart &chart =
        requireChart(computeControlChart(requestOf(ControlChartType::XbarS, subgroupsOf(samples))));
    CHECK(chart.sigma == printed(0.009930923, 9));
    CHECK(chart.primary.points.at(0).lcl == printed(73.98743, 5));
    CHECK(chart.primary.points.at(0).ucl == printed(74.01408, 5));
    const ChartSeries &s = *chart.dispersion;
    CHECK(s.points.at(0).center == printed(0.0093349, 7));
    CHECK(s.points.at(0).ucl == printed(0.0195006, 7));
    CHECK(s.points.at(1).center == printed(0.0088011, 7));
    CHECK(s.points.at(1).ucl == printed(0.0226026, 7));
}

TEST_CASE("X-bar R with unequal sizes, by hand", "[spc]")
{
    // sigma = mean of R_i / d2(n_i) = (2 / 1.128 + 6 / 1.693 + 6 / 2.704) / 3
    //       = (1.773050 + 3.544005 + 2.218935) / 3 = 2.511996.
    const ControlChart &chart = requireChart(
        computeControlChart(requestOf(ControlChartType::XbarR, subgroupsOf(unequalSubgroups))));
    CHECK(*chart.primary.center == printed(11.25, 9));
    CHECK(chart.sigma == printed(2.511996, 6));
    const std::vector<ChartPoint> &x = chart.primary.points;
    // 11.25 -/+ 3 * 2.511996 / sqrt(n): n = 2: 5.921251 / 16.578749;
    // n = 7: 8.401664 / 14.098336.
    CHECK(x.at(0).lcl == printed(5.921251, 6));
    CHECK(x.at(0).ucl == printed(16.578749, 6));
    CHECK(x.at(2).lcl == printed(8.401664, 6));
    CHECK(x.at(2).ucl == printed(14.098336, 6));
    CHECK(x.at(1).value == printed(12, 9));
    // R chart, n = 7: centre 2.704 sigma = 6.792438, limits (2.704 -/+ 3 *
    // 0.8332053) sigma = 0.204384 sigma = 0.513412 and 5.203616 sigma =
    // 13.071465 with the unrounded sigma 2.5119964 (d3(7) = 0.8332053
    // integrated independently by Simpson's rule; qcc's table
    // has 0.8332108); n = 2: 1.128 - 3 * 0.8525025 < 0, so the lower limit
    // is floored at 0.
    const std::vector<ChartPoint> &r = chart.dispersion->points;
    CHECK(r.at(2).center == printed(6.792438, 6));
    CHECK(r.at(2).lcl == printed(0.513412, 6));
    CHECK(r.at(2).ucl == printed(13.071465, 6));
    CHECK(r.at(0).lcl == 0);
    CHECK(r.at(0).ucl == printed(9.257981, 6)); // (1.128 + 2.5575074) * 2.5119964
}

TEST_CASE("X-bar S with unequal sizes averages s_i / c4(n_i) unweighted, by hand", "[spc]")
{
    // c4(2) = 0.797885, c4(3) = 0.886227, c4(7) = 0.959369:
    // sigma = (1.414214 / 0.797885 + 3 / 0.886227 + 2.160247 / 0.959369) / 3
    //       = (1.772454 + 3.385138 + 2.251738) / 3 = 2.469776.
    // (The c4^2 / (1 - c4^2)-weighted average, qcc's MVLUE-SD, would give
    // 2.446658 instead.)
    const ControlChart &chart = requireChart(
        computeControlChart(requestOf(ControlChartType::XbarS, subgroupsOf(unequalSubgroups))));
    CHECK(chart.sigma == printed(2.469776, 6));
    const std::vector<ChartPoint> &s = chart.dispersion->points;
    CHECK(s.at(1).value == printed(3, 9));
    // n = 7: centre c4 sigma = 2.369426; sigma sqrt(1 - c4^2) = 2.469776 *
    // 0.282155 = 0.696860, limits 2.369426 -/+ 2.090580 = 0.278846 / 4.460007.
    CHECK(s.at(2).center == printed(2.369426, 6));
    CHECK(s.at(2).lcl == printed(0.278846, 6));
    CHECK(s.at(2).ucl == printed(4.460007, 6));
    CHECK(s.at(2).standardError == printed(0.696860, 6));
    // n = 2: 0.797885 - 3 * 0.602810 < 0: floored.
    CHECK(s.at(0).lcl == 0);
    // X-bar, n = 3: 11.25 -/+ 3 * 2.469776 / sqrt(3) = 6.972222 / 15.527778.
    CHECK(chart.primary.points.at(1).lcl == printed(6.972222, 6));
    CHECK(chart.primary.points.at(1).ucl == printed(15.527778, 6));
}

TEST_CASE("known centre and sigma replace the estimates of a variables chart", "[spc]")
{
    // mu = 11, sigma = 2, by hand: X-bar limits 11 -/+ 6 / sqrt(n): n = 2
    // 6.757359 / 15.242641; R chart n = 3: centre 1.693 * 2 = 3.386, UCL
    // (1.693 + 3 * 0.8883680) * 2 = 8.716208; n = 7: LCL (2.704 - 3 *
    // 0.8332053) * 2 = 0.408768.
    ControlChartRequest request = requestOf(ControlChartType::XbarR, subgroupsOf(unequalSubgroups));
    request.known = KnownParameters{11, 2.0};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(chart.sigma == 2);
    CHECK(*chart.primary.center == 11);
    CHECK(chart.primary.points.at(0).lcl == printed(6.757359, 6));
    CHECK(chart.primary.points.at(0).ucl == printed(15.242641, 6));
    CHECK(chart.dispersion->points.at(1).center == printed(3.386, 9));
    CHECK(chart.dispersion->points.at(1).ucl == printed(8.716208, 6));
    CHECK(chart.dispersion->points.at(2).lcl == printed(0.408768, 6));

    // The S chart from a known sigma: n = 3 centre c4 sigma = 1.772454,
    // UCL 1.772454 + 3 * 2 * sqrt(1 - c4^2) = 1.772454 + 6 * 0.4632514
    // = 4.551962.
    request.kind = ControlChartType::XbarS;
    const ControlChart &s = requireChart(computeControlChart(request));
    CHECK(s.dispersion->points.at(1).center == printed(1.772454, 6));
    CHECK(s.dispersion->points.at(1).ucl == printed(4.551962, 6));

    // The MR chart from a known sigma: centre d2(2) sigma = 2.256, UCL
    // (1.128 + 3 * 0.8525025) * 2 = 7.371015.
    ControlChartRequest imr =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({50, 52, 49, 51}));
    imr.known = KnownParameters{50, 2.0};
    const ControlChart &i = requireChart(computeControlChart(imr));
    CHECK(*i.primary.ucl == printed(56, 9));
    CHECK(*i.dispersion->center == printed(2.256, 9));
    CHECK(*i.dispersion->ucl == printed(7.371015, 6));
}

TEST_CASE("a known centre alone still estimates sigma from phase I", "[spc]")
{
    // Values 50, 52, 49, 51: moving ranges 2, 3, 2, MR-bar 7 / 3; sigma =
    // 2.333333 / 1.128 = 2.068558; limits 45 -/+ 6.205674.
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange, individuals({50, 52, 49, 51}));
    request.known = KnownParameters{45, std::nullopt};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == 45);
    CHECK(chart.sigma == printed(2.068558, 6));
    CHECK(*chart.primary.ucl == printed(51.205674, 6));
}

TEST_CASE("piston-ring phase II samples are judged against the phase I limits", "[spc]")
{
    // Samples 26-40 against the limits of samples 1-25 (qcc's newdata
    // example). By hand, the phase II means above the UCL 74.0143 are
    //   37: (74.015 + 74.020 + 74.024 + 74.005 + 74.019) / 5 = 74.0166
    //   38: (74.035 + 74.010 + 74.012 + 74.015 + 74.026) / 5 = 74.0196
    //   39: (74.017 + 74.013 + 74.036 + 74.025 + 74.026) / 5 = 74.0234
    // while the highest other one, 40, is 74.0128.
    ControlChartRequest request =
        requestOf(ControlChartType::XbarR, subgroupsOf(pistonRingSamples(40)));
    request.phase1 = PointRange{1, 25};
    const ControlChart &chart = requireChart(computeControlChart(request));
    CHECK(*chart.primary.center == printed(74.00118, 5));
    CHECK(*chart.primary.ucl == printed(74.0143, 4));
    REQUIRE(chart.primary.points.size() == 40);
    CHECK(chart.primary.points.at(36).value == printed(74.0166, 4));
    CHECK_FALSE(chart.primary.points.at(36).inPhase1);
    CHECK(pointsBreaking(chart.primary, "nelson-1") == std::vector<int>{37, 38, 39});
}
