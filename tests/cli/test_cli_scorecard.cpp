// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli scorecard", "series" and "holidays" on
// small workbenches filled through "import", with every expected number
// worked out by hand below.
#include "clisupport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// Seven standards judged on measurements. L-* are lower-is-better turnarounds
// owned by OPS (target 10, threshold 15), H-* higher-is-better audit scores
// owned by "Quality Assurance", whose code the import makes QA (target 90,
// threshold 80). All in force since 2024.
const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n"
    "L-MET,Application turnaround met,APP,Timeliness,turnaround_days,mean,lower,10,15,days,OPS,,"
    "Charter,2024-01-01\n"
    "L-RISK,Application turnaround at risk,APP,Timeliness,turnaround_days,mean,lower,10,15,days,"
    "OPS,,Charter,2024-01-01\n"
    "L-BREACH,Application turnaround breached,APP,Timeliness,turnaround_days,mean,lower,10,15,"
    "days,OPS,,Charter,2024-01-01\n"
    "H-MET,Card audit met,CRD,Accuracy,audit_score,mean,higher,90,80,%,Quality Assurance,,"
    "Audit plan,2024-01-01\n"
    "H-RISK,Card audit at risk,CRD,Accuracy,audit_score,mean,higher,90,80,%,Quality Assurance,,"
    "Audit plan,2024-01-01\n"
    "H-BREACH,Card audit breached,CRD,Accuracy,audit_score,mean,higher,90,80,%,"
    "Quality Assurance,,Audit plan,2024-01-01\n"
    "H-NODATA,Card audit without data,CRD,Accuracy,audit_score,mean,higher,90,80,%,"
    "Quality Assurance,,Audit plan,2024-01-01\n";

// Monthly measurements, the last ending 2025-03-31, so March is the latest
// complete month. March, against the targets above:
//   L-MET    10   = target           met       (Jan 8, Feb 9 met too: 3 of 12)
//   L-RISK   15   = threshold        at_risk
//   L-BREACH 15.5 > threshold        breached  (Feb 12: at risk)
//   H-MET    90   = target           met       (Jan 70 breached, Feb 85 at risk: 1)
//   H-RISK   80   = threshold        at_risk
//   H-BREACH 79.5 < threshold        breached
//   H-NODATA none in March           no_data   (Jan 95: met, 1 of 12)
const QByteArray kMeasurements = "standard,period_start,period_end,value,sample_size\n"
                                 "L-MET,2025-01-01,2025-01-31,8,10\n"
                                 "L-MET,2025-02-01,2025-02-28,9,20\n"
                                 "L-MET,2025-03-01,2025-03-31,10,10\n"
                                 "L-RISK,2025-03-01,2025-03-31,15,5\n"
                                 "L-BREACH,2025-02-01,2025-02-28,12,5\n"
                                 "L-BREACH,2025-03-01,2025-03-31,15.5,5\n"
                                 "H-MET,2025-01-01,2025-01-31,70,10\n"
                                 "H-MET,2025-02-01,2025-02-28,85,10\n"
                                 "H-MET,2025-03-01,2025-03-31,90,10\n"
                                 "H-RISK,2025-03-01,2025-03-31,80,10\n"
                                 "H-BREACH,2025-03-01,2025-03-31,79.5,10\n"
                                 "H-NODATA,2025-01-01,2025-01-31,95,10\n";

const QStringList kAllCodes = {QStringLiteral("H-BREACH"), QStringLiteral("H-MET"),
                               QStringLiteral("H-NODATA"), QStringLiteral("H-RISK"),
                               QStringLiteral("L-BREACH"), QStringLiteral("L-MET"),
                               QStringLiteral("L-RISK")};

// The contract's keys, written out by hand.
const QStringList kContractKeys = {
    QStringLiteral("code"),       QStringLiteral("title"),      QStringLiteral("service"),
    QStringLiteral("dimension"),  QStringLiteral("department"), QStringLiteral("period_start"),
    QStringLiteral("period_end"), QStringLiteral("value"),      QStringLiteral("n"),
    QStringLiteral("target"),     QStringLiteral("threshold"),  QStringLiteral("status"),
    QStringLiteral("trend"),      QStringLiteral("met_last_12")};

// One workbench for the read-only tests of this file: scorecard and series
// never write, and building it once keeps the suite quick.
QString measuredWorkbench()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        const QString built = workbenchWithCatalogue(dir, kCatalogue, "measured.yardstick");
        const Result r = cli("import", "measurements", built,
                             writeDataFile(dir, "measurements.csv", kMeasurements));
        REQUIRE(r.exitCode == 0);
        path = built;
    }
    return path;
}

