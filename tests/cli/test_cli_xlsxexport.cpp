// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of --format xlsx --out FILE.xlsx on scorecard, series,
// standards, letters, servqual and audits: each workbook is read back cell by
// cell (support/xlsxcells) and held against the CSV of the same command and
// against values worked out by hand.
#include "clisupport.h"
#include "support/xlsxcells.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using namespace CliTest;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

// Two standards owned by two departments: one in percent, one in days.
const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n"
    "L-TAT,Application turnaround,APP,Timeliness,turnaround_days,mean,lower,10,15,days,OPS,,"
    "Charter,2024-01-01\n"
    "H-ACC,=SUM(1;2) card accuracy,CRD,Accuracy,audit_score,mean,higher,99,97,%,"
    "Quality Assurance,,Audit plan,2024-01-01\n";

// March 2025 is the latest complete month: L-TAT 12 days (n 1,500), H-ACC
// 98.5 % (n 20); H-ACC was 96 % in February.
const QByteArray kMeasurements = "standard,period_start,period_end,value,sample_size\n"
                                 "L-TAT,2025-03-01,2025-03-31,12,1500\n"
                                 "H-ACC,2025-02-01,2025-02-28,96,20\n"
                                 "H-ACC,2025-03-01,2025-03-31,98.5,20\n";

QString measuredWorkbench(const QTemporaryDir &dir)
{
    const QString work = workbenchWithCatalogue(dir, kCatalogue);
    const Result r =
        cli("import", "measurements", work, writeDataFile(dir, "measurements.csv", kMeasurements));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return work;
}

// Runs the command with --format xlsx --out FILE and reads the workbook.
template<typename... Arguments>
QList<XlsxReadSheet> workbookOf(const QTemporaryDir &dir, const Arguments &...arguments)
{
    const QString out = dir.filePath(u"out.xlsx"_s);
    QFile::remove(out);
    const Result r = cli(arguments..., "--format", "xlsx", "--out", out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    const QList<XlsxReadSheet> sheets = readXlsxSheets(out);
    REQUIRE_FALSE(sheets.isEmpty());
    return sheets;
}

// The header row of a sheet, cell by cell until the first empty one.
QStringList headerOf(const XlsxReadSheet &sheet)
{
    QStringList header;
    for (char column = 'A'; column <= 'Z'; ++column) {
        const XlsxReadCell cell = sheet.cell(QChar::fromLatin1(column) + u"1"_s);
        if (cell.value.isEmpty())
            break;
        CHECK(cell.isString());
        CHECK(cell.bold);
        header.append(cell.value);
    }
    return header;
}

// The first line of the same command's CSV, as column names.
template<typename... Arguments>
QStringList csvHeaderOf(const Arguments &...arguments)
{
    const Result r = cli(arguments..., "--format", "csv");
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(linesOf(r.out).constFirst()).split(u',');
}

// The row (2, 3…) whose column A holds text.
int rowWith(const XlsxReadSheet &sheet, const QString &text)
{
    for (int row = 2; row < 1000; ++row) {
        const XlsxReadCell cell = sheet.cell(u"A"_s + QString::number(row));
        if (cell.value == text)
            return row;
        if (cell.value.isEmpty())
            break;
    }
    FAIL("no row with " << text.toStdString());
    return 0;
}

QString at(const char *column, int row)
{
    return QString::fromLatin1(column) + QString::number(row);
}

} // namespace

TEST_CASE("scorecard --format xlsx writes typed cells under the CSV's columns", "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = measuredWorkbench(dir);
    const QList<XlsxReadSheet> sheets = workbookOf(dir, "scorecard", work);
    REQUIRE(sheets.size() == 1);
    const XlsxReadSheet &s = sheets.constFirst();
    CHECK(s.name == u"Scorecard"_s);
    CHECK(headerOf(s) == csvHeaderOf("scorecard", work));
    CHECK(s.frozenRows == 1);
    CHECK(s.autoFilter == u"A1:T3"_s); // 20 columns, two standards

    // Columns: A code, B title, F period_start, H value, I n, J target, L status.
    const int acc = rowWith(s, u"H-ACC"_s);
    CHECK(s.cell(at("B", acc)).isString());
    CHECK_FALSE(s.cell(at("B", acc)).formula);
    CHECK(s.cell(at("B", acc)).value == u"=SUM(1;2) card accuracy"_s);
    // 1 March 2025 is Excel serial 45717.
    CHECK(s.cell(at("F", acc)).isNumber());
    CHECK(s.cell(at("F", acc)).value.toDouble() == 45717);
    CHECK(s.cell(at("F", acc)).numberFormat == u"yyyy-mm-dd"_s);
    CHECK(s.cell(at("G", acc)).value.toDouble() == 45747); // 31 March
    // 98.5 % as the fraction 0.985, target 99 % as 0.99, in a percent format.
    CHECK(s.cell(at("H", acc)).value.toDouble() == Approx(0.985));
    CHECK(s.cell(at("H", acc)).numberFormat == u"0.0%"_s);
    CHECK(s.cell(at("J", acc)).value.toDouble() == Approx(0.99));
    CHECK(s.cell(at("I", acc)).value.toDouble() == 20);
    CHECK(s.cell(at("L", acc)).value == u"at_risk"_s);

    const int tat = rowWith(s, u"L-TAT"_s);
    CHECK(s.cell(at("H", tat)).value.toDouble() == 12);
    CHECK(s.cell(at("H", tat)).numberFormat == u"#,##0.0##"_s); // 12 days reads 12.0
    CHECK(s.cell(at("I", tat)).value.toDouble() == 1500);
    CHECK(s.cell(at("I", tat)).numberFormat == u"#,##0"_s);
}

