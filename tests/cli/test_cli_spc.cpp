// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli spc": control charts of small CSV files
// whose centre lines, limits and sigmas are worked out by hand below, with
// qcc's constants: the tabled divisor d2(2) = 1.128, d2(3) = 1.693 and the
// exact d3(2) = sqrt(2 - 4/pi) = 0.8525025, d3(3) = 0.8883680 (closed forms,
// see test_spc_constants.cpp), c4(2) = sqrt(2/pi).
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace CliTest;

namespace {

// Individuals: six phase I points alternating 10 and 11.128, then 20.
//   --phase1 1-6:  mean 63.384 / 6 = 10.564; the five moving ranges are all
//                  1.128, so MR-bar = 1.128 and sigma = 1.128 / d2(2) = 1;
//                  limits 10.564 -+ 3 = 7.564 and 13.564; point 7 (20) is
//                  beyond the UCL: nelson-1.
//                  MR chart: centre d2 sigma = 1.128, UCL (d2 + 3 d3) sigma
//                  = 1.128 + 2.5575074 = 3.6855074, LCL max(0, 1.128 -
//                  2.5575074) = 0.
//   all 7 points:  mean 83.384 / 7 = 11.912; MR-bar (5 * 1.128 + 8.872) / 6
//                  = 14.512 / 6 = 2.418667, sigma 2.418667 / 1.128 = 2.144208,
//                  3 sigma = 6.432624: limits 5.479376 and 18.344624; 20 is
//                  still beyond the UCL.
const QByteArray kIndividuals = "day,value\n"
                                "1,10\n"
                                "2,11.128\n"
                                "3,10\n"
                                "4,11.128\n"
                                "5,10\n"
                                "6,11.128\n"
                                "7,20\n";

// Counts: 20, 30, 25, 25, 60.
//   --exclude 5:   c-bar 100 / 4 = 25, sigma sqrt(25) = 5, limits 10 and 40;
//                  point 5 (60) beyond the UCL.
//   all points:    c-bar 160 / 5 = 32, sigma sqrt(32) = 5.656854,
//                  limits 32 -+ 16.970563 = 15.029437 and 48.970563.
//   --center 16:   sigma sqrt(16) = 4, limits 4 and 28: 30 and 60 beyond.
const QByteArray kCounts = "count\n20\n30\n25\n25\n60\n";

// Proportions with sample sizes 100, 400, 900, 400: p-bar = (12 + 36 + 90 + 42)
// / 1800 = 180 / 1800 = 0.1, sigma of one unit sqrt(0.1 * 0.9) = 0.3, the
// standard error of point i 0.3 / sqrt(n_i) = 0.03, 0.015, 0.01, 0.015, so
// the limits vary: 0.1 -+ 3 * those = [0.01, 0.19], [0.055, 0.145],
// [0.07, 0.13], [0.055, 0.145].
const QByteArray kProportions = "defectives,size\n"
                                "12,100\n"
                                "36,400\n"
                                "90,900\n"
                                "42,400\n";

// Three subgroups of three, each (a, a + 0.8465, a + 1.693): range 1.693, mean
// a + 0.8465 = 10, 11, 12, the rows interleaved (subgroups in order of first
// appearance: w1, w2, w3). X-double-bar 11, R-bar 1.693, sigma = 1.693 / d2(3)
// = 1, standard error 1 / sqrt(3) = 0.577350, limits 11 -+ 1.732051 =
// 9.267949 and 12.732051. R chart: centre 1.693, UCL 1.693 + 3 * 0.8883680
// = 4.358104, LCL 0.
const QByteArray kSubgroups = "subgroup,value\n"
                              "w1,9.1535\n"
                              "w2,10.1535\n"
                              "w1,10\n"
                              "w3,11.1535\n"
                              "w2,11\n"
                              "w1,10.8465\n"
                              "w3,12\n"
                              "w2,11.8465\n"
                              "w3,12.8465\n";

constexpr double kTolerance = 1e-6;

const QTemporaryDir &dataDir()
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return dir;
}

QString dataFile(const char *name, const QByteArray &bytes)
{
    return writeDataFile(dataDir(), name, bytes);
}

QJsonObject jsonObjectOf(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

// spc CSV --format json with more arguments, parsed; exit 0 required.
template<typename... Arguments>
QJsonObject spcJson(const QString &csv, const Arguments &...arguments)
{
    const Result r = cli("spc", csv, "--format", "json", arguments...);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    return jsonObjectOf(r.out);
}

double numberOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QString::fromUtf8(key));
    INFO(key);
    REQUIRE(value.isDouble());
    return value.toDouble();
}

