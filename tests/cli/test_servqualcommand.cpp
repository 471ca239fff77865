// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli servqual" on a small workbench: answers
// stored without a survey definition (as files from before surveys had one
// hold them), one complaint letter, and every expected number worked out by
// hand below.
#include "clisupport.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace CliTest;

namespace {

// Two SERVQUAL dimensions with their DOMAIN.md weights (0.32 and 0.22, so
// 16/27 and 11/27 once normalised over the two present), and two waves:
//
// 2025-Q1 (previous)         REL1 (E P)   RES1 (E P)   weighted gap
//   Q1                        6 6 (0)      6 5 (-1)     0.22 x -1 / 0.54 = -11/27
//   Q2                        5 6 (+1)     -            +1 (own dimensions only)
//   Q3                        -            6 6 (0)      0
//
// 2025-Q2 (latest by name)   REL1 (E P I) RES1 (E P I) weighted gap
//   R1  CM-1                  7 5 7 (-2)   6 6 4 (0)    0.32 x -2 / 0.54 = -32/27
//   R2  CM-2                  6 6 5 (0)    7 4 - (-3)   0.22 x -3 / 0.54 = -33/27
//   R3  CM-3                  7 4 - (-3)   5 6 - (+1)   (-0.96 + 0.22) / 0.54 = -37/27
//
// CM-2 wrote a complaint letter.
const char *const kAnswers[] = {
    "2025-Q1,Q1,REL1,reliability,6,6,,",      "2025-Q1,Q1,RES1,responsiveness,6,5,,",
    "2025-Q1,Q2,REL1,reliability,5,6,,",      "2025-Q1,Q3,RES1,responsiveness,6,6,,",
    "2025-Q2,R1,REL1,reliability,7,5,7,CM-1", "2025-Q2,R1,RES1,responsiveness,6,6,4,CM-1",
    "2025-Q2,R2,REL1,reliability,6,6,5,CM-2", "2025-Q2,R2,RES1,responsiveness,7,4,,CM-2",
    "2025-Q2,R3,REL1,reliability,7,4,,CM-3",  "2025-Q2,R3,RES1,responsiveness,5,6,,CM-3",
};

QVariant numberOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text.toDouble());
}

// Writes answers straight into the file (init made the dimensions), the way
// an older Yardstick or another tool would have left them: no survey
// definition.
void storeAnswers(const QString &path)
{
    const QString connection = QStringLiteral("servqual-cli-fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const char *line : kAnswers) {
            const QStringList f = QString::fromUtf8(line).split(QLatin1Char(','));
            REQUIRE(query.prepare(QStringLiteral(
                "INSERT INTO survey_responses (wave, respondent, item, dimension_id, expectation, "
                "perception, importance, customer_ref) VALUES (?, ?, ?, "
                "(SELECT id FROM dimensions WHERE key = ?), ?, ?, ?, ?)")));
            query.addBindValue(f[0]);
            query.addBindValue(f[1]);
            query.addBindValue(f[2]);
            query.addBindValue(f[3]);
            query.addBindValue(numberOrNull(f[4]));
            query.addBindValue(numberOrNull(f[5]));
            query.addBindValue(numberOrNull(f[6]));
            query.addBindValue(f[7]);
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString surveyWorkbench(const QTemporaryDir &dir)
{
    const QString path = emptyWorkbench(dir);
    storeAnswers(path);
    const QString letters = writeDataFile(dir, "letters.csv",
                                          "id,received,channel,customer_ref,key_customer,text\n"
                                          "L-1,2025-05-02,phone,CM-2,no,My card came late.\n");
    const Result imported = cli("import", "letters", path, letters);
    REQUIRE(imported.exitCode == 0);
    return path;
}

QJsonObject jsonObjectOf(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QJsonObject entry(const QJsonObject &json, const char *array, const char *key, const char *value)
{
    const QJsonArray rows = json.value(QString::fromUtf8(array)).toArray();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QString::fromUtf8(key)).toString() == QString::fromUtf8(value))
            return row.toObject();
    }
    FAIL("no " << array << " entry " << value);
    return {};
}

