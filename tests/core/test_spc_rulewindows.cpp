// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/runrules.h"
#include "test_spc_support.h"

#include <vector>

using namespace Yardstick;

// Windows and zone boundaries of the run rules, against the deterministic
// sequences of R's qcc (tests/testthat/test-rules.R in qcc's repository, centre
// 0 and sigma 1, so values are in standard errors) and boundary cases by hand.
// The convention: "beyond k sigma" is strictly more than k sigma from the
// centre, "within k sigma" is everything not beyond, and an m-of-n rule is
// judged only once its window holds n points.

namespace {

std::vector<QStringList> onRules(const std::vector<double> &values, RuleSet set = RuleSet::Nelson)
{
    std::vector<RulePoint> points;
    for (const double value : values)
        points.push_back({value, 0, 1});
    return evaluateRunRules(points, set);
}

std::vector<int> flagged(const std::vector<QStringList> &found, const char *rule)
{
    std::vector<int> positions;
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (found[i].contains(QLatin1String(rule)))
            positions.push_back(int(i) + 1);
    }
    return positions;
}

std::vector<int> range(int first, int last)
{
    std::vector<int> positions;
    for (int i = first; i <= last; ++i)
        positions.push_back(i);
    return positions;
}

} // namespace

TEST_CASE("k-of-n rules wait for a complete window when the series opens beyond 2 sigma",
          "[spc][runrules]")
{
    // qcc's precedence sequence: seven points at +2.5 sigma, then +3.2. Two
    // of three beyond 2 sigma first has its three points at point 3, four of
    // five beyond 1 sigma its five at point 5; qcc expects WER2 = 3:8, WER3 =
    // 5:8, WER4 = 8, WER1 = 8.
    const std::vector<double> opening = {2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 3.2};
    const auto we = onRules(opening, RuleSet::WesternElectric);
    CHECK(flagged(we, "we-1") == std::vector<int>{8});
    CHECK(flagged(we, "we-2") == range(3, 8));
    CHECK(flagged(we, "we-3") == range(5, 8));
    CHECK(flagged(we, "we-4") == std::vector<int>{8});
    const auto nelson = onRules(opening);
    CHECK(flagged(nelson, "nelson-5") == range(3, 8));
    CHECK(flagged(nelson, "nelson-6") == range(5, 8));

    // Only the first two points: no window of three exists yet.
    CHECK(flagged(onRules({2.5, 2.5}), "nelson-5").empty());
    // Four points beyond 1 sigma: no window of five yet.
    CHECK(flagged(onRules({1.5, 1.5, 1.5, 1.5}), "nelson-6").empty());
    CHECK(flagged(onRules({1.5, 1.5, 1.5, 1.5, 1.5}), "nelson-6") == std::vector<int>{5});
}

TEST_CASE("fifteen points alternating at 0 and 1 sigma are fifteen within 1 sigma",
          "[spc][runrules]")
{
    // A point exactly 1 sigma out is not beyond 1 sigma, so it is within:
    // Nelson 7 completes at point 15. The same points are never beyond 1
    // sigma, so Nelson 6 and 8 stay silent.
    std::vector<double> alternating;
    for (int i = 0; i < 15; ++i)
        alternating.push_back(i % 2 == 0 ? 0.0 : 1.0);
    const auto found = onRules(alternating);
    CHECK(flagged(found, "nelson-7") == std::vector<int>{15});
    CHECK(flagged(found, "nelson-6").empty());
    CHECK(flagged(found, "nelson-8").empty());

    // The same at -1 sigma.
    for (double &value : alternating)
        value = -value;
    CHECK(flagged(onRules(alternating), "nelson-7") == std::vector<int>{15});
}

TEST_CASE("eight points at +1.2 sigma are one-sided, not Nelson 8", "[spc][runrules]")
{
    // qcc: NEL8 wants both sides, so rep(1.2, 8) gives none. By hand: four
    // of five beyond 1 sigma holds from point 5 on (Nelson 6 and WE 3 mark
    // 5..8), eight on one side completes WE 4 at point 8, and nine on one
    // side (Nelson 2) never completes.
    const std::vector<double> high(8, 1.2);
    const auto nelson = onRules(high);
    CHECK(flagged(nelson, "nelson-8").empty());
    CHECK(flagged(nelson, "nelson-6") == range(5, 8));
    CHECK(flagged(nelson, "nelson-2").empty());
    CHECK(flagged(nelson, "nelson-5").empty());
    const auto we = onRules(high, RuleSet::WesternElectric);
    CHECK(flagged(we, "we-3") == range(5, 8));
    CHECK(flagged(we, "we-4") == std::vector<int>{8});
}