// scorecard FILE with more arguments, as parsed JSON; exit 0 required.
template<typename... Arguments>
QJsonArray scorecardJson(const Arguments &...arguments)
{
    const Result r = cli("scorecard", measuredWorkbench(), "--format", "json", arguments...);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    return jsonArrayOf(r.out);
}

// "CODE: digest" of every row, sorted by code, joined with " | ".
QString digestByCode(const QJsonArray &rows)
{
    QStringList digests;
    for (const QJsonValue &row : rows)
        digests.append(textOf(row.toObject(), "code") + QStringLiteral(": ") +
                       digestOf(row.toObject()));
    digests.sort();
    return digests.join(QStringLiteral(" | "));
}

QStringList codesOf(const QJsonArray &rows)
{
    QStringList codes;
    for (const QJsonValue &row : rows)
        codes.append(textOf(row.toObject(), "code"));
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("scorecard JSON has the contract keys and statuses worked out by hand",
          "[cli][scorecard]")
{
    const QJsonArray rows = scorecardJson();
    REQUIRE(rows.size() == 7);
    for (const QJsonValue &value : rows) {
        REQUIRE(value.isObject());
        const QJsonObject row = value.toObject();
        INFO(textOf(row, "code").toStdString());
        for (const QString &key : kContractKeys) {
            INFO(key.toStdString());
            CHECK(row.contains(key));
        }
        CHECK(row.value(QStringLiteral("met_last_12")).isDouble());
        CHECK(row.value(QStringLiteral("target")).isDouble());
        CHECK(row.value(QStringLiteral("threshold")).isDouble());
    }
    CHECK(digestByCode(rows) ==
          QStringLiteral("H-BREACH: 2025-03-01..2025-03-31: 79.5 (n 10) breached | "
                         "H-MET: 2025-03-01..2025-03-31: 90 (n 10) met | "
                         "H-NODATA: 2025-03-01..2025-03-31: - (n -) no_data | "
                         "H-RISK: 2025-03-01..2025-03-31: 80 (n 10) at_risk | "
                         "L-BREACH: 2025-03-01..2025-03-31: 15.5 (n 5) breached | "
                         "L-MET: 2025-03-01..2025-03-31: 10 (n 10) met | "
                         "L-RISK: 2025-03-01..2025-03-31: 15 (n 5) at_risk"));

    const QJsonObject lMet = objectWithCode(rows, "L-MET");
    CHECK(textOf(lMet, "title") == QStringLiteral("Application turnaround met"));
    CHECK(textOf(lMet, "service") == QStringLiteral("APP"));
    CHECK(textOf(lMet, "dimension") == QStringLiteral("timeliness"));
    CHECK(textOf(lMet, "department") == QStringLiteral("OPS"));
    CHECK(lMet.value(QStringLiteral("target")).toDouble() == 10);
    CHECK(lMet.value(QStringLiteral("threshold")).toDouble() == 15);
    // 8, 9, 10: rising (slope 1 over a span of 2: change 2), but three
    // periods are fewer than the six a trend word needs.
    CHECK(textOf(lMet, "trend") == QStringLiteral("too_few_periods"));
    CHECK(lMet.value(QStringLiteral("trend_change")).toDouble() == Approx(2.0));
    CHECK(lMet.value(QStringLiteral("met_last_12")).toDouble() == 3);

    const QJsonObject hMet = objectWithCode(rows, "H-MET");
    CHECK(textOf(hMet, "department") == QStringLiteral("QA"));
    CHECK(textOf(hMet, "dimension") == QStringLiteral("accuracy"));
    // 70, 85, 90: mean 245/3; sum (x - 1)(y - mean) = -(70 - 245/3) + (90 - 245/3)
    // = 20, sum (x - 1)^2 = 2: slope 10, change over 2: 20. Too few for a word.
    CHECK(textOf(hMet, "trend") == QStringLiteral("too_few_periods"));
    CHECK(hMet.value(QStringLiteral("trend_change")).toDouble() == Approx(20.0));
    CHECK(hMet.value(QStringLiteral("met_last_12")).toDouble() == 1);

    // One value only: no trend.
    CHECK(textOf(objectWithCode(rows, "L-RISK"), "trend") == QStringLiteral("too_few_periods"));
    const QJsonObject noData = objectWithCode(rows, "H-NODATA");
    CHECK(noData.value(QStringLiteral("value")).isNull());
    CHECK(noData.value(QStringLiteral("met_last_12")).toDouble() == 1);
}

TEST_CASE("scorecard --at picks the period holding that day", "[cli][scorecard]")
{
    // February: L-MET 9 (n 20) met, L-BREACH 12 between 10 and 15: at risk,
    // H-MET 85 between 90 and 80: at risk; the rest have no February value.
    CHECK(digestByCode(scorecardJson("--at", "2025-02-10")) ==
          QStringLiteral("H-BREACH: 2025-02-01..2025-02-28: - (n -) no_data | "
                         "H-MET: 2025-02-01..2025-02-28: 85 (n 10) at_risk | "
                         "H-NODATA: 2025-02-01..2025-02-28: - (n -) no_data | "
                         "H-RISK: 2025-02-01..2025-02-28: - (n -) no_data | "
                         "L-BREACH: 2025-02-01..2025-02-28: 12 (n 5) at_risk | "
                         "L-MET: 2025-02-01..2025-02-28: 9 (n 20) met | "
                         "L-RISK: 2025-02-01..2025-02-28: - (n -) no_data"));
    // The last day of a month is still that month.
    const QJsonObject lMet = objectWithCode(scorecardJson("--at", "2025-01-31"), "L-MET");
    CHECK(digestOf(lMet) == QStringLiteral("2025-01-01..2025-01-31: 8 (n 10) met"));
}

TEST_CASE("scorecard --period quarter combines the months weighted by sample size",
          "[cli][scorecard]")
{
    // Q1 2025, the latest complete quarter:
    //   L-MET    (8*10 + 9*20 + 10*10) / 40 = 360 / 40 = 9        met
    //   L-BREACH (12*5 + 15.5*5) / 10 = 137.5 / 10 = 13.75       at risk
    //   H-MET    (70 + 85 + 90) * 10 / 30 = 81.6667              at risk
    //   H-NODATA 95 from January                                 met
    const QJsonArray rows = scorecardJson("--period", "quarter");
    CHECK(digestByCode(rows) ==
          QStringLiteral("H-BREACH: 2025-01-01..2025-03-31: 79.5 (n 10) breached | "
                         "H-MET: 2025-01-01..2025-03-31: 81.6667 (n 30) at_risk | "
                         "H-NODATA: 2025-01-01..2025-03-31: 95 (n 10) met | "
                         "H-RISK: 2025-01-01..2025-03-31: 80 (n 10) at_risk | "
                         "L-BREACH: 2025-01-01..2025-03-31: 13.75 (n 10) at_risk | "
                         "L-MET: 2025-01-01..2025-03-31: 9 (n 40) met | "
                         "L-RISK: 2025-01-01..2025-03-31: 15 (n 5) at_risk"));
    CHECK(objectWithCode(rows, "H-MET").value(QStringLiteral("value")).toDouble() ==
          Approx(245.0 / 3.0));
    // Any day of the quarter gives the same quarter.
    CHECK(digestOf(objectWithCode(scorecardJson("--period", "quarter", "--at", "2025-02-14"),
                                  "L-MET")) ==
          QStringLiteral("2025-01-01..2025-03-31: 9 (n 40) met"));
}

TEST_CASE("scorecard --period week uses ISO weeks from Monday to Sunday", "[cli][scorecard]")
{
    // A measurement counts in the week holding its period end: Monday
    // 2025-03-31 opens the week to Sunday 2025-04-06.
    CHECK(digestOf(
              objectWithCode(scorecardJson("--period", "week", "--at", "2025-04-06"), "L-MET")) ==
          QStringLiteral("2025-03-31..2025-04-06: 10 (n 10) met"));
    // The week before holds no period end.
    CHECK(digestOf(
              objectWithCode(scorecardJson("--period", "week", "--at", "2025-03-30"), "L-MET")) ==
          QStringLiteral("2025-03-24..2025-03-30: - (n -) no_data"));
    // New Year's Day 2025 is a Wednesday in ISO week 2025-W01, which starts
    // on Monday 30 December 2024.
    const QJsonArray newYear = scorecardJson("--period", "week", "--at", "2025-01-01");
    REQUIRE(newYear.size() == 7);
    for (const QJsonValue &row : newYear) {
        const QDate start = QDate::fromString(textOf(row.toObject(), "period_start"), Qt::ISODate);
        const QDate end = QDate::fromString(textOf(row.toObject(), "period_end"), Qt::ISODate);
        CHECK(start == QDate(2024, 12, 30));
        CHECK(end == QDate(2025, 1, 5));
        CHECK(start.dayOfWeek() == Qt::Monday);
        CHECK(end.dayOfWeek() == Qt::Sunday);
    }
    // Without --at: the latest complete week, the last ending on or before
    // the latest day with data (Monday 2025-03-31), is 24-30 March.
    CHECK(textOf(scorecardJson("--period", "week").at(0).toObject(), "period_start") ==
          QStringLiteral("2025-03-24"));
}

TEST_CASE("scorecard --department keeps the standards that department owns", "[cli][scorecard]")
{
    const QStringList audits = {QStringLiteral("H-BREACH"), QStringLiteral("H-MET"),
                                QStringLiteral("H-NODATA"), QStringLiteral("H-RISK")};
    CHECK(codesOf(scorecardJson("--department", "QA")) == audits);
    CHECK(codesOf(scorecardJson("--department", "Quality Assurance")) == audits);
    CHECK(codesOf(scorecardJson("--department", "OPS")) ==
          QStringList(
              {QStringLiteral("L-BREACH"), QStringLiteral("L-MET"), QStringLiteral("L-RISK")}));
    CHECK(codesOf(scorecardJson()) == kAllCodes);

    const Result unknown = cli("scorecard", measuredWorkbench(), "--department", "Marketing");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains("Marketing"));
}