double number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QString::fromUtf8(key));
    REQUIRE(value.isDouble());
    return value.toDouble();
}

} // namespace

TEST_CASE("servqual --format json analyses the latest wave against the one before",
          "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result r = cli("servqual", path, "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = jsonObjectOf(r.out);
    // No definitions: waves go by name, so 2025-Q2 is the latest.
    CHECK(json.value(QStringLiteral("wave")).toString() == QStringLiteral("2025-Q2"));
    CHECK(json.value(QStringLiteral("respondents")).toInt() == 3);

    // Reliability: gaps -2, 0, -3 -> -5/3; E (7+6+7)/3 = 20/3; P (5+6+4)/3 = 5.
    // Deviations -1/3, 5/3, -4/3, squares sum 42/9, / 2 = 7/3, sd 1.5275.
    // t(0.975, 2) = 4.303 (t table): half width 4.303 x 1.5275 / sqrt 3 = 3.7949.
    const QJsonObject reliability = entry(json, "dimensions", "dimension", "reliability");
    CHECK(reliability.value(QStringLiteral("n")).toInt() == 3);
    CHECK(number(reliability, "gap") == Approx(-5.0 / 3.0));
    CHECK(number(reliability, "expectation") == Approx(20.0 / 3.0));
    CHECK(number(reliability, "perception") == Approx(5.0));
    CHECK(number(reliability, "sd") == Approx(1.5275252));
    CHECK(number(reliability, "ci_low") == Approx(-5.0 / 3.0 - 3.7949).margin(0.001));
    CHECK(number(reliability, "ci_high") == Approx(-5.0 / 3.0 + 3.7949).margin(0.001));
    CHECK(number(reliability, "weight") == Approx(16.0 / 27.0));
    // Responsiveness: 0, -3, +1 -> -2/3; E 6; P 16/3; squares 78/9, / 2 =
    // 13/3, sd 2.0817; half width 4.303 x 2.0817 / sqrt 3 = 5.1716.
    const QJsonObject responsiveness = entry(json, "dimensions", "dimension", "responsiveness");
    CHECK(number(responsiveness, "gap") == Approx(-2.0 / 3.0));
    CHECK(number(responsiveness, "perception") == Approx(16.0 / 3.0));
    CHECK(number(responsiveness, "sd") == Approx(2.0816660));
    CHECK(number(responsiveness, "ci_high") == Approx(-2.0 / 3.0 + 5.1716).margin(0.001));
    CHECK(number(responsiveness, "weight") == Approx(11.0 / 27.0));

    // 16/27 x -5/3 + 11/27 x -2/3 = -102/81.
    CHECK(number(json, "weighted_gap") == Approx(-102.0 / 81.0));

    // Items: REL1 importance (7 + 5) / 2 = 6, performance 5; RES1 importance
    // 4, performance 16/3. Crosshair (5, 31/6): REL1 concentrate here, RES1
    // possible overkill.
    const QJsonObject rel1 = entry(json, "items", "item", "REL1");
    CHECK(rel1.value(QStringLiteral("dimension")).toString() == QStringLiteral("reliability"));
    CHECK(rel1.value(QStringLiteral("n")).toInt() == 3);
    CHECK(number(rel1, "gap") == Approx(-5.0 / 3.0));
    CHECK(number(rel1, "importance") == Approx(6.0));
    CHECK(number(rel1, "performance") == Approx(5.0));
    CHECK(rel1.value(QStringLiteral("quadrant")).toString() == QStringLiteral("concentrate_here"));
    const QJsonObject res1 = entry(json, "items", "item", "RES1");
    CHECK(number(res1, "importance") == Approx(4.0));
    CHECK(res1.value(QStringLiteral("quadrant")).toString() == QStringLiteral("possible_overkill"));

    // All three are dissatisfied and carry a reference; CM-2 complained.
    const QJsonObject silent = json.value(QStringLiteral("silent_dissatisfied")).toObject();
    CHECK(silent.value(QStringLiteral("dissatisfied")).toInt() == 3);
    CHECK(silent.value(QStringLiteral("never_complained")).toInt() == 2);
    CHECK(number(silent, "share") == Approx(2.0 / 3.0));

    // 2025-Q1: reliability 0, +1 -> 0.5; responsiveness -1, 0 -> -0.5;
    // weighted 16/27 x 0.5 - 11/27 x 0.5 = 5/54.
    // Welch: now -32/27, -33/27, -37/27 (mean -34/27, variance 7/729);
    // before -11/27, 1, 0 (mean 16/81, variance 1147/2187).
    // se^2 = (7/729 + 1147/2187) / 3 = 1168/6561; t = (-34/27 - 16/81) /
    // sqrt(1168/6561) = -3.4527; df = se^4 / ((7/2187)^2 / 2 + (1147/6561)^2
    // / 2) = 2.0732; p = 0.07089 (the t density integrated with mpmath.quad).
    const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("wave")).toString() == QStringLiteral("2025-Q1"));
    CHECK(number(previous, "weighted_gap") == Approx(5.0 / 54.0));
    CHECK(number(previous, "t") == Approx(-3.4527138).epsilon(1e-6));
    CHECK(number(previous, "df") == Approx(2.0732100).epsilon(1e-6));
    CHECK(number(previous, "p") == Approx(0.0708943).epsilon(1e-5));
}

