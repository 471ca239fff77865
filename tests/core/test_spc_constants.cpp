// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "spc/spcconstants.h"
#include "test_spc_support.h"

#include <vector>

using namespace Yardstick;
using SpcTest::printed;

TEST_CASE("d2 and d3 are the printed table values for subgroups of 2 to 25", "[spc]")
{
    // Montgomery, Introduction to Statistical Quality Control, Appendix VI
    // ("Factors for constructing variables control charts"), n = 2 .. 25; the
    // same d2 column is qcc's qcc.options("exp.R.unscaled").
    const std::vector<double> d2 = {1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970,
                                    3.078, 3.173, 3.258, 3.336, 3.407, 3.472, 3.532, 3.588,
                                    3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931};
    const std::vector<double> d3 = {0.853, 0.888, 0.880, 0.864, 0.848, 0.833, 0.820, 0.808,
                                    0.797, 0.787, 0.778, 0.770, 0.763, 0.756, 0.750, 0.744,
                                    0.739, 0.734, 0.729, 0.724, 0.720, 0.716, 0.712, 0.708};
    for (int n = 2; n <= 25; ++n) {
        INFO("n = " << n);
        CHECK(d2Constant(n) == printed(d2[std::size_t(n - 2)], 3));
        CHECK(d3Constant(n) == printed(d3[std::size_t(n - 2)], 3));
    }
}

TEST_CASE("d2 and d3 are zero outside the table, meaning cannot estimate", "[spc]")
{
    CHECK(d2Constant(1) == 0);
    CHECK(d3Constant(1) == 0);
    CHECK(d2Constant(26) == 0);
    CHECK(d3Constant(26) == 0);
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