TEST_CASE("scorecard --format csv starts with the contract columns", "[cli][scorecard]")
{
    const Result r = cli("scorecard", measuredWorkbench(), "--format", "csv");
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK_FALSE(r.out.contains('\r'));
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE(lines.size() == 8);
    CHECK(lines.at(0).startsWith("code,title,service,dimension,department,period_start,"
                                 "period_end,value,n,target,threshold,status,trend,met_last_12"));
    const qsizetype columns = lines.at(0).count(',') + 1;
    QByteArray lMet;
    for (const QByteArray &line : lines.mid(1)) {
        CHECK(line.count(',') + 1 == columns);
        if (line.startsWith("L-MET,"))
            lMet = line;
    }
    CHECK(lMet.startsWith("L-MET,Application turnaround met,APP,timeliness,OPS,2025-03-01,"
                          "2025-03-31,10,10,10,15,met,too_few_periods,3"));
    const Result empty = cli("scorecard", measuredWorkbench(), "--format", "csv", "--department",
                             "QA", "--at", "2030-01-01");
    CHECK(empty.exitCode == 0);
    CHECK(linesOf(empty.out).size() == 5);
}

TEST_CASE("scorecard adds complaints_per_1000, empty without linked letters and cases",
          "[cli][scorecard][complaints]")
{
    // The measured workbench holds no letters and no cases: complaints per
    // 1,000 cases has nothing to divide by, so every row has null (JSON) or
    // an empty last field (CSV), never 0.
    const QJsonArray rows = scorecardJson();
    REQUIRE(rows.size() == 7);
    for (const QJsonValue &row : rows) {
        INFO(textOf(row.toObject(), "code").toStdString());
        REQUIRE(row.toObject().contains(QStringLiteral("complaints_per_1000")));
        CHECK(row.toObject().value(QStringLiteral("complaints_per_1000")).isNull());
    }
    const Result csv = cli("scorecard", measuredWorkbench(), "--format", "csv");
    REQUIRE(csv.exitCode == 0);
    const QByteArrayList lines = linesOf(csv.out);
    REQUIRE(lines.size() == 8);
    // usual_n follows: empty too, as no period here is thin.
    CHECK(lines.at(0).endsWith(",source,trend_change,complaints_per_1000,usual_n"));
    for (const QByteArray &line : lines.mid(1))
        CHECK(line.endsWith(",,"));
    const Result table = cli("scorecard", measuredWorkbench());
    REQUIRE(table.exitCode == 0);
    CHECK(linesOf(table.out).at(0).contains("Complaints per 1,000"));
    // No letter is linked to any standard: the table says so in words on
    // every row instead of a blank or a 0.0.
    for (const QByteArray &line : linesOf(table.out).mid(2))
        CHECK(line.trimmed().endsWith("no letters"));
}