TEST_CASE("servqual --wave picks an earlier wave, which has no previous one", "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result r = cli("servqual", path, "--wave", "2025-Q1", "--format", "json");
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = jsonObjectOf(r.out);
    CHECK(json.value(QStringLiteral("wave")).toString() == QStringLiteral("2025-Q1"));
    CHECK(json.value(QStringLiteral("respondents")).toInt() == 3);
    CHECK(number(json, "weighted_gap") == Approx(5.0 / 54.0));
    CHECK(json.value(QStringLiteral("previous")).isNull());
    // Nobody in 2025-Q1 left a reference.
    CHECK(json.value(QStringLiteral("silent_dissatisfied"))
              .toObject()
              .value(QStringLiteral("share"))
              .isNull());
}

TEST_CASE("servqual prints a table by default", "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result r = cli("servqual", path);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = QString::fromUtf8(r.out);
    CHECK(text.contains(QStringLiteral("Wave 2025-Q2: 3 respondent(s)")));
    // -102/81 = -1.259.
    CHECK(text.contains(QStringLiteral("Weighted SERVQUAL gap: -1.26")));
    // The numbers of the JSON test, to two decimals; 16/27 = 59.3%.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto reliability = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("Reliability"));
    });
    REQUIRE(reliability != lines.cend());
    CHECK(reliability->simplified() ==
          QStringLiteral("Reliability 3 6.67 5.00 -1.67 1.53 -5.46 to 2.13 59.3%"));
    CHECK(text.contains(QStringLiteral("Concentrate here")));
    CHECK(text.contains(QStringLiteral("Possible overkill")));
    // Items name their dimension as the dimension table does, not by key.
    const auto rel1 = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("REL1"));
    });
    REQUIRE(rel1 != lines.cend());
    CHECK(rel1->simplified().startsWith(QStringLiteral("REL1 Reliability 3")));
    CHECK(text.contains(QStringLiteral("2 of 3 dissatisfied respondents")));
    CHECK(text.contains(QStringLiteral("Previous wave 2025-Q1: weighted gap 0.09; Welch's t = "
                                       "-3.45, df = 2.1, p = 0.071")));
}

