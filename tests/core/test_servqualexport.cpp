// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/servqualexport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Yardstick;

namespace {

// A result written by hand, so these tests judge the export alone.
ServqualResult sampleResult()
{
    ServqualResult result;
    result.wave = QStringLiteral("2025-Q2");
    result.respondents = 4;

    DimensionGap reliability;
    reliability.dimensionId = 1;
    reliability.key = QStringLiteral("reliability");
    reliability.name = QStringLiteral("Reliability");
    reliability.n = 3;
    reliability.expectation = 6.5;
    reliability.perception = 5.25;
    reliability.gap = -1.25;
    reliability.sd = 0.5;
    reliability.ciLow = -2.5;
    reliability.ciHigh = 0;
    reliability.weight = 0.75;

    DimensionGap timeliness;
    timeliness.dimensionId = 6;
    timeliness.key = QStringLiteral("timeliness");
    timeliness.name = QStringLiteral("Timeliness");
    timeliness.n = 1;
    timeliness.expectation = 5;
    timeliness.perception = 4;
    timeliness.gap = -1;
    result.dimensions = {reliability, timeliness};
    result.weightedGap = -1.25;

    ItemResult rel1;
    rel1.item = QStringLiteral("REL1");
    rel1.dimensionId = 1;
    rel1.dimensionKey = QStringLiteral("reliability");
    rel1.n = 3;
    rel1.gap = -1.5;
    rel1.importance = 6.5;
    rel1.performance = 5;
    rel1.quadrant = ImportanceQuadrant::ConcentrateHere;

    ItemResult tim1;
    tim1.item = QStringLiteral("TIM1");
    tim1.dimensionId = 6;
    tim1.dimensionKey = QStringLiteral("timeliness");
    tim1.n = 0; // perception only: no gap
    tim1.performance = 4;
    result.items = {rel1, tim1};

    result.silentDissatisfied = SilentDissatisfied{3, 2, 2.0 / 3.0};
    return result;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("the SERVQUAL JSON has exactly the keys of the contract", "[servqual][export]")
{
    ServqualResult result = sampleResult();
    result.previous = WaveComparison{QStringLiteral("2025-Q1"), -0.5, -2.0, 4.4, 0.1};
    const QJsonObject json = servqualToJson(result);
    CHECK(
        sortedKeys(json) ==
        sorted({QStringLiteral("wave"), QStringLiteral("respondents"), QStringLiteral("dimensions"),
                QStringLiteral("weighted_gap"), QStringLiteral("items"),
                QStringLiteral("silent_dissatisfied"), QStringLiteral("previous")}));
    const QJsonArray dimensions = json.value(QStringLiteral("dimensions")).toArray();
    REQUIRE(dimensions.size() == 2);
    CHECK(sortedKeys(dimensions[0].toObject()) ==
          sorted({QStringLiteral("dimension"), QStringLiteral("n"), QStringLiteral("expectation"),
                  QStringLiteral("perception"), QStringLiteral("gap"), QStringLiteral("sd"),
                  QStringLiteral("ci_low"), QStringLiteral("ci_high"), QStringLiteral("weight")}));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 2);
    CHECK(sortedKeys(items[0].toObject()) ==
          sorted({QStringLiteral("item"), QStringLiteral("dimension"), QStringLiteral("n"),
                  QStringLiteral("gap"), QStringLiteral("importance"),
                  QStringLiteral("performance"), QStringLiteral("quadrant")}));
    CHECK(sortedKeys(json.value(QStringLiteral("silent_dissatisfied")).toObject()) ==
          sorted({QStringLiteral("dissatisfied"), QStringLiteral("never_complained"),
                  QStringLiteral("share")}));
    CHECK(sortedKeys(json.value(QStringLiteral("previous")).toObject()) ==
          sorted({QStringLiteral("wave"), QStringLiteral("weighted_gap"), QStringLiteral("t"),
                  QStringLiteral("df"), QStringLiteral("p")}));
}

TEST_CASE("the SERVQUAL JSON carries the values, with null where there is none",
          "[servqual][export]")
{
    const QJsonObject json = servqualToJson(sampleResult());
    CHECK(json.value(QStringLiteral("wave")).toString() == QStringLiteral("2025-Q2"));
    CHECK(json.value(QStringLiteral("respondents")).toInt() == 4);
    CHECK(json.value(QStringLiteral("weighted_gap")).toDouble() == -1.25);
    CHECK(json.value(QStringLiteral("previous")).isNull());

    const QJsonArray dimensions = json.value(QStringLiteral("dimensions")).toArray();
    const QJsonObject reliability = dimensions[0].toObject();
    CHECK(reliability.value(QStringLiteral("dimension")).toString() ==
          QStringLiteral("reliability"));
    CHECK(reliability.value(QStringLiteral("n")).toInt() == 3);
    CHECK(reliability.value(QStringLiteral("expectation")).toDouble() == 6.5);
    CHECK(reliability.value(QStringLiteral("perception")).toDouble() == 5.25);
    CHECK(reliability.value(QStringLiteral("gap")).toDouble() == -1.25);
    CHECK(reliability.value(QStringLiteral("sd")).toDouble() == 0.5);
    CHECK(reliability.value(QStringLiteral("ci_low")).toDouble() == -2.5);
    CHECK(reliability.value(QStringLiteral("ci_high")).toDouble() == 0);
    CHECK(reliability.value(QStringLiteral("weight")).toDouble() == 0.75);
    const QJsonObject timeliness = dimensions[1].toObject();
    CHECK(timeliness.value(QStringLiteral("dimension")).toString() == QStringLiteral("timeliness"));
    CHECK(timeliness.value(QStringLiteral("sd")).isNull());
    CHECK(timeliness.value(QStringLiteral("ci_low")).isNull());
    CHECK(timeliness.value(QStringLiteral("ci_high")).isNull());
    CHECK(timeliness.value(QStringLiteral("weight")).toDouble() == 0);

    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    const QJsonObject rel1 = items[0].toObject();
    CHECK(rel1.value(QStringLiteral("item")).toString() == QStringLiteral("REL1"));
    CHECK(rel1.value(QStringLiteral("dimension")).toString() == QStringLiteral("reliability"));
    CHECK(rel1.value(QStringLiteral("n")).toInt() == 3);
    CHECK(rel1.value(QStringLiteral("gap")).toDouble() == -1.5);
    CHECK(rel1.value(QStringLiteral("importance")).toDouble() == 6.5);
    CHECK(rel1.value(QStringLiteral("performance")).toDouble() == 5);
    CHECK(rel1.value(QStringLiteral("quadrant")).toString() == QStringLiteral("concentrate_here"));
    const QJsonObject tim1 = items[1].toObject();
    CHECK(tim1.value(QStringLiteral("gap")).isNull()); // nobody answered both sides
    CHECK(tim1.value(QStringLiteral("importance")).isNull());
    CHECK(tim1.value(QStringLiteral("quadrant")).isNull());
    CHECK(tim1.value(QStringLiteral("performance")).toDouble() == 4);

    const QJsonObject silent = json.value(QStringLiteral("silent_dissatisfied")).toObject();
    CHECK(silent.value(QStringLiteral("dissatisfied")).toInt() == 3);
    CHECK(silent.value(QStringLiteral("never_complained")).toInt() == 2);
    CHECK(silent.value(QStringLiteral("share")).toDouble() == Approx(2.0 / 3.0));
}

TEST_CASE("the SERVQUAL JSON's previous wave may lack a test", "[servqual][export]")
{
    ServqualResult result = sampleResult();
    result.previous = WaveComparison{QStringLiteral("2025-Q1"), -0.5, -2.0, 4.4, 0.1};
    QJsonObject previous = servqualToJson(result).value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("wave")).toString() == QStringLiteral("2025-Q1"));
    CHECK(previous.value(QStringLiteral("weighted_gap")).toDouble() == -0.5);
    CHECK(previous.value(QStringLiteral("t")).toDouble() == -2.0);
    CHECK(previous.value(QStringLiteral("df")).toDouble() == 4.4);
    CHECK(previous.value(QStringLiteral("p")).toDouble() == 0.1);

    result.previous = WaveComparison{QStringLiteral("2025-Q1"), std::nullopt, std::nullopt,
                                     std::nullopt, std::nullopt};
    result.silentDissatisfied = SilentDissatisfied{};
    const QJsonObject json = servqualToJson(result);
    previous = json.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("weighted_gap")).isNull());
    CHECK(previous.value(QStringLiteral("t")).isNull());
    CHECK(previous.value(QStringLiteral("df")).isNull());
    CHECK(previous.value(QStringLiteral("p")).isNull());
    CHECK(json.value(QStringLiteral("silent_dissatisfied"))
              .toObject()
              .value(QStringLiteral("share"))
              .isNull());
}