TEST_CASE("scorecard table has a header, a rule and a readable line per standard",
          "[cli][scorecard]")
{
    const Result r = cli("scorecard", measuredWorkbench());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE(lines.size() == 9);
    CHECK(lines.at(0).startsWith("Code"));
    CHECK(lines.at(0).contains("Target"));
    CHECK(lines.at(0).contains("Status"));
    CHECK(lines.at(1).startsWith("----"));
    const auto lineFor = [&lines](const char *code) {
        const QByteArray prefix = QByteArray(code) + ' ';
        for (const QByteArray &line : lines) {
            if (line.startsWith(prefix))
                return QString::fromUtf8(line).simplified();
        }
        return QString();
    };
    // The table reads like the window: values and targets with their units
    // to one decimal (days, %), status and trend in words, no keys.
    const QString lMet = lineFor("L-MET");
    CHECK(lMet.contains(
        QStringLiteral("Application turnaround met 2025-03 10.0 days ≤ 10 days ≤ 15 days ✓ Met")));
    CHECK(lMet.contains(QStringLiteral("Too few periods"))); // three months: fewer than six
    CHECK(lineFor("L-RISK").contains(QStringLiteral("! At risk")));
    CHECK(lineFor("L-BREACH").contains(QStringLiteral("15.5 days")));
    CHECK(lineFor("L-BREACH").contains(QStringLiteral("Breached")));
    CHECK(lineFor("H-BREACH").contains(QStringLiteral("79.5% ≥ 90% ≥ 80%")));
    CHECK(lineFor("H-NODATA").contains(QStringLiteral("No data")));
    for (const QByteArray &line : lines) {
        CHECK_FALSE(line.contains("at_risk"));
        CHECK_FALSE(line.contains("no_data"));
    }
}