TEST_CASE("servqual --format csv writes the dimensions, the weighted gap and the items",
          "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result r = cli("servqual", path, "--format", "csv");
    REQUIRE(r.exitCode == 0);
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE(lines.size() == 6); // header, 2 dimensions, weighted, 2 items
    CHECK(lines[0] == "kind,wave,name,dimension,n,expectation,perception,gap,sd,ci_low,ci_high,"
                      "weight,importance,performance,quadrant");
    // Dimensions in the workbench's order: init puts responsiveness (one of
    // the card case's three) before reliability.
    CHECK(lines[1].startsWith("dimension,2025-Q2,responsiveness,"));
    const QByteArrayList reliability = lines[2].split(',');
    REQUIRE(reliability.size() == 15);
    CHECK(reliability[0] == "dimension");
    CHECK(reliability[1] == "2025-Q2");
    CHECK(reliability[2] == "reliability");
    CHECK(reliability[4] == "3");
    CHECK(reliability[7].toDouble() == Approx(-5.0 / 3.0));
    CHECK(reliability[11].toDouble() == Approx(16.0 / 27.0));
    const QByteArrayList weighted = lines[3].split(',');
    CHECK(weighted[0] == "weighted");
    CHECK(weighted[7].toDouble() == Approx(-102.0 / 81.0));
    CHECK(lines[4].startsWith("item,2025-Q2,REL1,reliability,3,"));
    CHECK(lines[4].endsWith(",6,5,concentrate_here"));
    CHECK(lines[5].endsWith(",possible_overkill"));
}

TEST_CASE("servqual refuses an unknown wave and a workbench without answers", "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result unknown = cli("servqual", path, "--wave", "2019-Q4");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains("2019-Q4"));
    CHECK(unknown.err.contains("2025-Q1, 2025-Q2"));

    QTemporaryDir emptyDir;
    const Result empty = cli("servqual", emptyWorkbench(emptyDir));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains("no survey answers"));
}

TEST_CASE("servqual refuses an unknown format and a missing file as usage errors",
          "[cli][servqual]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);
    const Result format = cli("servqual", path, "--format", "xml");
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains("xml"));
    CHECK(cli("servqual").exitCode == 2);
    CHECK(cli("servqual", path, "--bogus").exitCode == 2);
}

TEST_CASE("chart draws a wave's SERVQUAL gaps and its importance-performance grid",
          "[cli][servqual][chart]")
{
    QTemporaryDir dir;
    const QString path = surveyWorkbench(dir);

    // The latest wave, 2025-Q2, beside 2025-Q1: the titles name the waves.
    const QString gaps = dir.filePath(QStringLiteral("gaps.svg"));
    const Result drawn = cli("chart", path, "--kind", "servqual-gaps", "--out", gaps);
    INFO(drawn.err.toStdString());
    REQUIRE(drawn.exitCode == 0);
    const QByteArray gapSvg = readFile(gaps);
    CHECK(gapSvg.contains("<svg"));
    CHECK(gapSvg.contains("SERVQUAL gap by dimension, 2025-Q2"));
    CHECK(gapSvg.contains("2025-Q1"));

    // Only 2025-Q2 has stated importance (REL1 by R1 and R2, RES1 by R1).
    const QString grid = dir.filePath(QStringLiteral("grid.svg"));
    const Result placed = cli("chart", path, "--kind", "servqual-quadrant", "--out", grid);
    INFO(placed.err.toStdString());
    REQUIRE(placed.exitCode == 0);
    CHECK(readFile(grid).contains("Importance and performance, 2025-Q2"));

    const Result noImportance =
        cli("chart", path, "--kind", "servqual-quadrant", "--wave", "2025-Q1", "--out", grid);
    CHECK(noImportance.exitCode == 1);
    CHECK(noImportance.err.contains("importance"));

    const Result unknown =
        cli("chart", path, "--kind", "servqual-gaps", "--wave", "2019-Q4", "--out", gaps);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("2019-Q4"));
}
