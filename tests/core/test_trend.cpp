// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/trend.h"
#include "catchqt.h"

#include <vector>

using namespace Yardstick;

namespace {

using Values = std::vector<std::optional<double>>;

// The slope's arithmetic on a few points, with the minimum for a word
// lowered to two (the scorecard's minimum has its own test below).
TrendResult lower(const Values &values, double tolerance)
{
    return trendOf(Direction::LowerIsBetter, values, tolerance, 2);
}

TrendResult higher(const Values &values, double tolerance)
{
    return trendOf(Direction::HigherIsBetter, values, tolerance, 2);
}

} // namespace

TEST_CASE("trend keys", "[trend]")
{
    CHECK(trendKey(Trend::Improving) == QStringLiteral("improving"));
    CHECK(trendKey(Trend::Worsening) == QStringLiteral("worsening"));
    CHECK(trendKey(Trend::Steady) == QStringLiteral("steady"));
    CHECK(trendKey(Trend::TooFewPeriods) == QStringLiteral("too_few_periods"));
}

TEST_CASE("a trend word needs six periods with data", "[trend]")
{
    CHECK(kMinTrendPoints == 6);
    // Two points 10, 14: change 4, far beyond the tolerance, yet no word.
    const Values two = {10, 14};
    const TrendResult fromTwo = trendOf(Direction::LowerIsBetter, two, 0.25);
    CHECK(fromTwo.trend == Trend::TooFewPeriods);
    REQUIRE(fromTwo.change);
    CHECK(*fromTwo.change == Approx(4.0));

    // Five of six: 10, 11, 12, -, 14, 15 still too few.
    const Values five = {10, 11, 12, std::nullopt, 14, 15};
    CHECK(trendOf(Direction::LowerIsBetter, five, 0.25).trend == Trend::TooFewPeriods);

    // Six: 10, 11, 12, 13, 14, 15: slope 1, change 5 > 0.25 and up: worsening
    // when lower is better.
    const Values six = {10, 11, 12, 13, 14, 15};
    const TrendResult fromSix = trendOf(Direction::LowerIsBetter, six, 0.25);
    CHECK(fromSix.trend == Trend::Worsening);
    CHECK(*fromSix.change == Approx(5.0));
}

TEST_CASE("the change is the least-squares slope across the window", "[trend]")
{
    // 10, 12, 14 at x = 0, 1, 2: mean x 1, mean y 12;
    // sum dx*dy = (-1)(-2) + 0 + (1)(2) = 4, sum dx^2 = 2, slope 2; span 2: change 4.
    const Values rising = {10, 12, 14};
    CHECK(*lower(rising, 0.25).change == Approx(4.0));
    CHECK(lower(rising, 0.25).trend == Trend::Worsening);
    CHECK(higher(rising, 0.25).trend == Trend::Improving);

    // Not on a line: 10, 14, 12, 15 at x = 0..3: mean x 1.5, mean y 12.75;
    // sum dx*dy = (-1.5)(-2.75) + (-0.5)(1.25) + (0.5)(-0.75) + (1.5)(2.25)
    //           = 4.125 - 0.625 - 0.375 + 3.375 = 6.5; sum dx^2 = 5; slope 1.3;
    // span 3: change 3.9 (the last minus the first would be 5).
    const Values bumpy = {10, 14, 12, 15};
    CHECK(*higher(bumpy, 0.25).change == Approx(3.9));

    const Values falling = {14, 12, 10};
    CHECK(*lower(falling, 0.25).change == Approx(-4.0));
    CHECK(lower(falling, 0.25).trend == Trend::Improving);
    CHECK(higher(falling, 0.25).trend == Trend::Worsening);
}

TEST_CASE("a change within the tolerance is steady", "[trend]")
{
    // Two points 10, 10.5: slope 0.5 over a span of 1, change 0.5.
    const Values values = {10, 10.5};
    CHECK(lower(values, 0.5).trend == Trend::Steady); // |change| <= tolerance
    CHECK(*lower(values, 0.5).change == Approx(0.5));
    CHECK(higher(values, 0.5).trend == Trend::Steady);
    CHECK(lower(values, 0.49).trend == Trend::Worsening);
    CHECK(higher(values, 0.49).trend == Trend::Improving);

    const Values flat = {7, 7, 7};
    CHECK(lower(flat, 1e-9).trend == Trend::Steady);
    CHECK(*lower(flat, 1e-9).change == Approx(0.0));
}

TEST_CASE("periods without data are skipped but keep their positions", "[trend]")
{
    // 10, -, 12, 15 at x = 0, 2, 3: mean x 5/3, mean y 37/3;
    // dx = -5/3, 1/3, 4/3; dy = -7/3, -1/3, 8/3;
    // sum dx*dy = (35 - 1 + 32) / 9 = 66/9, sum dx^2 = (25 + 1 + 16) / 9 = 42/9;
    // slope 66/42 = 11/7; span 3: change 33/7. (Closing the gap, x = 0, 1, 2,
    // would give slope 2.5 and change 5.)
    const Values gappy = {10, std::nullopt, 12, 15};
    CHECK(*higher(gappy, 0.1).change == Approx(33.0 / 7.0));
    CHECK(higher(gappy, 0.1).trend == Trend::Improving);

    // Leading and trailing gaps: 10, 12, 14 at x = 1, 2, 3, change 4 as above.
    const Values padded = {std::nullopt, 10, 12, 14, std::nullopt};
    CHECK(*lower(padded, 0.1).change == Approx(4.0));
    CHECK(lower(padded, 0.1).trend == Trend::Worsening);
}

TEST_CASE("fewer than two values give no trend and no change", "[trend]")
{
    for (const Values &values : {Values{}, Values{12}, Values{std::nullopt, 12, std::nullopt},
                                 Values{std::nullopt, std::nullopt}}) {
        const TrendResult result = lower(values, 0.1);
        CHECK(result.trend == Trend::TooFewPeriods);
        CHECK_FALSE(result.change);
    }
}

TEST_CASE("the scorecard's tolerance", "[trend]")
{
    CHECK(trendTolerance(15, 20) == Approx(0.25));  // 5% of |15 - 20| = 5
    CHECK(trendTolerance(90, 80) == Approx(0.5));   // 5% of |90 - 80| = 10
    CHECK(trendTolerance(15, 15) == Approx(0.15));  // equal: 1% of 15
    CHECK(trendTolerance(-10, -10) == Approx(0.1)); // 1% of |-10|
    CHECK(trendTolerance(0, 0) == 1e-9);            // the floor
}