TEST_CASE("scorecard and series refuse a bad period or date with exit 2", "[cli][scorecard]")
{
    const QString workbench = measuredWorkbench();
    const QList<QStringList> commandLines = {
        {QStringLiteral("--period"), QStringLiteral("fortnight")},
        {QStringLiteral("--period"), QStringLiteral("")},
        {QStringLiteral("--period")},
        {QStringLiteral("--at"), QStringLiteral("2025-02-30")},
        {QStringLiteral("--at"), QStringLiteral("yesterday")},
        {QStringLiteral("--at"), QStringLiteral("10/02/2025")},
        {QStringLiteral("--format"), QStringLiteral("xml")},
    };
    for (const QStringList &options : commandLines) {
        const Result r = runCli(QStringList{QStringLiteral("scorecard"), workbench} + options);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("yardstick-cli scorecard --help"));
    }
    const Result series = cli("series", workbench, "--standard", "L-MET", "--period", "year");
    CHECK(series.exitCode == 2);
    CHECK(series.err.contains("year"));
    CHECK(cli("series", workbench).exitCode == 2);
    CHECK(cli("series", workbench, "--standard").exitCode == 2);
    CHECK(cli("scorecard").exitCode == 2);
}

TEST_CASE("scorecard and series of a workbench that does not exist are bad input",
          "[cli][scorecard]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.yardstick"));
    const Result scorecard = cli("scorecard", missing);
    CHECK(scorecard.exitCode == 1);
    CHECK(scorecard.err.contains("missing.yardstick"));
    const Result series = cli("series", missing, "--standard", "L-MET");
    CHECK(series.exitCode == 1);
    CHECK(series.err.contains("missing.yardstick"));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("scorecard of an empty workbench is an empty array", "[cli][scorecard]")
{
    QTemporaryDir dir;
    const Result r = cli("scorecard", emptyWorkbench(dir), "--format", "json");
    CHECK(r.exitCode == 0);
    CHECK(jsonArrayOf(r.out).isEmpty());
}

TEST_CASE("series prints one row per period from the first to the last with data", "[cli][series]")
{
    const QString workbench = measuredWorkbench();
    // L-MET has a value for January, February and March: 8, 9 and 10.
    CHECK(digestOf(seriesOf(workbench, "L-MET")) ==
          QStringLiteral("2025-01-01..2025-01-31: 8 (n 10) met | "
                         "2025-02-01..2025-02-28: 9 (n 20) met | "
                         "2025-03-01..2025-03-31: 10 (n 10) met"));
    // One quarter: (80 + 180 + 100) / 40 = 9.
    CHECK(digestOf(seriesOf(workbench, "L-MET", "quarter")) ==
          QStringLiteral("2025-01-01..2025-03-31: 9 (n 40) met"));
    // H-NODATA has January only; H-MET climbs from breached to met.
    CHECK(digestOf(seriesOf(workbench, "H-NODATA")) ==
          QStringLiteral("2025-01-01..2025-01-31: 95 (n 10) met"));
    CHECK(digestOf(seriesOf(workbench, "H-MET")) ==
          QStringLiteral("2025-01-01..2025-01-31: 70 (n 10) breached | "
                         "2025-02-01..2025-02-28: 85 (n 10) at_risk | "
                         "2025-03-01..2025-03-31: 90 (n 10) met"));
    // Every row carries the scorecard's columns, met_last_12 counting up.
    const QJsonArray rows = seriesOf(workbench, "L-MET");
    REQUIRE(rows.size() == 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        for (const QString &key : kContractKeys)
            CHECK(row.contains(key));
        CHECK(textOf(row, "code") == QStringLiteral("L-MET"));
        CHECK(row.value(QStringLiteral("met_last_12")).toDouble() == double(i + 1));
    }

    const Result csv = cli("series", workbench, "--standard", "L-MET", "--format", "csv");
    CHECK(csv.exitCode == 0);
    const QByteArrayList lines = linesOf(csv.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith("code,title,service,dimension,department,period_start,"
                                 "period_end,value,n,target,threshold,status,trend,met_last_12"));
    CHECK(lines.at(1).startsWith("L-MET,Application turnaround met,APP,timeliness,OPS,2025-01-01,"
                                 "2025-01-31,8,10,10,15,met,"));
    CHECK(lines.at(3).startsWith("L-MET,Application turnaround met,APP,timeliness,OPS,2025-03-01,"
                                 "2025-03-31,10,10,10,15,met,too_few_periods,3"));
}

