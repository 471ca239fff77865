// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata/servqualcharts.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

DimensionGap dimension(const char *key, double gap, std::optional<double> low,
                       std::optional<double> high, double weight, int n = 10)
{
    DimensionGap d;
    d.key = QLatin1String(key);
    d.name = QLatin1String(key).toString().toUpper();
    d.n = n;
    d.gap = gap;
    d.ciLow = low;
    d.ciHigh = high;
    d.weight = weight;
    return d;
}

ItemResult item(const char *code, std::optional<double> importance, double performance,
                std::optional<ImportanceQuadrant> quadrant)
{
    ItemResult i;
    i.item = QLatin1String(code);
    i.dimensionKey = QStringLiteral("reliability");
    i.n = 5;
    i.importance = importance;
    i.performance = performance;
    i.quadrant = quadrant;
    return i;
}

} // namespace

TEST_CASE("the gap chart has a bar per dimension with its interval and weight",
          "[servqual][chartdata]")
{
    ServqualResult result;
    result.wave = QStringLiteral("2025-Q2");
    result.respondents = 12;
    result.dimensions = {dimension("reliability", -1.2, -1.9, -0.5, 0.6),
                         dimension("tangibles", 0.3, 0.1, 0.5, 0.4)};
    result.weightedGap = 0.6 * -1.2 + 0.4 * 0.3; // -0.60

    const ServqualGapChart chart = servqualGapChart(result);
    REQUIRE(chart.bars.size() == 2);
    CHECK(chart.bars[0].key == QLatin1String("reliability"));
    CHECK(chart.bars[0].gap == Approx(-1.2));
    CHECK(*chart.bars[0].ciLow == Approx(-1.9));
    CHECK(*chart.bars[0].ciHigh == Approx(-0.5));
    CHECK(chart.bars[1].weight == Approx(0.4));
    CHECK(*chart.weightedGap == Approx(-0.6));
    CHECK_FALSE(chart.hasPrevious());
    CHECK_FALSE(chart.bars[0].previousGap);
    // Values run from -1.9 to 0.5, a span of 2.4: padded by 5% (0.12) to
    // -2.02 .. 0.62 and rounded out to half points: -2.5 .. 1.0.
    CHECK(chart.valueLow == Approx(-2.5));
    CHECK(chart.valueHigh == Approx(1.0));
    CHECK(chart.title.contains(QLatin1String("2025-Q2")));
    CHECK(chart.subtitle.contains(QLatin1String("-0.60")));
}

TEST_CASE("the gap chart's second series is the previous wave's gap of the same dimension",
          "[servqual][chartdata]")
{
    ServqualResult previous;
    previous.wave = QStringLiteral("2025-Q1");
    // Listed in another order, and without tangibles.
    previous.dimensions = {dimension("empathy", -0.4, std::nullopt, std::nullopt, 0.5),
                           dimension("reliability", -2.6, -3.0, -2.2, 0.5)};
    previous.weightedGap = -1.5;
    ServqualResult result;
    result.wave = QStringLiteral("2025-Q2");
    result.dimensions = {dimension("reliability", -1.0, std::nullopt, std::nullopt, 0.7),
                         dimension("tangibles", 0.2, std::nullopt, std::nullopt, 0.3)};
    result.weightedGap = -0.64;

    const ServqualGapChart chart = servqualGapChart(result, &previous);
    CHECK(chart.hasPrevious());
    CHECK(chart.previousWave == QLatin1String("2025-Q1"));
    CHECK(*chart.previousWeightedGap == Approx(-1.5));
    CHECK(*chart.bars[0].previousGap == Approx(-2.6));
    CHECK_FALSE(chart.bars[1].previousGap);
    // The previous gap -2.6 is the lowest value: -2.6 .. 0.2 spans 2.8,
    // padded by 0.14 to -2.74 .. 0.34, rounded out to -3.0 .. 0.5.
    CHECK(chart.valueLow == Approx(-3.0));
    CHECK(chart.valueHigh == Approx(0.5));
}

TEST_CASE("a gap chart always shows zero even when every gap is below it", "[servqual][chartdata]")
{
    ServqualResult result;
    result.wave = QStringLiteral("W");
    result.dimensions = {dimension("reliability", -1.1, std::nullopt, std::nullopt, 1)};
    const ServqualGapChart chart = servqualGapChart(result);
    // -1.1 .. 0 spans 1.1, padded by 0.055: -1.155 .. 0.055 -> -1.5 .. 0.5.
    CHECK(chart.valueLow == Approx(-1.5));
    CHECK(chart.valueHigh == Approx(0.5));
}

TEST_CASE("the quadrant chart places items by performance across and importance up",
          "[servqual][chartdata]")
{
    ServqualResult result;
    result.wave = QStringLiteral("2025-Q2");
    result.items = {item("REL1", 6.5, 4.0, ImportanceQuadrant::ConcentrateHere),
                    item("TAN1", 4.0, 6.0, ImportanceQuadrant::PossibleOverkill),
                    item("EMP1", std::nullopt, 5.0, std::nullopt),
                    item("ASS1", 5.5, 5.5, ImportanceQuadrant::KeepUp)};
    // Means over the three items with importance: importance (6.5 + 4 +
    // 5.5) / 3 = 5.333, performance (4 + 6 + 5.5) / 3 = 5.167.
    result.importanceMean = 16.0 / 3;
    result.performanceMean = 15.5 / 3;

    const QuadrantChart chart = quadrantChart(result);
    REQUIRE(chart.points.size() == 3);
    CHECK(chart.unplaced == 1);
    CHECK(chart.points[0].code == QLatin1String("REL1"));
    CHECK(chart.points[0].performance == Approx(4.0));
    CHECK(chart.points[0].importance == Approx(6.5));
    CHECK(chart.points[1].quadrant == ImportanceQuadrant::PossibleOverkill);
    CHECK(chart.performanceMean == Approx(5.1667).epsilon(1e-4));
    CHECK(chart.importanceMean == Approx(5.3333).epsilon(1e-4));
    // Performance 4 .. 6 (span 2, pad 0.1) -> 3.5 .. 6.5; importance
    // 4 .. 6.5 (span 2.5, pad 0.125) -> 3.5 .. 7.0.
    CHECK(chart.performanceLow == Approx(3.5));
    CHECK(chart.performanceHigh == Approx(6.5));
    CHECK(chart.importanceLow == Approx(3.5));
    CHECK(chart.importanceHigh == Approx(7.0));
    CHECK(chart.subtitle.contains(QLatin1String("1 item")));
}

TEST_CASE("the quadrant chart names each quadrant in its own corner", "[servqual][chartdata]")
{
    const QuadrantChart chart = quadrantChart(ServqualResult());
    REQUIRE(chart.corners.size() == 4);
    for (const QuadrantCorner &corner : chart.corners) {
        switch (corner.quadrant) {
        case ImportanceQuadrant::ConcentrateHere: // important, performing poorly
            CHECK((corner.top && corner.left));
            CHECK(corner.label == QLatin1String("Concentrate here"));
            break;
        case ImportanceQuadrant::KeepUp:
            CHECK((corner.top && !corner.left));
            break;
        case ImportanceQuadrant::LowPriority:
            CHECK((!corner.top && corner.left));
            break;
        case ImportanceQuadrant::PossibleOverkill:
            CHECK((!corner.top && !corner.left));
            break;
        }
    }
    CHECK(chart.points.isEmpty());
}