TEST_CASE("the scorecard workbook has the CSV's threshold and status columns, typed",
          "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = measuredWorkbench(dir);
    const XlsxReadSheet s = workbookOf(dir, "scorecard", work).constFirst();
    // The CSV says where threshold, status, trend, met_last_12 and
    // trend_change are; the workbook has them in the same places.
    const QStringList csv = csvHeaderOf("scorecard", work);
    REQUIRE(csv.indexOf(u"threshold"_s) == 10);    // K
    REQUIRE(csv.indexOf(u"status"_s) == 11);       // L
    REQUIRE(csv.indexOf(u"trend"_s) == 12);        // M
    REQUIRE(csv.indexOf(u"met_last_12"_s) == 13);  // N
    REQUIRE(csv.indexOf(u"trend_change"_s) == 17); // R
    CHECK(s.cell(u"K1"_s).value == u"threshold"_s);
    CHECK(s.cell(u"L1"_s).value == u"status"_s);

    // H-ACC, higher is better, target 99 %, threshold 97 %: March's 98.5 %
    // is between them, at risk; February's 96 % was below the threshold, so
    // neither of its two months met the target. The threshold as the
    // fraction 0.97 in a percent format; the change from 96 % to 98.5 %
    // (two points, so the fitted line runs through both) is 2.5 points,
    // shown as 2.5% like the values it compares.
    const int acc = rowWith(s, u"H-ACC"_s);
    CHECK(s.cell(at("K", acc)).isNumber());
    CHECK(s.cell(at("K", acc)).value.toDouble() == Approx(0.97));
    CHECK(s.cell(at("K", acc)).numberFormat == u"0.0%"_s);
    CHECK(s.cell(at("L", acc)).isString());
    CHECK(s.cell(at("L", acc)).value == u"at_risk"_s);
    CHECK(s.cell(at("N", acc)).isNumber());
    CHECK(s.cell(at("N", acc)).value.toDouble() == 0);
    CHECK(s.cell(at("R", acc)).isNumber());
    CHECK(s.cell(at("R", acc)).value.toDouble() == Approx(0.025));
    CHECK(s.cell(at("R", acc)).numberFormat == u"0.0%"_s);

    // L-TAT, lower is better, target 10 days, threshold 15: March's 12 days
    // is at risk; the threshold a plain number of days; one month only, so
    // no change to fit.
    const int tat = rowWith(s, u"L-TAT"_s);
    CHECK(s.cell(at("K", tat)).isNumber());
    CHECK(s.cell(at("K", tat)).value.toDouble() == 15);
    CHECK(s.cell(at("K", tat)).numberFormat == u"#,##0.0##"_s);
    CHECK(s.cell(at("L", tat)).value == u"at_risk"_s);
    CHECK(s.cell(at("R", tat)).value.isEmpty());

    // The CSV keeps the points as written: 2.5, not 0.025.
    const Result r = cli("scorecard", work, "--format", "csv");
    int found = 0;
    for (const QByteArray &line : linesOf(r.out)) {
        if (line.startsWith("H-ACC,")) {
            ++found;
            const QList<QByteArray> fields = line.split(',');
            REQUIRE(fields.size() >= 18);
            CHECK(fields.at(10).toDouble() == 97);
            CHECK(fields.at(17).toDouble() == Approx(2.5));
        }
    }
    CHECK(found == 1);
}