TEST_CASE("series of an unknown standard is bad input", "[cli][series]")
{
    const Result r = cli("series", measuredWorkbench(), "--standard", "NOPE-1");
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("NOPE-1"));
}

namespace {

// Two turnaround standards on the inquiries, lower is better, one counting
// calendar days (target 5, threshold 8), one business days (target 4,
// threshold 5), and one on card replacement. The 15th column, day_basis, is
// one the catalogue export adds and the import reads.
const QByteArray kCaseCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from,day_basis\n"
    "INQ-T-01,Inquiry answered (calendar days),INQ,Timeliness,turnaround_days,mean,lower,5,8,"
    "days,OPS,,Charter,2024-01-01,calendar\n"
    "INQ-B-01,Inquiry answered (business days),INQ,Timeliness,turnaround_days,mean,lower,4,5,"
    "days,OPS,,Charter,2024-01-01,business\n"
    "CRD-T-01,Card replaced,CRD,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,,Charter,"
    "2024-01-01,calendar\n"
    "INQ-R-01,Inquiries right first time,INQ,Accuracy,right_first_time_pct,mean,higher,90,60,%,"
    "OPS,,Charter,2024-01-01,calendar\n";

// Dates only; business days count (received, completed], weekdays less
// holidays. A case counts in the month it was completed.
//            received       completed      calendar  business
//   INQ-1    Mon 03-03      Thu 03-06      3         3 (Tue Wed Thu)
//   INQ-2    Mon 03-10      Mon 03-17      7         5 (Tue..Fri, Mon)
//   INQ-3    Sat 03-22      Mon 03-24      2         1 (Mon)
//   INQ-4    Fri 03-28      Thu 04-03      6         4 (Mon Tue Wed Thu)
//   INQ-5    Wed 04-02      Thu 04-10      8         6 (Thu Fri Mon..Thu)
//   INQ-6    Mon 04-07      (open)
// March: calendar 12 / 3 = 4 (met), business 9 / 3 = 3 (met).
// April: calendar 14 / 2 = 7 (at risk), business 10 / 2 = 5 (= threshold:
// at risk). A holiday on Thursday 04-03 takes a day off INQ-4 and INQ-5:
// business 8 / 2 = 4 (= target: met).
// Right first time (INQ-R-01, higher is better, target 90, threshold 60):
// March yes, no, yes = 66.6667% (at risk); April yes, yes = 100% (met).
// The card cases carry times, so turnaround is elapsed hours / 24, offsets
// honoured, and a case belongs to the month of the date its source wrote:
//   CRD-1  09:00 to 21:00 the next day                  1.5 days   March
//   CRD-2  09:00+01:00 (08:00Z) to 20:00Z                0.5        March
//   CRD-3  11:30 to 23:30 on 31 Jan at -05:00 (Feb in UTC) 0.5      January
//   CRD-4  22:00Z on 31 Jan to 04:00+02:00 (02:00Z)      4 h = 1/6  February
//   CRD-5  date-only 30 Jan to 12:00 on 31 Jan: whole days, 1       January
// January (0.5 + 1) / 2 = 0.75, February 0.166667, March (1.5 + 0.5) / 2 = 1.
const QByteArray kCases =
    "service,case_id,received,completed,right_first_time,department,key_customer\n"
    "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
    "INQ,INQ-2,2025-03-10,2025-03-17,no,OPS,no\n"
    "INQ,INQ-3,2025-03-22,2025-03-24,yes,OPS,yes\n"
    "INQ,INQ-4,2025-03-28,2025-04-03,yes,OPS,no\n"
    "INQ,INQ-5,2025-04-02,2025-04-10,yes,OPS,no\n"
    "INQ,INQ-6,2025-04-07,,,OPS,no\n"
    "CRD,CRD-1,2025-03-03T09:00:00,2025-03-04T21:00:00,yes,OPS,no\n"
    "CRD,CRD-2,2025-03-03T09:00:00+01:00,2025-03-03T20:00:00Z,yes,OPS,no\n"
    "CRD,CRD-3,2025-01-31T11:30:00-05:00,2025-01-31T23:30:00-05:00,yes,OPS,no\n"
    "CRD,CRD-4,2025-01-31T22:00:00Z,2025-02-01T04:00:00+02:00,yes,OPS,no\n"
    "CRD,CRD-5,2025-01-30,2025-01-31T12:00:00,yes,OPS,no\n";

const QString kCalendarSeries =
    QStringLiteral("2025-03-01..2025-03-31: 4 (n 3) met | 2025-04-01..2025-04-30: 7 (n 2) at_risk");
const QString kBusinessSeries =
    QStringLiteral("2025-03-01..2025-03-31: 3 (n 3) met | 2025-04-01..2025-04-30: 5 (n 2) at_risk");
const QString kBusinessSeriesWithHoliday =
    QStringLiteral("2025-03-01..2025-03-31: 3 (n 3) met | 2025-04-01..2025-04-30: 4 (n 2) met");

QString workbenchWithCases(const QTemporaryDir &dir)
{
    const QString workbench = workbenchWithCatalogue(dir, kCaseCatalogue);
    const Result r = cli("import", "cases", workbench, writeDataFile(dir, "cases.csv", kCases));
    REQUIRE(r.exitCode == 0);
    return workbench;
}

} // namespace