TEST_CASE("the SERVQUAL JSON bytes parse back to the same object", "[servqual][export]")
{
    const ServqualResult result = sampleResult();
    const QJsonDocument document = QJsonDocument::fromJson(servqualToJsonBytes(result));
    REQUIRE(document.isObject());
    CHECK(document.object() == servqualToJson(result));
}

TEST_CASE("the SERVQUAL CSV has a row per dimension, the weighted score, then the items",
          "[servqual][export]")
{
    const QByteArray csv = servqualToCsv(sampleResult());
    const QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.size() == 7); // header, 2 dimensions, weighted, 2 items, and the final ""
    CHECK(lines[0] == "kind,wave,name,dimension,n,expectation,perception,gap,sd,ci_low,ci_high,"
                      "weight,importance,performance,quadrant");
    CHECK(lines[1] == "dimension,2025-Q2,reliability,reliability,3,6.5,5.25,-1.25,0.5,-2.5,0,"
                      "0.75,,,");
    CHECK(lines[2] == "dimension,2025-Q2,timeliness,timeliness,1,5,4,-1,,,,0,,,");
    CHECK(lines[3] == "weighted,2025-Q2,weighted_gap,,4,,,-1.25,,,,,,,");
    CHECK(lines[4] == "item,2025-Q2,REL1,reliability,3,,,-1.5,,,,,6.5,5,concentrate_here");
    CHECK(lines[5] == "item,2025-Q2,TIM1,timeliness,0,,,,,,,,,4,");
    CHECK(lines[6].isEmpty());
}

