// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spc/controlchart.h"
#include "spc/runrules.h"
#include "test_spc_support.h"

#include <vector>

using namespace Yardstick;
using namespace SpcTest;

// Every series below is written in standard errors around a centre line at 0
// (sigma 1) and built by hand so that it completes exactly one rule; the
// comments say which points must be marked and why.

namespace {

std::vector<QStringList> rulesOn(const std::vector<double> &values, RuleSet set = RuleSet::Nelson)
{
    std::vector<RulePoint> points;
    for (const double value : values)
        points.push_back({value, 0, 1});
    return evaluateRunRules(points, set);
}

// The 1-based positions carrying `rule`.
std::vector<int> marked(const std::vector<QStringList> &found, const char *rule)
{
    std::vector<int> positions;
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (found[i].contains(QLatin1String(rule)))
            positions.push_back(int(i) + 1);
    }
    return positions;
}

// Every rule name that fired anywhere, once each.
QStringList fired(const std::vector<QStringList> &found)
{
    QStringList names;
    for (const QStringList &point : found) {
        for (const QString &name : point) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

} // namespace

TEST_CASE("Nelson 1 marks a point strictly beyond 3 sigma", "[spc]")
{
    // 3.5 and -3.2 are beyond; 3.0 sits exactly on the limit and is not.
    const auto found = rulesOn({0.5, -0.5, 3.5, 0.5, -0.5, 0.5, 3.0, -0.5, 0.5, -3.2});
    CHECK(marked(found, "nelson-1") == std::vector<int>{3, 10});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-1")});
}

TEST_CASE("Nelson 2 on ten same-side points marks points 9 and 10", "[spc]")
{
    const auto found = rulesOn({0.5, 0.2, 0.4, 0.1, 0.6, 0.3, 0.5, 0.2, 0.4, 0.3});
    CHECK(marked(found, "nelson-2") == std::vector<int>{9, 10});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-2")});
}

TEST_CASE("a point exactly on the centre line breaks a same-side run", "[spc]")
{
    // Four above, one on the line, nine above: only the ninth after the line
    // (point 14) completes the run; counting the 0 as "above" would have
    // marked point 9 already.
    const auto found =
        rulesOn({0.5, 0.2, 0.4, 0.1, 0.0, 0.5, 0.2, 0.4, 0.1, 0.6, 0.3, 0.5, 0.2, 0.4});
    CHECK(marked(found, "nelson-2") == std::vector<int>{14});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-2")});
}

TEST_CASE("Nelson 3 needs six points, five steps, steadily rising or falling", "[spc]")
{
    const auto rising = rulesOn({-0.5, -0.3, -0.1, 0.1, 0.3, 0.5});
    CHECK(marked(rising, "nelson-3") == std::vector<int>{6}); // five points are not enough
    CHECK(fired(rising) == QStringList{QStringLiteral("nelson-3")});

    const auto falling = rulesOn({0.5, 0.3, 0.1, -0.1, -0.3, -0.5, -0.7});
    CHECK(marked(falling, "nelson-3") == std::vector<int>{6, 7});
}

TEST_CASE("a tie breaks Nelson 3", "[spc]")
{
    // Points 2-7 would be six rising points if -0.1, -0.1 counted as a step
    // up; after the tie only five (4-8) rise.
    const auto found = rulesOn({-0.5, -0.3, -0.1, -0.1, 0.1, 0.3, 0.5, 0.7});
    CHECK(fired(found).isEmpty());
}

TEST_CASE("Nelson 4 marks fourteen points alternating up and down", "[spc]")
{
    std::vector<double> zigzag;
    for (int i = 0; i < 14; ++i)
        zigzag.push_back(i % 2 == 0 ? 0.5 : -0.5);
    const auto found = rulesOn(zigzag);
    CHECK(marked(found, "nelson-4") == std::vector<int>{14});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-4")});

    zigzag.pop_back();
    CHECK(fired(rulesOn(zigzag)).isEmpty()); // thirteen are not enough

    // A repeated value (a tie) in the middle of sixteen breaks every window.
    const auto tied = rulesOn(
        {0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5});
    CHECK(marked(tied, "nelson-4").empty());
}

TEST_CASE("Nelson 5 marks two of three beyond 2 sigma on one side", "[spc]")
{
    const auto found = rulesOn({0.5, 2.5, 0.5, 2.5});
    CHECK(marked(found, "nelson-5") == std::vector<int>{4});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-5")});

    // Two points are no window of three: nothing is judged before point 3.
    CHECK(marked(rulesOn({2.5, 2.5}), "nelson-5").empty());
}

TEST_CASE("two of three whose last point is not beyond is not marked", "[spc]")
{
    // Window 2-4 holds two points beyond 2 sigma, but point 4 itself is not.
    const auto found = rulesOn({0.5, 2.5, 2.5, 0.5});
    CHECK(marked(found, "nelson-5") == std::vector<int>{3});
    // Beyond on opposite sides does not count.
    CHECK(fired(rulesOn({2.5, -2.5, 0.5})).isEmpty());
}

TEST_CASE("Nelson 6 marks four of five beyond 1 sigma on one side", "[spc]")
{
    // Point 5: window 1-5 has four beyond; point 6: window 2-6 still four;
    // point 7 is not beyond itself.
    const auto found = rulesOn({1.5, 1.5, 0.5, 1.5, 1.5, 1.5, 0.5});
    CHECK(marked(found, "nelson-6") == std::vector<int>{5, 6});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-6")});
}

TEST_CASE("Nelson 7 marks fifteen points within 1 sigma", "[spc]")
{
    // Sides and steps change at least every two points, so no run, trend or
    // zigzag rule can fire.
    std::vector<double> hugging = {0.5, -0.5, -0.3, 0.4, 0.2, -0.4, -0.2, 0.5,
                                   0.3, -0.5, -0.3, 0.4, 0.2, -0.4, -0.2, 0.1};
    const auto found = rulesOn(hugging);
    CHECK(marked(found, "nelson-7") == std::vector<int>{15, 16});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-7")});

    // A point exactly at 1 sigma is within (only beyond is strict), so the
    // run holds; just past it, both windows break.
    hugging[7] = 1.0;
    CHECK(marked(rulesOn(hugging), "nelson-7") == std::vector<int>{15, 16});
    hugging[7] = 1.000001;
    CHECK(fired(rulesOn(hugging)).isEmpty());
}

TEST_CASE("Nelson 8 marks eight points beyond 1 sigma on both sides", "[spc]")
{
    const auto found = rulesOn({1.5, 1.2, -1.5, -1.2, 1.5, 1.2, -1.5, -1.2});
    CHECK(marked(found, "nelson-8") == std::vector<int>{8});
    CHECK(fired(found) == QStringList{QStringLiteral("nelson-8")});

    // All on one side is a different pattern (Nelson 6), not Nelson 8.
    const auto oneSide = rulesOn({1.5, 1.2, 1.5, 1.2, 1.5, 1.2, 1.5, 1.2});
    CHECK(marked(oneSide, "nelson-8").empty());
}

TEST_CASE("the Western Electric rules mark their own patterns", "[spc]")
{
    const auto one = rulesOn({0.5, 3.5}, RuleSet::WesternElectric);
    CHECK(marked(one, "we-1") == std::vector<int>{2});
    CHECK(fired(one) == QStringList{QStringLiteral("we-1")});

    const auto two = rulesOn({0.5, 2.5, 0.5, 2.5}, RuleSet::WesternElectric);
    CHECK(marked(two, "we-2") == std::vector<int>{4});
    CHECK(fired(two) == QStringList{QStringLiteral("we-2")});

    const auto three = rulesOn({1.5, 1.5, 0.5, 1.5, 1.5}, RuleSet::WesternElectric);
    CHECK(marked(three, "we-3") == std::vector<int>{5});
    CHECK(fired(three) == QStringList{QStringLiteral("we-3")});

    // Eight in a row on one side: points 8 and 9 of nine.
    const auto four =
        rulesOn({0.5, 0.2, 0.4, 0.1, 0.6, 0.3, 0.5, 0.2, 0.4}, RuleSet::WesternElectric);
    CHECK(marked(four, "we-4") == std::vector<int>{8, 9});
    CHECK(fired(four) == QStringList{QStringLiteral("we-4")});
}

TEST_CASE("a point breaking several rules lists them in rule order", "[spc]")
{
    const auto found = rulesOn({0, 2.5, 3.5});
    CHECK(found.at(2) == QStringList{QStringLiteral("nelson-1"), QStringLiteral("nelson-5")});
    CHECK(rulesOn({0, 2.5, 3.5}, RuleSet::None).at(2).isEmpty());
}

TEST_CASE("zones are measured in each point's own standard error", "[spc]")
{
    // 2.5 is beyond 2 sigma where sigma is 1, but not where it is 2: two of
    // three are beyond at point 3, and point 2 is not marked.
    const auto found = evaluateRunRules({{2.5, 0, 1}, {2.5, 0, 2}, {2.5, 0, 1}}, RuleSet::Nelson);
    CHECK(marked(found, "nelson-5") == std::vector<int>{3});
}

TEST_CASE("a zero standard error gives signals without NaN", "[spc]")
{
    // Collapsed limits (p-bar of 0): points on the centre break nothing, a
    // point off it is beyond every zone.
    const auto found = evaluateRunRules({{0, 0, 0}, {0, 0, 0}, {0.1, 0, 0}}, RuleSet::Nelson);
    CHECK(found.at(0).isEmpty());
    CHECK(found.at(2).contains(QStringLiteral("nelson-1")));
}

TEST_CASE("the dispersion chart only gets rule 1", "[spc]")
{
    // Phase I 0, 0.1, 0, 0.1, 0: MR-bar 0.1, MR UCL D4 * 0.1 = 0.326729
    // (D4 = 1 + 3 * 0.8525025 / 1.128 = 3.267294). Phase II alternates 0.2 and 0: ten moving ranges
    // of 0.2, all above the MR centre (Nelson 2 on a symmetric chart), none beyond the UCL. The
    // last value 1.0 makes a moving range of 1.0, beyond it.
    ControlChartRequest request =
        requestOf(ControlChartType::IndividualsMovingRange,
                  individuals({0, 0.1, 0, 0.1, 0, 0.2, 0, 0.2, 0, 0.2, 0, 0.2, 0, 0.2, 0, 1.0}));
    request.phase1 = PointRange{1, 5};
    const ControlChart &nelson = requireChart(computeControlChart(request));
    const ChartSeries &mr = *nelson.dispersion;
    CHECK(*mr.ucl == printed(0.326729, 6));
    for (const ChartPoint &point : mr.points) {
        INFO("moving range at point " << point.index);
        if (point.index == 16)
            CHECK(point.brokenRules == QStringList{QStringLiteral("nelson-1")});
        else
            CHECK(point.brokenRules.isEmpty());
    }

    request.rules = RuleSet::WesternElectric;
    const ControlChart &we = requireChart(computeControlChart(request));
    CHECK(we.dispersion->points.back().brokenRules == QStringList{QStringLiteral("we-1")});
}

TEST_CASE("each rule set names its rules in order and explains them", "[spc]")
{
    CHECK(ruleNames(RuleSet::Nelson) ==
          QStringList{QStringLiteral("nelson-1"), QStringLiteral("nelson-2"),
                      QStringLiteral("nelson-3"), QStringLiteral("nelson-4"),
                      QStringLiteral("nelson-5"), QStringLiteral("nelson-6"),
                      QStringLiteral("nelson-7"), QStringLiteral("nelson-8")});
    CHECK(ruleNames(RuleSet::WesternElectric) ==
          QStringList{QStringLiteral("we-1"), QStringLiteral("we-2"), QStringLiteral("we-3"),
                      QStringLiteral("we-4")});
    CHECK(ruleNames(RuleSet::None).isEmpty());

    for (const RuleSet set : {RuleSet::Nelson, RuleSet::WesternElectric}) {
        for (const QString &name : ruleNames(set))
            CHECK_FALSE(ruleMeaning(name).isEmpty());
    }
    CHECK(ruleMeaning(QStringLiteral("nelson-2")).startsWith(QStringLiteral("Nine")));
    CHECK(ruleMeaning(QStringLiteral("we-4")).startsWith(QStringLiteral("Eight")));
    CHECK(ruleMeaning(QStringLiteral("nelson-9")).isEmpty());
}