TEST_CASE("series computes a standard without measurements from its service's cases",
          "[cli][series]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    const QJsonArray calendar = seriesOf(workbench, "INQ-T-01");
    CHECK(digestOf(calendar) == kCalendarSeries);
    for (const QJsonValue &row : calendar)
        CHECK(textOf(row.toObject(), "source") == QStringLiteral("cases"));
    CHECK(digestOf(seriesOf(workbench, "INQ-B-01")) == kBusinessSeries);
    CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
          QStringLiteral("2025-01-01..2025-01-31: 0.75 (n 2) met | "
                         "2025-02-01..2025-02-28: 0.166667 (n 1) met | "
                         "2025-03-01..2025-03-31: 1 (n 2) met"));
    CHECK(digestOf(seriesOf(workbench, "INQ-R-01")) ==
          QStringLiteral("2025-03-01..2025-03-31: 66.6667 (n 3) at_risk | "
                         "2025-04-01..2025-04-30: 100 (n 2) met"));

    // The latest case was completed on 2025-04-10, so April is not complete
    // and the scorecard shows March.
    const Result scorecard = cli("scorecard", workbench, "--format", "json");
    REQUIRE(scorecard.exitCode == 0);
    CHECK(digestOf(objectWithCode(jsonArrayOf(scorecard.out), "INQ-T-01")) ==
          QStringLiteral("2025-03-01..2025-03-31: 4 (n 3) met"));
}

TEST_CASE("series --department computes from that department's cases", "[cli][series]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    // Every inquiry case names OPS, so its own record is the whole record.
    const Result own = cli("series", workbench, "--standard", "INQ-T-01", "--department", "ops",
                           "--format", "json");
    REQUIRE(own.exitCode == 0);
    CHECK(digestOf(jsonArrayOf(own.out)) == kCalendarSeries);
    const Result unknown =
        cli("series", workbench, "--standard", "INQ-T-01", "--department", "NOPE");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("NOPE"));
}