QJsonObject pointOf(const QJsonObject &series, int index)
{
    const QJsonArray points = series.value(QStringLiteral("points")).toArray();
    for (const QJsonValue &point : points) {
        if (point.toObject().value(QStringLiteral("index")).toInt() == index)
            return point.toObject();
    }
    FAIL("no point " << index);
    return {};
}

QStringList signalsOf(const QJsonObject &point)
{
    QStringList names;
    for (const QJsonValue &name : point.value(QStringLiteral("signals")).toArray())
        names.append(name.toString());
    return names;
}

// The values of one key over a series' points, in order.
std::vector<double> pointValues(const QJsonObject &series, const char *key)
{
    std::vector<double> values;
    for (const QJsonValue &point : series.value(QStringLiteral("points")).toArray())
        values.push_back(point.toObject().value(QString::fromUtf8(key)).toDouble());
    return values;
}

void checkNumbers(const std::vector<double> &actual, const std::vector<double> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        INFO("point " << i + 1);
        CHECK(actual[i] == Approx(expected[i]).margin(kTolerance));
    }
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// The table line whose cells, split at runs of spaces, are the words given.
bool hasRow(const QByteArray &table, const QByteArrayList &cells)
{
    for (const QByteArray &line : linesOf(table)) {
        if (line.simplified().split(' ') == cells)
            return true;
    }
    return false;
}

// The stderr of a run that must fail with bad input (exit 1), stdout empty.
template<typename... Arguments>
QByteArray badInput(const Arguments &...arguments)
{
    const Result r = cli("spc", arguments...);
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    return r.err;
}

// The stderr of a run that must be a usage error (exit 2), stdout empty.
template<typename... Arguments>
QByteArray usageError(const Arguments &...arguments)
{
    const Result r = cli("spc", arguments...);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("spc --help"));
    return r.err;
}

} // namespace

TEST_CASE("spc JSON has the contract's keys and the individuals chart worked out by hand",
          "[cli][spc]")
{
    const QJsonObject chart =
        spcJson(dataFile("imr.csv", kIndividuals), "--chart", "imr", "--phase1", "1-6");
    const QStringList contract = {
        QStringLiteral("chart"),  QStringLiteral("phase1"), QStringLiteral("rules"),
        QStringLiteral("center"), QStringLiteral("lcl"),    QStringLiteral("ucl"),
        QStringLiteral("sigma"),  QStringLiteral("points"), QStringLiteral("dispersion")};
    for (const QString &key : contract) {
        INFO(key.toStdString());
        CHECK(chart.contains(key));
    }
    const QStringList pointContract = {QStringLiteral("index"),  QStringLiteral("value"),
                                       QStringLiteral("center"), QStringLiteral("lcl"),
                                       QStringLiteral("ucl"),    QStringLiteral("signals")};
    const QJsonArray points = chart.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 7);
    for (const QJsonValue &point : points) {
        for (const QString &key : pointContract) {
            INFO(key.toStdString());
            CHECK(point.toObject().contains(key));
        }
        CHECK(point.toObject().value(QStringLiteral("signals")).isArray());
    }

    CHECK(chart.value(QStringLiteral("chart")).toString() == QStringLiteral("imr"));
    CHECK(chart.value(QStringLiteral("rules")).toString() == QStringLiteral("nelson"));
    const QJsonObject phase1 = chart.value(QStringLiteral("phase1")).toObject();
    CHECK(keysOf(phase1) == QStringList{QStringLiteral("first"), QStringLiteral("last")});
    CHECK(phase1.value(QStringLiteral("first")).toInt() == 1);
    CHECK(phase1.value(QStringLiteral("last")).toInt() == 6);
    CHECK(numberOf(chart, "center") == Approx(10.564).margin(kTolerance));
    CHECK(numberOf(chart, "lcl") == Approx(7.564).margin(kTolerance));
    CHECK(numberOf(chart, "ucl") == Approx(13.564).margin(kTolerance));
    CHECK(numberOf(chart, "sigma") == Approx(1).margin(kTolerance));
    checkNumbers(pointValues(chart, "value"), {10, 11.128, 10, 11.128, 10, 11.128, 20});
    checkNumbers(pointValues(chart, "index"), {1, 2, 3, 4, 5, 6, 7});
    checkNumbers(pointValues(chart, "ucl"), std::vector<double>(7, 13.564));
    for (int i = 1; i <= 6; ++i) {
        INFO("point " << i);
        CHECK(signalsOf(pointOf(chart, i)).isEmpty());
    }
    CHECK(signalsOf(pointOf(chart, 7)).contains(QStringLiteral("nelson-1")));
    // The additions: which phase a point is in.
    CHECK(pointOf(chart, 6).value(QStringLiteral("phase")).toInt() == 1);
    CHECK(pointOf(chart, 7).value(QStringLiteral("phase")).toInt() == 2);

    const QJsonObject mr = chart.value(QStringLiteral("dispersion")).toObject();
    for (const char *key : {"center", "lcl", "ucl", "points"}) {
        INFO(key);
        CHECK(mr.contains(QString::fromUtf8(key)));
    }
    CHECK(numberOf(mr, "center") == Approx(1.128).margin(kTolerance));
    CHECK(numberOf(mr, "lcl") == Approx(0).margin(kTolerance));
    CHECK(numberOf(mr, "ucl") == Approx(3.6855074).margin(kTolerance));
    // Six moving ranges, the last |20 - 11.128| = 8.872.
    checkNumbers(pointValues(mr, "value"), {1.128, 1.128, 1.128, 1.128, 1.128, 8.872});
}

