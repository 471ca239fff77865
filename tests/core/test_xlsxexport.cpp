// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/tablesource.h"
#include "import/xlsxworkbook.h"
#include "io/exporttable.h"
#include "io/scorecardexporter.h"
#include "io/xlsxtablewriter.h"
#include "support/xlsxcells.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

// One row of every kind, including text a spreadsheet would run as a formula.
ExportTable everyKind()
{
    using C = ExportCell;
    return {u"Mixed"_s,
            {u"text"_s, u"number"_s, u"count"_s, u"share"_s, u"day"_s, u"moment"_s, u"empty"_s},
            {{C::text(u"=HYPERLINK(\"http://x\",\"click\")"_s), C::number(3.25), C::integer(1234),
              C::percent(98.5), C::date(QDate(2025, 3, 1)),
              C::dateTime(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC)), C()},
             {C::text(u"007"_s), C::number(-0.5), C::integer(0), C::share(0.25),
              C::date(QDate(2024, 12, 31)), C::dateTime(QDateTime()), C::number(std::nullopt)}}};
}

QList<XlsxReadSheet> written(const QTemporaryDir &dir, const QList<ExportTable> &tables)
{
    const QString path = dir.filePath(u"out.xlsx"_s);
    const QString error = XlsxTableWriter::write(path, tables);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return readXlsxSheets(path);
}

} // namespace

TEST_CASE("xlsx export: numbers, counts, percentages and dates are typed cells, text is text",
          "[xlsxexport]")
{
    QTemporaryDir dir;
    const QList<XlsxReadSheet> sheets = written(dir, {everyKind()});
    REQUIRE(sheets.size() == 1);
    const XlsxReadSheet &s = sheets.constFirst();
    CHECK(s.name == u"Mixed"_s);

    // A formula-looking text is a string cell holding exactly that text.
    CHECK(s.cell(u"A2"_s).isString());
    CHECK_FALSE(s.cell(u"A2"_s).formula);
    CHECK(s.cell(u"A2"_s).value == u"=HYPERLINK(\"http://x\",\"click\")"_s);
    // Digits typed as text stay text ("007" is a code, not seven).
    CHECK(s.cell(u"A3"_s).isString());
    CHECK(s.cell(u"A3"_s).value == u"007"_s);

    CHECK(s.cell(u"B2"_s).isNumber());
    CHECK(s.cell(u"B2"_s).value.toDouble() == 3.25);
    CHECK(s.cell(u"B3"_s).value.toDouble() == -0.5);
    // Shown with one to three decimals (3.25, -0.5 as -0.5, 15 as 15.0),
    // the value itself untouched.
    CHECK(s.cell(u"B2"_s).numberFormat == u"#,##0.0##"_s);

    CHECK(s.cell(u"C2"_s).isNumber());
    CHECK(s.cell(u"C2"_s).value.toDouble() == 1234);
    CHECK(s.cell(u"C2"_s).numberFormat == u"#,##0"_s);

    // 98.5 % is stored as 0.985 and shown through a percent format.
    CHECK(s.cell(u"D2"_s).isNumber());
    CHECK(s.cell(u"D2"_s).value.toDouble() == Approx(0.985).epsilon(1e-12));
    CHECK(s.cell(u"D2"_s).numberFormat == u"0.0%"_s);
    // A share already held as a fraction is not divided again.
    CHECK(s.cell(u"D3"_s).value.toDouble() == 0.25);
    CHECK(s.cell(u"D3"_s).numberFormat == u"0.0%"_s);

    // Excel's serial for 1 March 2025 is 45717 (45,656 days after 1900-01-01,
    // plus serial 1 for that day and Excel's fictitious 29 February 1900);
    // 09:00 is .375 of a day; 31 December 2024 is 60 days earlier.
    CHECK(s.cell(u"E2"_s).isNumber());
    CHECK(s.cell(u"E2"_s).value.toDouble() == 45717);
    CHECK(s.cell(u"E2"_s).numberFormat == u"yyyy-mm-dd"_s);
    CHECK(s.cell(u"E3"_s).value.toDouble() == 45657);
    CHECK(s.cell(u"F2"_s).value.toDouble() == Approx(45717.375).epsilon(1e-12));
    CHECK(s.cell(u"F2"_s).numberFormat == u"yyyy-mm-dd hh:mm"_s);

    // Missing values leave no cell at all.
    CHECK_FALSE(s.cells.contains(u"G2"_s));
    CHECK_FALSE(s.cells.contains(u"F3"_s));
    CHECK_FALSE(s.cells.contains(u"G3"_s));
}

