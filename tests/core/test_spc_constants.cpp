// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "spc/spcconstants.h"
#include "test_spc_support.h"

#include <vector>

using namespace Yardstick;
using SpcTest::printed;

TEST_CASE("d2 is qcc's divisor and matches the printed tables for subgroups of 2 to 25", "[spc]")
{
    // Montgomery, Introduction to Statistical Quality Control, Appendix VI
    // ("Factors for constructing variables control charts"), n = 2 .. 25; the
    // same d2 column is qcc's qcc.options("exp.R.unscaled"), the divisor of
    // its sigma-hat = R-bar / d2.
    const std::vector<double> d2 = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970,
                                    3.078, 3.173, 3.258, 3.336, 3.407, 3.472, 3.532, 3.588,
                                    3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931};
    for (int n = 2; n <= 25; ++n) {
        INFO("n = " << n);
        CHECK(d2Constant(n) == printed(d2[std::size_t(n - 2)], 3));
        // The integrated mean range rounds to the same printed figure.
        CHECK(exactD2Constant(n) == printed(d2[std::size_t(n - 2)], 3));
    }
}

TEST_CASE("the exact d2 and d3 match their closed forms to double precision", "[spc]")
{
    // Closed forms for n = 2 .. 5 (Wardell 2025, doi:10.3390/math13091537,
    // as quoted in qcc's tests/testthat/test-constants.R):
    //   d2(2) = 2 / sqrt(pi)                          = 1.1283791671
    //   d2(3) = 3 / sqrt(pi)                          = 1.6925687506
    //   d2(4) = 12 / pi^(3/2) atan(sqrt 2)            = 2.0587507460
    //   d2(5) = 30 / pi^(3/2) atan(sqrt 2) - 5/sqrt(pi) = 2.3259289473
    //   d3(2) = sqrt(2 - 4 / pi)                      = 0.8525024664
    //   d3(3) = sqrt((2 pi + 3 sqrt 3 - 9) / pi)      = 0.8883680040
    //   d3(4) = sqrt((2 pi + 2 sqrt 3 + 6) / pi - d2(4)^2) = 0.8798082028
    //   d3(5) = (Wardell's arctangent form)           = 0.8640819411
    CHECK(exactD2Constant(2) == printed(1.1283791671, 10));
    CHECK(exactD2Constant(3) == printed(1.6925687506, 10));
    CHECK(exactD2Constant(4) == printed(2.0587507460, 10));
    CHECK(exactD2Constant(5) == printed(2.3259289473, 10));
    CHECK(d3Constant(2) == printed(0.8525024664, 10));
    CHECK(d3Constant(3) == printed(0.8883680040, 10));
    CHECK(d3Constant(4) == printed(0.8798082028, 10));
    CHECK(d3Constant(5) == printed(0.8640819411, 10));
}

TEST_CASE("d3 agrees with qcc's seven-digit table and the printed three decimals", "[spc]")
{
    // qcc.options("se.R.unscaled"), n = 2 .. 25. qcc's figures drift from the
    // closed forms by up to about 1e-5 (d3(2): 0.8525033 against the exact
    // 0.8525025), so they are compared at 2e-5; our limits then agree with
    // qcc's to five or six significant digits.
    const std::vector<double> qcc = {
        0.8525033, 0.8883697, 0.8798108, 0.8640855, 0.8480442, 0.8332108, 0.8198378, 0.8078413,
        0.7970584, 0.7873230, 0.7784873, 0.7704257, 0.7630330, 0.7562217, 0.7499188, 0.7440627,
        0.7386021, 0.7334929, 0.7286980, 0.7241851, 0.7199267, 0.7158987, 0.7120802, 0.7084528};
    // Montgomery, Appendix VI, d3 column (three decimals). For n = 19 the
    // table prints 0.734, but the value is 0.73348 (qcc: 0.7334929, and an
    // independent Simpson-rule integration of the range distribution gives
    // 0.7334815), so it rounds to 0.733: the printed table is one unit off.
    const std::vector<double> printedTable = {
        0.853, 0.888, 0.880, 0.864, 0.848, 0.833, 0.820, 0.808, 0.797, 0.787, 0.778, 0.770,
        0.763, 0.756, 0.750, 0.744, 0.739, 0.733, 0.729, 0.724, 0.720, 0.716, 0.712, 0.708};
    for (int n = 2; n <= 25; ++n) {
        INFO("n = " << n);
        CHECK(d3Constant(n) == Approx(qcc[std::size_t(n - 2)]).epsilon(0).margin(2e-5));
        CHECK(d3Constant(n) == printed(printedTable[std::size_t(n - 2)], 3));
    }
    // The published D4(2) = 3.267 and D3(5) = 0 follow: 1 + 3 d3(2) / d2(2).
    CHECK(1 + 3 * d3Constant(2) / d2Constant(2) == printed(3.267, 3));
}