TEST_CASE("spc without --phase1 takes the limits from every point", "[cli][spc]")
{
    const QJsonObject chart = spcJson(dataFile("imr.csv", kIndividuals), "--chart", "imr");
    const QJsonObject phase1 = chart.value(QStringLiteral("phase1")).toObject();
    CHECK(phase1.value(QStringLiteral("first")).toInt() == 1);
    CHECK(phase1.value(QStringLiteral("last")).toInt() == 7);
    CHECK(numberOf(chart, "center") == Approx(11.912).margin(kTolerance));
    CHECK(numberOf(chart, "sigma") == Approx(2.144208).margin(kTolerance));
    CHECK(numberOf(chart, "lcl") == Approx(5.479376).margin(kTolerance));
    CHECK(numberOf(chart, "ucl") == Approx(18.344624).margin(kTolerance));
    CHECK(numberOf(chart.value(QStringLiteral("dispersion")).toObject(), "center") ==
          Approx(2.418667).margin(kTolerance));
    CHECK(signalsOf(pointOf(chart, 7)).contains(QStringLiteral("nelson-1")));
    CHECK(pointOf(chart, 7).value(QStringLiteral("phase")).toInt() == 1);
}

TEST_CASE("spc --center and --sigma chart against known values", "[cli][spc]")
{
    // Known mean 10 and sigma 2: limits 10 -+ 6 = 4 and 16. The MR chart:
    // centre d2 sigma = 1.128 * 2 = 2.256, UCL (1.128 + 3 * 0.8525025) * 2
    // = 7.3710148.
    const QJsonObject chart = spcJson(dataFile("imr.csv", kIndividuals), "--chart", "imr",
                                      "--center", "10", "--sigma", "2");
    CHECK(numberOf(chart, "center") == Approx(10).margin(kTolerance));
    CHECK(numberOf(chart, "sigma") == Approx(2).margin(kTolerance));
    CHECK(numberOf(chart, "lcl") == Approx(4).margin(kTolerance));
    CHECK(numberOf(chart, "ucl") == Approx(16).margin(kTolerance));
    const QJsonObject mr = chart.value(QStringLiteral("dispersion")).toObject();
    CHECK(numberOf(mr, "center") == Approx(2.256).margin(kTolerance));
    CHECK(numberOf(mr, "ucl") == Approx(7.3710148).margin(kTolerance));
    CHECK(signalsOf(pointOf(chart, 7)).contains(QStringLiteral("nelson-1")));

    // An attribute chart takes sigma from the centre: sqrt(16) = 4, limits
    // 16 -+ 12 = 4 and 28, so 30 (point 2) and 60 (point 5) are beyond.
    const QJsonObject c = spcJson(dataFile("c.csv", kCounts), "--chart", "c", "--center", "16");
    CHECK(numberOf(c, "center") == Approx(16).margin(kTolerance));
    CHECK(numberOf(c, "sigma") == Approx(4).margin(kTolerance));
    CHECK(numberOf(c, "lcl") == Approx(4).margin(kTolerance));
    CHECK(numberOf(c, "ucl") == Approx(28).margin(kTolerance));
    CHECK(signalsOf(pointOf(c, 2)).contains(QStringLiteral("nelson-1")));
    CHECK(signalsOf(pointOf(c, 5)).contains(QStringLiteral("nelson-1")));
    CHECK(c.value(QStringLiteral("dispersion")).isNull());
}