TEST_CASE("xlsx export: the project's xlsx reader reads the dates back as dates", "[xlsxexport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    REQUIRE(XlsxTableWriter::write(path, {everyKind()}).isEmpty());
    TableOpening opening = openTableSource(path);
    REQUIRE(opening.source);
    const std::optional<CsvRecord> header = opening.source->next();
    REQUIRE(header);
    CHECK(header->fields == everyKind().columns);
    const std::optional<CsvRecord> first = opening.source->next();
    REQUIRE(first);
    // Date-styled serials come back as ISO text, the way the case import
    // reads a date column; numbers in their shortest form.
    CHECK(first->fields.mid(0, 6) == QStringList{u"=HYPERLINK(\"http://x\",\"click\")"_s, u"3.25"_s,
                                                 u"1234"_s, u"0.985"_s, u"2025-03-01"_s,
                                                 u"2025-03-01T09:00:00"_s});
}

TEST_CASE("xlsx export: a bold header row is frozen and filtered, columns fit their content",
          "[xlsxexport]")
{
    QTemporaryDir dir;
    ExportTable table = everyKind();
    table.columns.append(u"letter"_s);
    table.rows[0].append(ExportCell::text(QString(200, u'x')));
    table.rows[1].append(ExportCell::text(u"投诉信很长"_s)); // five wide characters
    const XlsxReadSheet s = written(dir, {table}).constFirst();
    CHECK(s.cell(u"A1"_s).value == u"text"_s);
    CHECK(s.cell(u"A1"_s).bold);
    CHECK_FALSE(s.cell(u"A2"_s).bold);
    CHECK(s.frozenRows == 1);
    // Printed: landscape, one page wide, the header repeated on each page.
    CHECK(s.landscape);
    CHECK(s.fitToPage);
    CHECK(s.fitToHeight == 0);
    CHECK(s.printTitles == u"Mixed!$1:$1"_s);
    // Eight columns (A to H), the header and two rows.
    CHECK(s.autoFilter == u"A1:H3"_s);
    // The long text is capped; a date column is as wide as yyyy-mm-dd and a
    // margin; a short header gets room for its filter button.
    // (The file stores a width plus the pixel padding Excel adds: 5 pixels
    // of a 7-pixel digit, 0.71.)
    const auto stored = [&s](int column) {
        return s.columnWidths.value(column) - 5.0 / 7;
    };
    CHECK(stored(8) == Approx(XlsxTableWriter::kMaxColumnWidth).margin(0.01));
    CHECK(stored(5) == Approx(11).margin(0.01));
    CHECK(stored(7) == Approx(8).margin(0.01)); // "empty": 5 + 3
    // "=HYPERLINK("http://x","click")" is 30 characters, and a margin.
    CHECK(stored(1) == Approx(31).margin(0.01));
    // Wide characters count two: 投诉信很长 takes 10, "letter" 6 + 3.
    ExportTable wide{u"W"_s, {u"letter"_s}, {{ExportCell::text(u"投诉信很长"_s)}}};
    CHECK(XlsxTableWriter::columnWidths(wide) == QList<double>{11});
}

TEST_CASE("xlsx export: sheet names are made valid for Excel and unique", "[xlsxexport]")
{
    const QString longName = u"Customer Service Operations Department"_s; // 38 characters
    const QStringList names =
        XlsxTableWriter::sheetNames({u"Scorecard"_s, u"a/b:c*d?[e]\\f"_s, u"scorecard"_s, longName,
                                     QString(), u"'quoted'"_s, u"History"_s, longName});
    CHECK(names == QStringList{u"Scorecard"_s, u"a_b_c_d__e__f"_s, u"scorecard (2)"_s,
                               u"Customer Service Operations Dep"_s, u"Sheet"_s, u"quoted"_s,
                               u"History (2)"_s, u"Customer Service Operations (2)"_s});
    for (const QString &name : names)
        CHECK(name.size() <= 31);

    // The names reach the file, one sheet per table in order.
    QTemporaryDir dir;
    ExportTable a{u"Ops/Back office"_s, {u"x"_s}, {{ExportCell::integer(1)}}};
    ExportTable b{u"ops_back office"_s, {u"x"_s}, {{ExportCell::integer(2)}}};
    const QString path = dir.filePath(u"two.xlsx"_s);
    REQUIRE(XlsxTableWriter::write(path, {a, b}).isEmpty());
    CHECK(xlsxSheetNames(path) == QStringList{u"Ops_Back office"_s, u"ops_back office (2)"_s});
}