TEST_CASE("d2 and d3 are zero outside the table, meaning cannot estimate", "[spc]")
{
    CHECK(d2Constant(1) == 0);
    CHECK(d3Constant(1) == 0);
    CHECK(d2Constant(26) == 0);
    CHECK(d3Constant(26) == 0);
    CHECK(exactD2Constant(26) == 0);
    CHECK(exactD2Constant(1) == 0);
    CHECK(d2Constant(0) == 0);
}

TEST_CASE("c4 matches the printed table and the exact gamma formula", "[spc]")
{
    // Montgomery, Appendix VI, c4 column (four decimals).
    CHECK(c4Constant(2) == printed(0.7979, 4));
    CHECK(c4Constant(3) == printed(0.8862, 4));
    CHECK(c4Constant(4) == printed(0.9213, 4));
    CHECK(c4Constant(5) == printed(0.9400, 4));
    CHECK(c4Constant(6) == printed(0.9515, 4));
    CHECK(c4Constant(10) == printed(0.9727, 4));
    CHECK(c4Constant(25) == printed(0.9896, 4));
    // Closed forms: c4(2) = sqrt(2 / pi) = 0.7978845608, c4(3) = sqrt(pi) / 2
    // = 0.8862269255.
    CHECK(c4Constant(2) == printed(0.7978845608, 10));
    CHECK(c4Constant(3) == printed(0.8862269255, 10));
    // Far past where Gamma(n / 2) overflows a double (n > 343), c4 still
    // follows the expansion 4(n - 1) / (4n - 3): n = 1000 gives 3996 / 3997 =
    // 0.99974981, and the two agree to about 1 / (32 n^2).
    CHECK(c4Constant(1000) == printed(0.99974981, 7));
    CHECK(c4Constant(1) == 0);
}

TEST_CASE("chart kinds and rule sets round-trip through their keys", "[spc]")
{
    for (const ControlChartType kind :
         {ControlChartType::IndividualsMovingRange, ControlChartType::XbarR,
          ControlChartType::XbarS, ControlChartType::P, ControlChartType::Np, ControlChartType::C,
          ControlChartType::U})
        CHECK(controlChartTypeFromKey(controlChartTypeKey(kind)) == kind);
    CHECK(controlChartTypeKey(ControlChartType::XbarS) == QStringLiteral("xbar-s"));
    CHECK(controlChartTypeFromKey(QStringLiteral(" XBAR-R ")) == ControlChartType::XbarR);
    CHECK_FALSE(controlChartTypeFromKey(QStringLiteral("xbar")));

    CHECK(dispersionChartKey(ControlChartType::IndividualsMovingRange) == QStringLiteral("mr"));
    CHECK(dispersionChartKey(ControlChartType::XbarR) == QStringLiteral("r"));
    CHECK(dispersionChartKey(ControlChartType::XbarS) == QStringLiteral("s"));
    CHECK(dispersionChartKey(ControlChartType::U).isEmpty());
    CHECK(isAttributeChart(ControlChartType::Np));
    CHECK_FALSE(isAttributeChart(ControlChartType::XbarS));

    for (const RuleSet set : {RuleSet::Nelson, RuleSet::WesternElectric, RuleSet::None})
        CHECK(ruleSetFromKey(ruleSetKey(set)) == set);
    CHECK(ruleSetKey(RuleSet::WesternElectric) == QStringLiteral("western-electric"));
    CHECK_FALSE(ruleSetFromKey(QStringLiteral("we")));
}

TEST_CASE("the fewest points to estimate from are two for I-MR and X-bar, one for attributes",
          "[spc]")
{
    CHECK(minimumPoints(ControlChartType::IndividualsMovingRange) == 2);
    CHECK(minimumPoints(ControlChartType::XbarR) == 2);
    CHECK(minimumPoints(ControlChartType::XbarS) == 2);
    CHECK(minimumPoints(ControlChartType::P) == 1);
    CHECK(minimumPoints(ControlChartType::C) == 1);
}
