// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/statistics.h"
#include "catchqt.h"

#include <vector>

using namespace Yardstick;

namespace {

std::optional<double> evaluateKey(const char *key, std::vector<double> values)
{
    const std::optional<Statistic> statistic = Statistic::fromKey(QLatin1String(key));
    REQUIRE(statistic);
    return Statistics::evaluate(*statistic, values);
}

} // namespace

TEST_CASE("the mean is the sum over the count", "[statistics]")
{
    const std::vector<double> four = {1, 2, 3, 4};
    CHECK(*Statistics::mean(four) == Approx(2.5)); // 10 / 4
    const std::vector<double> three = {3, 9, 12};
    CHECK(*Statistics::mean(three) == Approx(8.0)); // 24 / 3
    const std::vector<double> one = {7};
    CHECK(*Statistics::mean(one) == Approx(7.0));
    CHECK_FALSE(Statistics::mean({}));
}

TEST_CASE("the median is the middle value or the mean of the two middle ones", "[statistics]")
{
    const std::vector<double> odd = {1, 3, 5};
    CHECK(*Statistics::medianOfSorted(odd) == Approx(3.0)); // h = 2 * 0.5 = 1: x[1]
    const std::vector<double> even = {1, 2, 3, 4};
    CHECK(*Statistics::medianOfSorted(even) == Approx(2.5)); // (2 + 3) / 2
    const std::vector<double> ties = {2, 2, 2, 5};
    CHECK(*Statistics::medianOfSorted(ties) == Approx(2.0)); // (2 + 2) / 2
    const std::vector<double> one = {7};
    CHECK(*Statistics::medianOfSorted(one) == Approx(7.0));
    CHECK_FALSE(Statistics::medianOfSorted({}));
}

TEST_CASE("percentiles interpolate linearly between closest ranks", "[statistics]")
{
    // Excel's PERCENTILE.INC documentation: PERCENTILE.INC({1,2,3,4}, 0.3) = 1.9.
    const std::vector<double> excel = {1, 2, 3, 4};
    CHECK(*Statistics::percentileOfSorted(excel, 30) == Approx(1.9));

    // The ordered list {15, 20, 35, 40, 50} of the Wikipedia "Percentile"
    // article's examples, by hand with h = (n - 1) p / 100, n = 5:
    const std::vector<double> wiki = {15, 20, 35, 40, 50};
    // p40: h = 1.6, 20 + 0.6 * (35 - 20) = 29.
    CHECK(*Statistics::percentileOfSorted(wiki, 40) == Approx(29.0));
    // p90: h = 3.6, 40 + 0.6 * (50 - 40) = 46.
    CHECK(*Statistics::percentileOfSorted(wiki, 90) == Approx(46.0));
    // p25: h = 1 exactly, x[1] = 20.
    CHECK(*Statistics::percentileOfSorted(wiki, 25) == Approx(20.0));
    // p0 and p100 are the smallest and the largest value.
    CHECK(*Statistics::percentileOfSorted(wiki, 0) == Approx(15.0));
    CHECK(*Statistics::percentileOfSorted(wiki, 100) == Approx(50.0));
}

TEST_CASE("p90 of ten values, ties and one value", "[statistics]")
{
    // 1..10: h = 9 * 0.9 = 8.1, x[8] + 0.1 * (x[9] - x[8]) = 9 + 0.1 = 9.1.
    const std::vector<double> ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(*Statistics::percentileOfSorted(ten, 90) == Approx(9.1));

    // Ties: {1, 2, 2, 2, 3}, p25 h = 1 -> 2, p75 h = 3 -> 2, p60 h = 2.4 -> 2.
    const std::vector<double> ties = {1, 2, 2, 2, 3};
    CHECK(*Statistics::percentileOfSorted(ties, 25) == Approx(2.0));
    CHECK(*Statistics::percentileOfSorted(ties, 60) == Approx(2.0));
    CHECK(*Statistics::percentileOfSorted(ties, 75) == Approx(2.0));
    // p90: h = 3.6, 2 + 0.6 * (3 - 2) = 2.6.
    CHECK(*Statistics::percentileOfSorted(ties, 90) == Approx(2.6));

    const std::vector<double> one = {4};
    CHECK(*Statistics::percentileOfSorted(one, 0) == Approx(4.0));
    CHECK(*Statistics::percentileOfSorted(one, 90) == Approx(4.0));
    CHECK(*Statistics::percentileOfSorted(one, 100) == Approx(4.0));
    CHECK_FALSE(Statistics::percentileOfSorted({}, 90));
}

TEST_CASE("the share within N days counts values equal to N", "[statistics]")
{
    const std::vector<double> values = {1, 2, 2, 3, 5};
    // <= 2: the 1 and both 2s, 3 of 5 = 60%.
    CHECK(*Statistics::sharePercentAtMost(values, 2) == Approx(60.0));
    // <= 1.5: only the 1, 1 of 5 = 20%.
    CHECK(*Statistics::sharePercentAtMost(values, 1.5) == Approx(20.0));
    CHECK(*Statistics::sharePercentAtMost(values, 0.5) == Approx(0.0));
    CHECK(*Statistics::sharePercentAtMost(values, 5) == Approx(100.0));
    CHECK_FALSE(Statistics::sharePercentAtMost({}, 2));
}

TEST_CASE("evaluate applies each kind of statistic to unsorted values", "[statistics]")
{
    // Sorted: {1, 2, 3, 4, 5}.
    const std::vector<double> values = {5, 1, 4, 2, 3};
    CHECK(*evaluateKey("mean", values) == Approx(3.0));   // 15 / 5
    CHECK(*evaluateKey("median", values) == Approx(3.0)); // middle of five
    // p90: h = 4 * 0.9 = 3.6, 4 + 0.6 * (5 - 4) = 4.6.
    CHECK(*evaluateKey("p90", values) == Approx(4.6));
    // p10: h = 0.4, 1 + 0.4 * (2 - 1) = 1.4; needs the sort, unsorted x[0] is 5.
    CHECK(*evaluateKey("p10", values) == Approx(1.4));
    // within:2: the 1 and the 2, 2 of 5 = 40%.
    CHECK(*evaluateKey("within:2", values) == Approx(40.0));

    for (const char *key : {"mean", "median", "p90", "within:2"})
        CHECK_FALSE(evaluateKey(key, {}));
}

TEST_CASE("evaluate reports nothing for an invalid statistic", "[statistics]")
{
    std::vector<double> values = {1, 2, 3};
    CHECK_FALSE(Statistics::evaluate(Statistic::percentile(0), values));
    CHECK_FALSE(Statistics::evaluate(Statistic::shareWithin(-1), values));
}