TEST_CASE("qcc's deterministic rule sequences give qcc's indices", "[spc][runrules]")
{
    const auto we = [](const std::vector<double> &values, const char *rule) {
        return flagged(onRules(values, RuleSet::WesternElectric), rule);
    };
    const auto nelson = [](const std::vector<double> &values, const char *rule) {
        return flagged(onRules(values), rule);
    };
    CHECK(we({0, 3.2, -3.5, 2.9}, "we-1") == std::vector<int>{2, 3});
    CHECK(we({0, 2.5, 1.0, 2.6, 0}, "we-2") == std::vector<int>{4});
    CHECK(we({0, 1.2, 1.3, 0.2, 1.4, 1.5}, "we-3") == std::vector<int>{6});
    CHECK(we({-1, -1, -1, -1, -1, -1, -1, -1, 1}, "we-4") == std::vector<int>{8});

    // A point exactly at 3 sigma (the 4th) is not beyond it.
    CHECK(nelson({0, 3.2, -3.4, 3}, "nelson-1") == std::vector<int>{2, 3});
    std::vector<double> sides(10, 0.5);
    sides.insert(sides.end(), 10, -0.5);
    CHECK(nelson(sides, "nelson-2") == std::vector<int>{9, 10, 19, 20});
    CHECK(nelson({1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1}, "nelson-3") ==
          std::vector<int>{6, 7, 13, 14});
    CHECK(nelson({1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8}, "nelson-4") ==
          std::vector<int>{14, 15});
    CHECK(nelson({0, 2.3, 0.4, 2.2, -2.4, -0.2, -2.5}, "nelson-5") == std::vector<int>{4, 7});
    CHECK(nelson({1.2, 1.3, 0.2, 1.4, 1.5, -1.2, -1.3, -0.1, -1.4, -1.5}, "nelson-6") ==
          std::vector<int>{5, 10});
    std::vector<double> hugging(16, 0.3);
    hugging.push_back(1.2);
    CHECK(nelson(hugging, "nelson-7") == std::vector<int>{15, 16});
    CHECK(nelson({1.2, -1.3, 1.1, -1.4, 1.5, -1.2, 1.3, -1.1, 0.2}, "nelson-8") ==
          std::vector<int>{8});
}

TEST_CASE("a point exactly on a zone boundary is within that zone, never beyond it",
          "[spc][runrules]")
{
    // 2 sigma: points exactly at +2 do not count towards two of three.
    CHECK(flagged(onRules({2.0, 2.0, 2.5}), "nelson-5").empty());
    CHECK(flagged(onRules({2.5, 2.0, 2.5}), "nelson-5") == std::vector<int>{3});
    CHECK(flagged(onRules({-2.5, -2.0, -2.5}), "nelson-5") == std::vector<int>{3});
    // 1 sigma: two points exactly at +1 leave three of five beyond.
    CHECK(flagged(onRules({1.0, 1.0, 1.5, 1.5, 1.5}), "nelson-6").empty());
    CHECK(flagged(onRules({1.0, 1.5, 1.5, 1.5, 1.5}), "nelson-6") == std::vector<int>{5});
    // Eight points alternating exactly at +1 and -1 are not beyond 1 sigma.
    std::vector<double> edge;
    for (int i = 0; i < 8; ++i)
        edge.push_back(i % 2 == 0 ? 1.0 : -1.0);
    CHECK(flagged(onRules(edge), "nelson-8").empty());
    // 3 sigma: exactly at the limit is inside it, just past it is a signal.
    CHECK(flagged(onRules({3.0, -3.0}), "nelson-1").empty());
    CHECK(flagged(onRules({3.0001, -3.0001}), "nelson-1") == std::vector<int>{1, 2});
}