TEST_CASE("spc --exclude keeps a point on the chart but out of the limits", "[cli][spc]")
{
    const QString csv = dataFile("c.csv", kCounts);
    const QJsonObject all = spcJson(csv, "--chart", "c");
    CHECK(numberOf(all, "center") == Approx(32).margin(kTolerance));
    CHECK(numberOf(all, "sigma") == Approx(5.656854).margin(kTolerance));
    CHECK(numberOf(all, "lcl") == Approx(15.029437).margin(kTolerance));
    CHECK(numberOf(all, "ucl") == Approx(48.970563).margin(kTolerance));

    const QJsonObject chart = spcJson(csv, "--chart", "c", "--exclude", "5");
    CHECK(numberOf(chart, "center") == Approx(25).margin(kTolerance));
    CHECK(numberOf(chart, "sigma") == Approx(5).margin(kTolerance));
    CHECK(numberOf(chart, "lcl") == Approx(10).margin(kTolerance));
    CHECK(numberOf(chart, "ucl") == Approx(40).margin(kTolerance));
    REQUIRE(chart.value(QStringLiteral("points")).toArray().size() == 5);
    const QJsonObject fifth = pointOf(chart, 5);
    CHECK(numberOf(fifth, "value") == 60);
    CHECK(fifth.value(QStringLiteral("excluded")).toBool());
    CHECK_FALSE(pointOf(chart, 4).value(QStringLiteral("excluded")).toBool());
    CHECK(signalsOf(fifth).contains(QStringLiteral("nelson-1")));
    for (int i = 1; i <= 4; ++i) {
        INFO("point " << i);
        CHECK(signalsOf(pointOf(chart, i)).isEmpty());
    }
}

TEST_CASE("a p chart with varying sample sizes has per-point limits and null top-level limits",
          "[cli][spc]")
{
    const QJsonObject chart = spcJson(dataFile("p.csv", kProportions), "--chart", "p");
    CHECK(chart.value(QStringLiteral("chart")).toString() == QStringLiteral("p"));
    CHECK(numberOf(chart, "center") == Approx(0.1).margin(kTolerance));
    CHECK(chart.value(QStringLiteral("lcl")).isNull());
    CHECK(chart.value(QStringLiteral("ucl")).isNull());
    CHECK(chart.contains(QStringLiteral("lcl")));
    CHECK(chart.contains(QStringLiteral("ucl")));
    CHECK(numberOf(chart, "sigma") == Approx(0.3).margin(kTolerance));
    CHECK(chart.value(QStringLiteral("dispersion")).isNull());
    CHECK(chart.contains(QStringLiteral("dispersion")));
    // 12/100, 36/400, 90/900, 42/400.
    checkNumbers(pointValues(chart, "value"), {0.12, 0.09, 0.1, 0.105});
    checkNumbers(pointValues(chart, "center"), {0.1, 0.1, 0.1, 0.1});
    checkNumbers(pointValues(chart, "lcl"), {0.01, 0.055, 0.07, 0.055});
    checkNumbers(pointValues(chart, "ucl"), {0.19, 0.145, 0.13, 0.145});
    checkNumbers(pointValues(chart, "standard_error"), {0.03, 0.015, 0.01, 0.015});
}

