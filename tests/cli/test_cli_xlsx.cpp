// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli import" with Excel workbooks: the same
// imports as from CSV, the sheet chosen with --sheet, rejections located as
// file.xlsx[Sheet]:ROW.
#include "clisupport.h"
#include "support/xlsxwriting.h"

#include <QTemporaryDir>

using namespace CliTest;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n"
    "INQ-T-01,Inquiry answered,INQ,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
    "customer_expectation,Service charter,2024-01-01\n"
    "AUD-01,Card file audit,INQ,Accuracy,audit_score,mean,higher,90,80,%,OPS,,"
    "Audit plan,2024-01-01\n";

// Style 1 is the built-in short date (numFmtId 14).
QString dateCell(const QString &reference, int serial)
{
    return numberCell(reference, QString::number(serial), 1);
}

QString summaryOf(const Result &r)
{
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    return QString::fromUtf8(lines.constLast());
}

} // namespace

TEST_CASE("import cases reads the sheet --sheet names from an .xlsx into an init workbench",
          "[cli][import][xlsx]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCatalogue(dir, kCatalogue);

    // The six inquiries of the CSV import tests, as a spreadsheet holds them:
    // real date cells (serial 45717 is 1 March 2025), one received date
    // typed as text, booleans as TRUE/FALSE cells or words, missing cells.
    //   March: INQ-1 3 days, INQ-2 7, INQ-3 2   -> 12 / 3 = 4 (n 3), met
    //   April: INQ-4 6 days (received in March), INQ-5 8 -> 14 / 2 = 7 (n 2), at risk
    const QString b = u"<c r=\"%1\" t=\"b\"><v>%2</v></c>"_s;
    XlsxTestWorkbook book;
    book.cellStyles = {0, 14};
    book.sheets = {
        xlsxSheet(u"Read me"_s, textRow(1, {u"Exported 2025-04-30"_s})),
        xlsxSheet(u"Inquiries"_s,
                  textRow(1, {u"service"_s, u"case_id"_s, u"received"_s, u"completed"_s,
                              u"right_first_time"_s, u"department"_s, u"key_customer"_s}) +
                      xlsxRow(2, {inlineCell(u"A2"_s, u"INQ"_s), inlineCell(u"B2"_s, u"INQ-1"_s),
                                  dateCell(u"C2"_s, 45719), dateCell(u"D2"_s, 45722),
                                  b.arg(u"E2"_s, u"1"_s), inlineCell(u"F2"_s, u"OPS"_s),
                                  b.arg(u"G2"_s, u"0"_s)}) +
                      xlsxRow(3, {inlineCell(u"A3"_s, u"INQ"_s), inlineCell(u"B3"_s, u"INQ-2"_s),
                                  dateCell(u"C3"_s, 45726), dateCell(u"D3"_s, 45733),
                                  inlineCell(u"E3"_s, u"no"_s), inlineCell(u"F3"_s, u"OPS"_s)}) +
                      // A blank row between, as analysts leave them.
                      xlsxRow(5, {inlineCell(u"A5"_s, u"INQ"_s), inlineCell(u"B5"_s, u"INQ-3"_s),
                                  inlineCell(u"C5"_s, u"2025-03-22"_s), dateCell(u"D5"_s, 45740),
                                  inlineCell(u"E5"_s, u"Y"_s), inlineCell(u"F5"_s, u"OPS"_s),
                                  b.arg(u"G5"_s, u"1"_s)}) +
                      xlsxRow(6, {inlineCell(u"A6"_s, u"INQ"_s), inlineCell(u"B6"_s, u"INQ-4"_s),
                                  dateCell(u"C6"_s, 45744), dateCell(u"D6"_s, 45750),
                                  numberCell(u"E6"_s, u"1"_s), inlineCell(u"F6"_s, u"OPS"_s)}) +
                      xlsxRow(7, {inlineCell(u"A7"_s, u"INQ"_s), inlineCell(u"B7"_s, u"INQ-5"_s),
                                  dateCell(u"C7"_s, 45749), dateCell(u"D7"_s, 45757),
                                  b.arg(u"E7"_s, u"1"_s)}) +
                      xlsxRow(8, {inlineCell(u"A8"_s, u"INQ"_s), inlineCell(u"B8"_s, u"INQ-6"_s),
                                  dateCell(u"C8"_s, 45754)})),
    };
    const QString xlsx = dir.filePath(u"cases.xlsx"_s);
    writeXlsx(xlsx, book);

    SECTION("the named sheet")
    {
        const Result r = cli("import", "cases", workbench, xlsx, "--sheet", "Inquiries");
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(summaryOf(r) ==
              u"cases.xlsx[Inquiries]: 6 rows read, 6 imported, 0 updated, 0 skipped as "
              "duplicates, 0 rejected"_s);
        CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
              u"2025-03-01..2025-03-31: 4 (n 3) met | 2025-04-01..2025-04-30: 7 (n 2) at_risk"_s);
    }
    SECTION("the first sheet by default, which lacks the columns")
    {
        const Result r = cli("import", "cases", workbench, xlsx);
        CHECK(r.exitCode == 1);
        CHECK(linesOf(r.err).constFirst() ==
              "cases.xlsx[Read me]:1: service: no column for service: name a column \"service\" or "
              "map one to it (--map service=COLUMN)");
    }
    SECTION("a sheet the workbook does not have")
    {
        const Result r = cli("import", "cases", workbench, xlsx, "--sheet", "2024");
        CHECK(r.exitCode == 1);
        CHECK(linesOf(r.err) ==
              QByteArrayList{"cases.xlsx:0: sheet: the workbook has no sheet \"2024\"; its "
                             "sheets are \"Read me\", \"Inquiries\""});
    }
}