TEST_CASE("xlsx export: the CSV of a typed table is the text it always was", "[xlsxexport]")
{
    // Numbers in their shortest form, percentages in percent as before,
    // times in UTC, and a formula-looking text guarded with an apostrophe.
    CHECK(everyKind().toCsv() ==
          QByteArray("text,number,count,share,day,moment,empty\n"
                     "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",3.25,1234,98.5,2025-03-01,"
                     "2025-03-01T09:00:00Z,\n"
                     "007,-0.5,0,0.25,2024-12-31,,\n"));
}

TEST_CASE("xlsx export: a scorecard row in percent is a percentage, in days a number",
          "[xlsxexport]")
{
    ScorecardRow percent;
    percent.standard.code = u"ACC-1"_s;
    percent.standard.unit = u"%"_s;
    percent.current.period = {QDate(2025, 3, 1), QDate(2025, 3, 31)};
    percent.current.value = 98.5;
    percent.current.target = 99;
    percent.current.n = 1234;
    ScorecardRow days = percent;
    days.standard.code = u"TAT-1"_s;
    days.standard.unit = u"days"_s;
    days.current.value = 15;
    const ExportTable table =
        ScorecardExporter(ReferenceData(), PeriodKind::Month).table({percent, days}, u"S"_s);
    const auto column = [&table](const QString &name) {
        return table.columns.indexOf(name);
    };
    const QList<ExportCell> &p = table.rows.at(0);
    CHECK(p.at(column(u"value"_s)).kind == ExportCell::Kind::Percent);
    CHECK(p.at(column(u"value"_s)).value == Approx(0.985));
    CHECK(p.at(column(u"value"_s)).csv == u"98.5"_s);
    CHECK(p.at(column(u"target"_s)).value == Approx(0.99));
    CHECK(p.at(column(u"n"_s)).kind == ExportCell::Kind::Integer);
    CHECK(p.at(column(u"period_start"_s)).kind == ExportCell::Kind::Date);
    CHECK(p.at(column(u"period_end"_s)).csv == u"2025-03-31"_s);
    const QList<ExportCell> &d = table.rows.at(1);
    CHECK(d.at(column(u"value"_s)).kind == ExportCell::Kind::Number);
    CHECK(d.at(column(u"value"_s)).value == 15);
}

TEST_CASE("xlsx export: a workbook that cannot be written says why and leaves nothing",
          "[xlsxexport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/folder/out.xlsx"_s);
    const QString error = XlsxTableWriter::write(path, {everyKind()});
    CHECK(error.contains(path));
    CHECK_FALSE(QFile::exists(path));
    // A failed write in an existing folder leaves no partial file behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("xlsx export: LibreOffice opens a scorecard workbook and shows its values",
          "[xlsxexport][libreoffice]")
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        WARN("soffice is not installed: the workbook is not opened in LibreOffice");
        return;
    }
    ScorecardRow row;
    row.standard.code = u"ACC-1"_s;
    row.standard.title = u"=SUM(1,2) letters answered right"_s;
    row.standard.unit = u"%"_s;
    row.current.period = {QDate(2025, 3, 1), QDate(2025, 3, 31)};
    row.current.value = 98.5;
    row.current.target = 99;
    row.current.threshold = 97;
    row.current.n = 1234;
    row.current.status = ComplianceStatus::AtRisk;
    row.metInRecent = 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scorecard.xlsx"_s);
    REQUIRE(XlsxTableWriter::write(
                path, {ScorecardExporter(ReferenceData(), PeriodKind::Month).table({row}, u"S"_s)})
                .isEmpty());
    QProcess convert;
    convert.start(soffice, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s),
                            // Token 9 of the CSV filter: cells as shown.
                            u"--headless"_s, u"--convert-to"_s,
                            u"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"_s,
                            u"--outdir"_s, dir.path(), path});
    REQUIRE(convert.waitForFinished(60000));
    QFile csv(dir.filePath(u"scorecard.csv"_s));
    INFO(convert.readAllStandardError().toStdString());
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(0).startsWith("code,title,service,dimension,department,period_start,"));
    // LibreOffice writes each cell as it shows it: the percentages through
    // their format, the count with its thousands separator, the days as
    // days, and the title as the text it is (a formula would show 3).
    const QByteArray expected = "ACC-1,\"=SUM(1,2) letters answered right\",,,,2025-03-01,"
                                "2025-03-31,98.5%,\"1,234\",99.0%,97.0%,at_risk,steady,7," +
                                periodLabel(PeriodKind::Month, row.current.period).toUtf8() + ",%,";
    INFO(lines.at(1).toStdString());
    CHECK(lines.at(1).startsWith(expected));
}