TEST_CASE("np, u, X-bar R and X-bar S charts worked out by hand", "[cli][spc]")
{
    SECTION("np: the same sample size throughout")
    {
        // p-bar 60 / 400 = 0.15, np-bar 15, standard error
        // sqrt(100 * 0.15 * 0.85) = sqrt(12.75) = 3.570714, limits 15 -+ 10.712143;
        // sigma of one unit sqrt(0.15 * 0.85) = 0.357071.
        const QJsonObject chart =
            spcJson(dataFile("np.csv", "defectives,size\n10,100\n20,100\n10,100\n20,100\n"),
                    "--chart", "np");
        CHECK(numberOf(chart, "center") == Approx(15).margin(kTolerance));
        CHECK(numberOf(chart, "lcl") == Approx(4.287857).margin(kTolerance));
        CHECK(numberOf(chart, "ucl") == Approx(25.712143).margin(kTolerance));
        CHECK(numberOf(chart, "sigma") == Approx(0.357071).margin(kTolerance));
        checkNumbers(pointValues(chart, "value"), {10, 20, 10, 20});
    }
    SECTION("u: limits vary with the units inspected")
    {
        // u-bar (110 + 380 + 90 + 420) / (50 + 200 + 50 + 200) = 1000 / 500 = 2;
        // standard errors sqrt(2 / 50) = 0.2 and sqrt(2 / 200) = 0.1; sigma of
        // one unit sqrt(2) = 1.414214.
        const QJsonObject chart = spcJson(
            dataFile("u.csv", "count,size\n110,50\n380,200\n90,50\n420,200\n"), "--chart", "u");
        CHECK(numberOf(chart, "center") == Approx(2).margin(kTolerance));
        CHECK(chart.value(QStringLiteral("lcl")).isNull());
        CHECK(chart.value(QStringLiteral("ucl")).isNull());
        CHECK(numberOf(chart, "sigma") == Approx(1.414214).margin(kTolerance));
        checkNumbers(pointValues(chart, "value"), {2.2, 1.9, 1.8, 2.1});
        checkNumbers(pointValues(chart, "lcl"), {1.4, 1.7, 1.4, 1.7});
        checkNumbers(pointValues(chart, "ucl"), {2.6, 2.3, 2.6, 2.3});
    }
    SECTION("X-bar and R: subgroups in order of first appearance")
    {
        const QJsonObject chart =
            spcJson(dataFile("xbar.csv", kSubgroups), "--chart", "xbar-r", "--rules", "none");
        CHECK(chart.value(QStringLiteral("chart")).toString() == QStringLiteral("xbar-r"));
        checkNumbers(pointValues(chart, "value"), {10, 11, 12});
        CHECK(numberOf(chart, "center") == Approx(11).margin(kTolerance));
        CHECK(numberOf(chart, "sigma") == Approx(1).margin(kTolerance));
        CHECK(numberOf(chart, "lcl") == Approx(9.267949).margin(kTolerance));
        CHECK(numberOf(chart, "ucl") == Approx(12.732051).margin(kTolerance));
        const QJsonObject r = chart.value(QStringLiteral("dispersion")).toObject();
        checkNumbers(pointValues(r, "value"), {1.693, 1.693, 1.693});
        CHECK(numberOf(r, "center") == Approx(1.693).margin(kTolerance));
        CHECK(numberOf(r, "lcl") == Approx(0).margin(kTolerance));
        CHECK(numberOf(r, "ucl") == Approx(4.358104).margin(kTolerance));
    }
    SECTION("X-bar and S")
    {
        // Subgroups {9.5, 10.5}, {10.5, 11.5}, {11.5, 12.5}: each s = 1 / sqrt(2)
        // = 0.707107; sigma = s-bar / c4(2) = 0.707107 / 0.797885 = 0.886227
        // (sqrt(pi) / 2); standard error 0.886227 / sqrt(2) = 0.626657, limits
        // 11 -+ 1.879971. S chart: UCL s-bar + 3 sigma sqrt(1 - c4^2) =
        // 0.707107 + 3 * 0.886227 * 0.602810 = 2.309799, LCL 0.
        const QJsonObject chart =
            spcJson(dataFile("xbars.csv",
                             "subgroup,value\n1,9.5\n1,10.5\n2,10.5\n2,11.5\n3,11.5\n3,12.5\n"),
                    "--chart", "xbar-s");
        CHECK(numberOf(chart, "center") == Approx(11).margin(kTolerance));
        CHECK(numberOf(chart, "sigma") == Approx(0.886227).margin(kTolerance));
        CHECK(numberOf(chart, "lcl") == Approx(9.120029).margin(kTolerance));
        CHECK(numberOf(chart, "ucl") == Approx(12.879971).margin(kTolerance));
        const QJsonObject s = chart.value(QStringLiteral("dispersion")).toObject();
        CHECK(numberOf(s, "center") == Approx(0.707107).margin(kTolerance));
        CHECK(numberOf(s, "lcl") == Approx(0).margin(kTolerance));
        CHECK(numberOf(s, "ucl") == Approx(2.309799).margin(kTolerance));
    }
}