TEST_CASE("import cases from an .xlsx reports a bad row as file.xlsx[Sheet]:ROW",
          "[cli][import][xlsx]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCatalogue(dir, kCatalogue);
    XlsxTestWorkbook book;
    book.cellStyles = {0, 14};
    book.sheets = {xlsxSheet(
        u"Sheet1"_s, textRow(1, {u"service"_s, u"case_id"_s, u"received"_s}) +
                         xlsxRow(2, {inlineCell(u"A2"_s, u"INQ"_s), inlineCell(u"B2"_s, u"A-1"_s),
                                     dateCell(u"C2"_s, 45719)}) +
                         textRow(3, {u"INQ"_s, u"A-2"_s, u"2025-02-30"_s}))};
    const QString xlsx = dir.filePath(u"cases.xlsx"_s);
    writeXlsx(xlsx, book);
    const Result r = cli("import", "cases", workbench, xlsx, "--map", "completed=none");
    CHECK(r.exitCode == 1);
    CHECK(linesOf(r.err) ==
          QByteArrayList{"cases.xlsx[Sheet1]:3: received: cannot read \"2025-02-30\" as a date "
                         "(ISO)"});
}

TEST_CASE("import measurements reads an .xlsx with date cells", "[cli][import][xlsx]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCatalogue(dir, kCatalogue);
    // AUD-01 (higher is better, target 90, threshold 80): January 88 at
    // risk, February 92 met. 45658 is 1 January 2025.
    XlsxTestWorkbook book;
    book.cellStyles = {0, 14};
    book.sheets = {xlsxSheet(
        u"Audits"_s, textRow(1, {u"standard"_s, u"period_start"_s, u"period_end"_s, u"value"_s,
                                 u"sample_size"_s}) +
                         xlsxRow(2, {inlineCell(u"A2"_s, u"AUD-01"_s), dateCell(u"B2"_s, 45658),
                                     dateCell(u"C2"_s, 45688), numberCell(u"D2"_s, u"88"_s),
                                     numberCell(u"E2"_s, u"10"_s)}) +
                         xlsxRow(3, {inlineCell(u"A3"_s, u"AUD-01"_s), dateCell(u"B3"_s, 45689),
                                     dateCell(u"C3"_s, 45716), numberCell(u"D3"_s, u"92"_s),
                                     numberCell(u"E3"_s, u"10"_s)}))};
    const QString xlsx = dir.filePath(u"measurements.xlsx"_s);
    writeXlsx(xlsx, book);

    const Result r = cli("import", "measurements", workbench, xlsx, "--sheet", "Audits");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(summaryOf(r) ==
          u"measurements.xlsx[Audits]: 2 rows read, 2 imported, 0 updated, 0 skipped as "
          "duplicates, 0 rejected"_s);
    CHECK(digestOf(seriesOf(workbench, "AUD-01")) ==
          u"2025-01-01..2025-01-31: 88 (n 10) at_risk | 2025-02-01..2025-02-28: 92 (n 10) met"_s);

    // --sheet on a CSV file is a mistake worth saying.
    const QString csv = writeDataFile(dir, "m.csv", "standard,period_start,period_end,value\n");
    const Result onCsv = cli("import", "measurements", workbench, csv, "--sheet", "Audits");
    CHECK(onCsv.exitCode == 1);
    CHECK(
        linesOf(onCsv.err) ==
        QByteArrayList{"m.csv:0: sheet: is not an Excel workbook, so it has no sheet \"Audits\""});
}