TEST_CASE("scorecard --sheet-per-department adds a sheet for each department's standards",
          "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = measuredWorkbench(dir);
    const QList<XlsxReadSheet> sheets =
        workbookOf(dir, "scorecard", work, "--sheet-per-department");
    QStringList names;
    for (const XlsxReadSheet &s : sheets)
        names.append(s.name);
    REQUIRE(names.size() == 3);
    CHECK(names.constFirst() == u"Scorecard"_s);
    CHECK(names.contains(u"Quality Assurance"_s));
    for (const XlsxReadSheet &s : sheets.mid(1)) {
        // One standard each: the header and one row.
        CHECK(s.autoFilter == u"A1:T2"_s);
        CHECK(s.cell(u"A2"_s).value ==
              (s.name == u"Quality Assurance"_s ? u"H-ACC"_s : u"L-TAT"_s));
    }

    const Result help = cli("scorecard", "--help");
    CHECK(help.out.contains("--sheet-per-department"));
    const Result csv = cli("scorecard", work, "--format", "csv", "--sheet-per-department");
    CHECK(csv.exitCode == 2);
}

TEST_CASE("xlsx format without --out is a usage error", "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    for (const char *command : {"scorecard", "standards", "letters", "servqual", "audits"}) {
        INFO(command);
        const Result r = cli(command, work, "--format", "xlsx");
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("--out FILE.xlsx"));
    }
    const Result series = cli("series", work, "--standard", "X", "--format", "xlsx");
    CHECK(series.exitCode == 2);
    CHECK(series.err.contains("--out FILE.xlsx"));
    // And --out is only for a workbook: CSV still goes to standard output.
    const Result csvOut =
        cli("standards", work, "--format", "csv", "--out", dir.filePath(u"x.csv"_s));
    CHECK(csvOut.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.csv"_s)));
}

TEST_CASE("series --format xlsx gives one sheet named after the standard", "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = measuredWorkbench(dir);
    const QList<XlsxReadSheet> sheets = workbookOf(dir, "series", work, "--standard", "H-ACC");
    REQUIRE(sheets.size() == 1);
    const XlsxReadSheet &s = sheets.constFirst();
    CHECK(s.name == u"H-ACC"_s);
    CHECK(headerOf(s) == csvHeaderOf("series", work, "--standard", "H-ACC"));
    // February then March: 96 % and 98.5 %, from 1 February (serial 45689).
    CHECK(s.cell(u"F2"_s).value.toDouble() == 45689);
    CHECK(s.cell(u"H2"_s).value.toDouble() == Approx(0.96));
    CHECK(s.cell(u"H3"_s).value.toDouble() == Approx(0.985));
    CHECK(s.cell(u"H3"_s).numberFormat == u"0.0%"_s);
}

TEST_CASE("standards --format xlsx keeps targets as the numbers the import reads",
          "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = measuredWorkbench(dir);
    const XlsxReadSheet s = workbookOf(dir, "standards", work).constFirst();
    CHECK(s.name == u"Standards"_s);
    CHECK(headerOf(s) == csvHeaderOf("standards", work));
    // Columns: H target, N effective_from. Sorted by code: H-ACC, L-TAT.
    CHECK(s.cell(u"A2"_s).value == u"H-ACC"_s);
    CHECK(s.cell(u"H2"_s).isNumber());
    CHECK(s.cell(u"H2"_s).value.toDouble() == 99);
    // 1 January 2024 is serial 45292 (45717 − 425 days).
    CHECK(s.cell(u"N2"_s).value.toDouble() == 45292);
    CHECK(s.cell(u"N2"_s).numberFormat == u"yyyy-mm-dd"_s);

    // The workbook imports back into a new workbench as the same catalogue.
    QTemporaryDir other;
    const QString copy = emptyWorkbench(other);
    const Result imported = cli("import", "standards", copy, dir.filePath(u"out.xlsx"_s));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(cli("standards", copy, "--format", "csv").out ==
          cli("standards", work, "--format", "csv").out);
}