TEST_CASE("spc --rules chooses the run rules, none flags nothing", "[cli][spc]")
{
    const QString csv = dataFile("imr.csv", kIndividuals);
    const QJsonObject none = spcJson(csv, "--chart", "imr", "--phase1", "1-6", "--rules", "none");
    CHECK(none.value(QStringLiteral("rules")).toString() == QStringLiteral("none"));
    for (const QJsonObject &series : {none, none.value(QStringLiteral("dispersion")).toObject()}) {
        for (const QJsonValue &point : series.value(QStringLiteral("points")).toArray())
            CHECK(signalsOf(point.toObject()).isEmpty());
    }
    // The limits do not depend on the rules.
    CHECK(numberOf(none, "ucl") == Approx(13.564).margin(kTolerance));

    const QJsonObject western =
        spcJson(csv, "--chart", "imr", "--phase1", "1-6", "--rules", "western-electric");
    CHECK(western.value(QStringLiteral("rules")).toString() == QStringLiteral("western-electric"));
    CHECK(signalsOf(pointOf(western, 7)).contains(QStringLiteral("we-1")));
    CHECK_FALSE(signalsOf(pointOf(western, 7)).contains(QStringLiteral("nelson-1")));
}

TEST_CASE("spc prints a table by default", "[cli][spc]")
{
    const Result r =
        cli("spc", dataFile("imr.csv", kIndividuals), "--chart", "imr", "--phase1", "1-6");
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArrayList lines = linesOf(r.out);
    CHECK(lines.contains("Chart: imr"));
    CHECK(lines.contains("Phase I (limits from): points 1 to 6; phase II: 7 to 7"));
    CHECK(lines.contains("Rules: nelson"));
    CHECK(lines.contains("Center: 10.564  LCL: 7.564  UCL: 13.564"));
    CHECK(lines.contains("Sigma: 1"));
    CHECK(hasRow(r.out, {"Index", "Value", "Center", "LCL", "UCL", "Phase", "Signals"}));
    CHECK(hasRow(r.out, {"1", "10", "10.564", "7.564", "13.564", "I"}));
    CHECK(hasRow(r.out, {"7", "20", "10.564", "7.564", "13.564", "II", "nelson-1"}));
    CHECK(lines.contains("Dispersion chart: mr"));
    // The table prints six significant digits: 3.6855074 as 3.68551.
    CHECK(lines.contains("Center: 1.128  LCL: 0  UCL: 3.68551"));
    CHECK(lines.contains("Rules that signalled:"));
    CHECK(r.out.contains("\nnelson-1  "));
    for (const QByteArray &line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.endsWith(' '));
    }
    CHECK(r.out == cli("spc", dataFile("imr.csv", kIndividuals), "--chart", "imr", "--phase1",
                       "1-6", "--format", "table")
                       .out);

    // Limits that vary by point are said to, not printed as one number.
    const Result p = cli("spc", dataFile("p.csv", kProportions), "--chart", "p");
    REQUIRE(p.exitCode == 0);
    CHECK(linesOf(p.out).contains("Center: 0.1  LCL and UCL: vary by point"));
    CHECK(hasRow(p.out, {"1", "0.12", "0.1", "0.01", "0.19", "I"}));

    const Result excluded =
        cli("spc", dataFile("c.csv", kCounts), "--chart", "c", "--exclude", "5");
    REQUIRE(excluded.exitCode == 0);
    CHECK(linesOf(excluded.out).contains("Left out of the limits: 5"));
    CHECK(hasRow(excluded.out, {"5", "60", "25", "10", "40", "I", "(excluded)", "nelson-1"}));
}