TEST_CASE("scorecard computes percentiles and within-N shares from cases", "[cli][scorecard]")
{
    QTemporaryDir dir;
    // "Card replacement" and "Card Operations" are names, so the import
    // makes the codes CR and CO from their initials.
    const QString workbench = workbenchWithCatalogue(
        dir,
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "CR-P90,Card replaced (90th percentile),Card replacement,Timeliness,turnaround_days,p90,"
        "lower,5,8,days,Card Operations,,x,2024-01-01\n"
        "CR-W5,Card replaced within 5 days,Card replacement,Timeliness,turnaround_days,within:5,"
        "higher,90,75,%,Card Operations,,x,2024-01-01\n");
    // Turnarounds of 1, 2, 5 and 10 days, the service named by name or code
    // in any case. 90th percentile (type 7): rank (4 - 1) * 0.9 = 2.7
    // between 5 and 10: 5 + 0.7 * 5 = 8.5, worse than the threshold 8:
    // breached. Within 5 days (at most 5): 3 of 4 = 75%, the threshold: at
    // risk.
    const Result imported =
        cli("import", "cases", workbench,
            writeDataFile(dir, "cards.csv",
                          "service,case_id,received,completed,department\n"
                          "Card replacement,1,2025-03-03,2025-03-04,Card Operations\n"
                          "CR,2,2025-03-03,2025-03-05,CO\n"
                          "card replacement,3,2025-03-03,2025-03-08,co\n"
                          "CR,4,2025-03-03,2025-03-13,CO\n"));
    REQUIRE(imported.exitCode == 0);
    const Result r = cli("scorecard", workbench, "--format", "json");
    REQUIRE(r.exitCode == 0);
    const QJsonArray rows = jsonArrayOf(r.out);
    CHECK(digestByCode(rows) ==
          QStringLiteral("CR-P90: 2025-03-01..2025-03-31: 8.5 (n 4) breached | "
                         "CR-W5: 2025-03-01..2025-03-31: 75 (n 4) at_risk"));
    CHECK(textOf(objectWithCode(rows, "CR-P90"), "service") == QStringLiteral("CR"));
    CHECK(textOf(objectWithCode(rows, "CR-P90"), "department") == QStringLiteral("CO"));
}

TEST_CASE("holidays are added, renamed, removed and listed as CSV", "[cli][holidays]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const Result none = cli("holidays", workbench);
    CHECK(none.exitCode == 0);
    CHECK(none.err.isEmpty());
    CHECK(none.out == "day,name\n");

    const Result added =
        cli("holidays", workbench, "--add", "2025-12-25=Christmas Day", "--add", "2025-04-03");
    CHECK(added.exitCode == 0);
    CHECK(added.out == "day,name\n2025-04-03,\n2025-12-25,Christmas Day\n");
    CHECK(cli("holidays", workbench).out == added.out);

    const Result renamed = cli("holidays", workbench, "--add", "2025-04-03=Founders Day");
    CHECK(renamed.exitCode == 0);
    CHECK(renamed.out == "day,name\n2025-04-03,Founders Day\n2025-12-25,Christmas Day\n");

    const Result both =
        cli("holidays", workbench, "--remove", "2025-12-25", "--add", "2026-01-01=New Year");
    CHECK(both.exitCode == 0);
    CHECK(both.out == "day,name\n2025-04-03,Founders Day\n2026-01-01,New Year\n");

    const QByteArray before = readFile(workbench);
    for (const char *bad : {"--add", "--remove"}) {
        const Result r = cli("holidays", workbench, bad, "25/12/2025");
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("25/12/2025"));
    }
    CHECK(cli("holidays").exitCode == 2);
    CHECK(readFile(workbench) == before);
    CHECK(cli("holidays", dir.filePath(QStringLiteral("missing.yardstick"))).exitCode == 1);
}

TEST_CASE("a business-day standard's series changes when a holiday is added", "[cli][holidays]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    REQUIRE(digestOf(seriesOf(workbench, "INQ-B-01")) == kBusinessSeries);

    // A Saturday is no business day anyway: nothing changes.
    REQUIRE(cli("holidays", workbench, "--add", "2025-04-05=Saturday").exitCode == 0);
    CHECK(digestOf(seriesOf(workbench, "INQ-B-01")) == kBusinessSeries);

    // Thursday 3 April: one business day fewer for INQ-4 and INQ-5.
    const Result added = cli("holidays", workbench, "--add", "2025-04-03=Founders Day");
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("2025-04-03,Founders Day\n"));
    CHECK(digestOf(seriesOf(workbench, "INQ-B-01")) == kBusinessSeriesWithHoliday);
    // Calendar days do not care.
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) == kCalendarSeries);
    const Result scorecard = cli("scorecard", workbench, "--format", "json", "--at", "2025-04-15");
    REQUIRE(scorecard.exitCode == 0);
    CHECK(digestOf(objectWithCode(jsonArrayOf(scorecard.out), "INQ-B-01")) ==
          QStringLiteral("2025-04-01..2025-04-30: 4 (n 2) met"));

    REQUIRE(cli("holidays", workbench, "--remove", "2025-04-03").exitCode == 0);
    CHECK(digestOf(seriesOf(workbench, "INQ-B-01")) == kBusinessSeries);
}