TEST_CASE("letters --format xlsx keeps a letter's text as text and its times as dates",
          "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString letters =
        writeDataFile(dir, "letters.csv",
                      "id,received,channel,customer_ref,key_customer,text\n"
                      "L-1,2026-05-02 09:30,phone,CM-2,no,\"=HYPERLINK(\"\"http://x\"\")\"\n");
    REQUIRE(cli("import", "letters", work, letters).exitCode == 0);
    const XlsxReadSheet s = workbookOf(dir, "letters", work).constFirst();
    CHECK(s.name == u"Letters"_s);
    const QStringList header = headerOf(s);
    CHECK(header == csvHeaderOf("letters", work));
    const auto cell = [&](const char *column) {
        const qsizetype index = header.indexOf(QString::fromLatin1(column));
        REQUIRE(index >= 0);
        return s.cell(QChar(char16_t(u'A' + index)) + u"2"_s);
    };
    CHECK(cell("text").isString());
    CHECK_FALSE(cell("text").formula);
    CHECK(cell("text").value == u"=HYPERLINK(\"http://x\")"_s);
    // The received time as the CSV gives it (UTC), as an Excel serial: days
    // since 1899-12-30 plus the fraction of the day.
    const QByteArray csv = cli("letters", work, "--format", "json").out;
    const QString received = jsonArrayOf(csv).at(0).toObject().value(u"received"_s).toString();
    const QDateTime moment = QDateTime::fromString(received, Qt::ISODate).toUTC();
    REQUIRE(moment.isValid());
    const double serial = double(QDate(1899, 12, 30).daysTo(moment.date())) +
                          moment.time().msecsSinceStartOfDay() / 86400000.0;
    CHECK(cell("received").isNumber());
    CHECK(cell("received").value.toDouble() == Approx(serial).epsilon(1e-12));
    CHECK(cell("received").numberFormat == u"yyyy-mm-dd hh:mm"_s);
    CHECK(cell("masked_card_numbers").value.toDouble() == 0);
}

TEST_CASE("servqual --format xlsx writes the gap table with weights as percentages",
          "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    // Reliability's gap per respondent: R1 ((5−7) + (6−6)) / 2 = −1,
    // R2 ((5−6) + (4−5)) / 2 = −1, R3 ((7−7) + (5−7)) / 2 = −1; mean −1.
    const QString answers = writeDataFile(dir, "answers.csv",
                                          "respondent,item,dimension,expectation,perception\n"
                                          "R1,REL1,reliability,7,5\n"
                                          "R1,REL2,reliability,6,6\n"
                                          "R2,REL1,reliability,6,5\n"
                                          "R2,REL2,reliability,5,4\n"
                                          "R3,REL1,reliability,7,7\n"
                                          "R3,REL2,reliability,7,5\n");
    REQUIRE(cli("import", "survey", work, answers, "--wave", "2026-Q2").exitCode == 0);
    const XlsxReadSheet s = workbookOf(dir, "servqual", work).constFirst();
    CHECK(s.name == u"SERVQUAL 2026-Q2"_s);
    CHECK(headerOf(s) == csvHeaderOf("servqual", work));
    // Columns: A kind, C name, E n, H gap, L weight.
    const int row = rowWith(s, u"dimension"_s);
    CHECK(s.cell(at("C", row)).value == u"reliability"_s);
    CHECK(s.cell(at("E", row)).value.toDouble() == 3);
    CHECK(s.cell(at("H", row)).value.toDouble() == Approx(-1));
    // The only dimension carries the whole weight: 100 %.
    CHECK(s.cell(at("L", row)).value.toDouble() == Approx(1));
    CHECK(s.cell(at("L", row)).numberFormat == u"0.0%"_s);
}

TEST_CASE("audits --format xlsx writes scores as percentages", "[cli][xlsxexport]")
{
    QTemporaryDir dir;
    // A new workbench has no checklist: the sheet holds the header alone.
    const QString empty = emptyWorkbench(dir);
    const XlsxReadSheet none = workbookOf(dir, "audits", empty).constFirst();
    CHECK(none.name == u"Audits"_s);
    CHECK(headerOf(none) == csvHeaderOf("audits", empty));
    CHECK(none.autoFilter == u"A1:K1"_s);

    // The demo's audits: the first CSV score row against the first sheet row.
    const QString demo = dir.filePath(u"demo.yardstick"_s);
    REQUIRE(cli("init", "--demo", demo).exitCode == 0);
    const XlsxReadSheet s = workbookOf(dir, "audits", demo).constFirst();
    const QList<QByteArray> first =
        linesOf(cli("audits", demo, "--format", "csv").out).at(1).split(',');
    CHECK(s.cell(u"B2"_s).value == QString::fromUtf8(first.at(1)));
    CHECK(s.cell(u"F2"_s).value.toDouble() == first.at(5).toDouble());
    CHECK(s.cell(u"F2"_s).numberFormat == u"#,##0"_s);
    // The CSV's 74.2… percent is the fraction 0.742… in the workbook.
    CHECK(s.cell(u"G2"_s).value.toDouble() == Approx(first.at(6).toDouble() / 100));
    CHECK(s.cell(u"G2"_s).numberFormat == u"0.0%"_s);
}