TEST_CASE("bad data is a located error on stderr and exit 1", "[cli][spc]")
{
    SECTION("a value that is not a number, after a quoted note over two lines")
    {
        CHECK(badInput(dataFile("bad.csv", "value,note\n1,\"two\nlines\"\nabc,\n3,\n4,\n"),
                       "--chart", "imr") == "bad.csv:4: value: \"abc\" is not a number\n");
    }
    SECTION("a sample size of 0 and more defectives than the sample, both reported")
    {
        CHECK(badInput(dataFile("sizes.csv", "defectives,size\n1,10\n1,0\n11,10\n2,10\n"),
                       "--chart", "p") ==
              "sizes.csv:3: size: the size must be more than 0, not 0\n"
              "sizes.csv:4: defectives: 11 defectives is more than the sample size 10\n");
    }
    SECTION("a missing required column")
    {
        CHECK(badInput(dataFile("nosize.csv", "count\n1\n2\n3\n"), "--chart", "u") ==
              "nosize.csv:1: size: the header has no column \"size\"\n");
        CHECK(badInput(dataFile("nogroup.csv", "value\n1\n2\n3\n"), "--chart", "xbar-r") ==
              "nogroup.csv:1: subgroup: the header has no column \"subgroup\"\n");
    }
    SECTION("fewer points than the chart needs")
    {
        const QByteArray err = badInput(dataFile("one.csv", "value\n5\n"), "--chart", "imr");
        CHECK(err.startsWith("one.csv:1: row: the imr chart needs at least "));
        CHECK(err.endsWith(" points and the file has 1\n"));
        CHECK(badInput(dataFile("empty.csv", "value\n"), "--chart", "imr") ==
              "empty.csv:1: row: the file has a header but no data rows\n");
    }
    SECTION("a problem the chart finds with one point is put on that point's line")
    {
        // Subgroups in order of first appearance: A (line 2), C (line 4), B
        // (line 5); B, point 3, has one observation and so no range.
        const QByteArray err =
            badInput(dataFile("single.csv", "subgroup,value\nA,1\nA,2\nC,4\nB,3\nC,5\n"), "--chart",
                     "xbar-r");
        CHECK(err.startsWith("single.csv:5: subgroup: "));
        CHECK(err.contains("2 observations"));
        CHECK(linesOf(err).size() == 1);
    }
    SECTION("a file that does not exist")
    {
        CHECK(badInput(dataDir().filePath(QStringLiteral("missing.csv")), "--chart", "imr")
                  .startsWith("missing.csv:0: file: "));
    }
}

TEST_CASE("bad options are usage errors with a clear message", "[cli][spc]")
{
    const QString csv = dataFile("imr.csv", kIndividuals);
    CHECK(usageError(csv).contains("--chart"));
    CHECK(usageError(csv, "--chart", "pareto").contains("\"pareto\" is not known"));
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "3-2").contains("--phase1 3-2"));
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "a-b").contains("--phase1 a-b"));
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "0-5").contains("--phase1 0-5"));
    // The file has 7 points.
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "1-8").contains("--phase1 1-8"));
    CHECK(usageError(csv, "--chart", "imr", "--exclude", "0").contains("--exclude 0"));
    CHECK(usageError(csv, "--chart", "imr", "--exclude", "2,x").contains("--exclude 2,x"));
    CHECK(usageError(csv, "--chart", "imr", "--exclude", "8").contains("--exclude 8"));
    // Too little left in phase I to estimate from: one point, or (with 2
    // excluded) no two neighbours for a moving range.
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "1-1").contains("Cannot compute"));
    CHECK(usageError(csv, "--chart", "imr", "--phase1", "1-3", "--exclude", "2")
              .contains("Cannot compute"));
    CHECK(usageError(csv, "--chart", "imr", "--sigma", "2").contains("--sigma needs --center"));
    CHECK(usageError(csv, "--chart", "imr", "--center", "10").contains("--center needs --sigma"));
    CHECK(usageError(csv, "--chart", "imr", "--center", "ten", "--sigma", "2")
              .contains("--center ten"));
    CHECK(usageError(csv, "--chart", "imr", "--center", "10", "--sigma", "-1")
              .contains("--sigma -1"));
    CHECK(usageError(dataFile("p.csv", kProportions), "--chart", "p", "--center", "1.5")
              .contains("--center 1.5"));
    CHECK(usageError(csv, "--chart", "imr", "--rules", "shewhart").contains("\"shewhart\""));
    CHECK(usageError(csv, "--chart", "imr", "--format", "csv").contains("\"csv\""));
    CHECK(usageError("--chart", "imr").contains("Give one CSV file"));
    CHECK(usageError(csv, csv, "--chart", "imr").contains("Give one CSV file"));
}

TEST_CASE("spc --help names its options", "[cli][spc]")
{
    const Result r = cli("spc", "--help");
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.startsWith("Usage: yardstick-cli spc "));
    for (const char *option :
         {"--chart", "--phase1", "--exclude", "--center", "--sigma", "--rules", "--format"}) {
        INFO(option);
        CHECK(r.out.contains(option));
    }
    CHECK(cli("--help").out.contains("  spc "));
}