TEST_CASE("the SERVQUAL table shows both tables and the summary lines", "[servqual][export]")
{
    ServqualResult result = sampleResult();
    result.previous = WaveComparison{QStringLiteral("2025-Q1"), -0.5, -2.0304, 4.436, 0.10527};
    const QString text = servqualToTable(result);
    CHECK(text.contains(QStringLiteral("Wave 2025-Q2: 4 respondent(s)")));
    CHECK(text.contains(QStringLiteral("Reliability")));
    CHECK(text.contains(QStringLiteral("-2.50 to 0.00")));
    CHECK(text.contains(QStringLiteral("75.0%")));
    CHECK(text.contains(QStringLiteral("Weighted SERVQUAL gap: -1.25")));
    CHECK(text.contains(QStringLiteral("Concentrate here")));
    CHECK(
        text.contains(QStringLiteral("Silent dissatisfied: 2 of 3 dissatisfied respondents with a "
                                     "customer reference never complained (66.7%)")));
    CHECK(text.contains(QStringLiteral(
        "Previous wave 2025-Q1: weighted gap -0.50; Welch's t = -2.03, df = 4.4, p = 0.105")));
    // A line of the dimension table, columns separated by at least one blank.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto reliabilityLine =
        std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(QStringLiteral("Reliability"));
        });
    REQUIRE(reliabilityLine != lines.cend());
    CHECK(reliabilityLine->simplified() ==
          QStringLiteral("Reliability 3 6.50 5.25 -1.25 0.50 -2.50 to 0.00 75.0%"));
}
