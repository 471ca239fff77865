// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/csvpreview.h"
#include "import/tablesource.h"
#include "import/xlsxworkbook.h"
#include "importtestsupport.h"
#include "support/xlsxwriting.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

struct Table
{
    QList<CsvRecord> rows; // the header first
    std::optional<CsvReadError> error;
    QString name;
};

Table readAll(const QString &path, const QString &sheet = QString())
{
    TableOpening opening = openTableSource(path, sheet);
    INFO(opening.error.toStdString());
    REQUIRE(opening.source);
    Table table;
    table.name = opening.source->displayName();
    while (std::optional<CsvRecord> row = opening.source->next())
        table.rows.append(*row);
    table.error = opening.source->error();
    return table;
}

QStringList fieldsOf(const Table &table, qsizetype index)
{
    REQUIRE(index < table.rows.size());
    return table.rows.at(index).fields;
}

QString writeWorkbook(const QTemporaryDir &dir, const QString &name,
                      const XlsxTestWorkbook &workbook)
{
    const QString path = dir.filePath(name);
    writeXlsx(path, workbook);
    return path;
}

} // namespace

TEST_CASE("xlsx: date-styled serials become ISO dates in the 1900 system, text dates stay text",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    // Styles: 0 General, 1 the built-in short date (14), 2 a custom date and
    // time, 3 a custom plain number, 4 a date with a locale prefix, 5 an
    // elapsed time, 6 the built-in date and time (22).
    workbook.numberFormats = {{164, u"dd/mm/yyyy hh:mm"_s},
                              {165, u"0.00"_s},
                              {166, u"[$-409]d\\-mmm\\-yy;@"_s},
                              {167, u"[h]:mm:ss"_s}};
    workbook.cellStyles = {0, 14, 164, 165, 166, 167, 22};
    // 45658 is 1 January 2025 (45,656 days from 1900-01-01, plus Excel's
    // serial 1 for that day and its fictitious 29 February 1900); 45717 is
    // 59 days later, 1 March 2025; .375 of a day is 09:00.
    workbook.sheets = {xlsxSheet(
        u"Sheet1"_s,
        textRow(1, {u"what"_s, u"value"_s}) +
            xlsxRow(2, {inlineCell(u"A2"_s, u"short date"_s), numberCell(u"B2"_s, u"45717"_s, 1)}) +
            xlsxRow(3, {inlineCell(u"A3"_s, u"date and time"_s),
                        numberCell(u"B3"_s, u"45717.375"_s, 2)}) +
            xlsxRow(4, {inlineCell(u"A4"_s, u"midnight, time shown"_s),
                        numberCell(u"B4"_s, u"45717"_s, 2)}) +
            xlsxRow(5, {inlineCell(u"A5"_s, u"time hidden by the format"_s),
                        numberCell(u"B5"_s, u"45717.5"_s, 1)}) +
            xlsxRow(6,
                    {inlineCell(u"A6"_s, u"text date"_s), inlineCell(u"B6"_s, u"01/03/2025"_s)}) +
            xlsxRow(7, {inlineCell(u"A7"_s, u"plain number style"_s),
                        numberCell(u"B7"_s, u"45717"_s, 3)}) +
            xlsxRow(8,
                    {inlineCell(u"A8"_s, u"locale date"_s), numberCell(u"B8"_s, u"45658"_s, 4)}) +
            xlsxRow(9, {inlineCell(u"A9"_s, u"elapsed"_s), numberCell(u"B9"_s, u"0.5"_s, 5)}) +
            xlsxRow(10, {inlineCell(u"A10"_s, u"day 59"_s), numberCell(u"B10"_s, u"59"_s, 1)}) +
            xlsxRow(11, {inlineCell(u"A11"_s, u"day 60"_s), numberCell(u"B11"_s, u"60"_s, 1)}) +
            xlsxRow(12, {inlineCell(u"A12"_s, u"day 61"_s), numberCell(u"B12"_s, u"61"_s, 1)}) +
            xlsxRow(13, {inlineCell(u"A13"_s, u"day 1"_s), numberCell(u"B13"_s, u"1"_s, 1)}) +
            xlsxRow(14, {inlineCell(u"A14"_s, u"built-in 22"_s),
                         numberCell(u"B14"_s, u"45658.75"_s, 6)}))};
    QTemporaryDir dir;
    const Table table = readAll(writeWorkbook(dir, u"dates.xlsx"_s, workbook));
    CHECK_FALSE(table.error.has_value());
    REQUIRE(table.rows.size() == 14);
    const QStringList expected{u"2025-03-01"_s,          u"2025-03-01T09:00:00"_s,
                               u"2025-03-01T00:00:00"_s, u"2025-03-01T12:00:00"_s,
                               u"01/03/2025"_s,          u"45717"_s,
                               u"2025-01-01"_s,          u"12:00:00"_s,
                               u"1900-02-28"_s,          u"1900-02-29"_s,
                               u"1900-03-01"_s,          u"1900-01-01"_s,
                               u"2025-01-01T18:00:00"_s};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(fieldsOf(table, i + 1).at(1) == expected.at(i));
    }
}

TEST_CASE("xlsx: a workbook in the 1904 date system counts from 1 January 1904", "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.date1904 = true;
    workbook.cellStyles = {0, 14};
    // 1 March 2025 is 45717 in the 1900 system; the 1904 system starts
    // 1,462 days later (four years and its serial 0 against 1900's serial 1,
    // less the fictitious day).
    workbook.sheets = {xlsxSheet(
        u"Sheet1"_s, textRow(1, {u"day"_s}) + xlsxRow(2, {numberCell(u"A2"_s, u"0"_s, 1)}) +
                         xlsxRow(3, {numberCell(u"A3"_s, u"44255"_s, 1)}))};
    QTemporaryDir dir;
    const Table table = readAll(writeWorkbook(dir, u"mac.xlsx"_s, workbook));
    REQUIRE(table.rows.size() == 3);
    CHECK(fieldsOf(table, 1) == QStringList{u"1904-01-01"_s});
    CHECK(fieldsOf(table, 2) == QStringList{u"2025-03-01"_s});
}

TEST_CASE("xlsx: numbers read as their shortest exact text, booleans, errors and formula text "
          "as text",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    const QString cells =
        numberCell(u"A2"_s, u"3"_s) + numberCell(u"B2"_s, u"0.10000000000000001"_s) +
        numberCell(u"C2"_s, u"1.5E-3"_s) + numberCell(u"D2"_s, u"100000"_s) +
        numberCell(u"E2"_s, u"-2.5"_s) + u"<c r=\"F2\" t=\"b\"><v>1</v></c>"_s +
        u"<c r=\"G2\" t=\"b\"><v>0</v></c>"_s + u"<c r=\"H2\" t=\"e\"><v>#N/A</v></c>"_s +
        u"<c r=\"I2\" t=\"str\"><f>A2&amp;\"x\"</f><v>3x</v></c>"_s +
        u"<c r=\"J2\"><f>A2*2</f><v>6</v></c>"_s;
    workbook.sheets = {xlsxSheet(u"Sheet1"_s, textRow(1, {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s,
                                                          u"f"_s, u"g"_s, u"h"_s, u"i"_s, u"j"_s}) +
                                                  xlsxRow(2, {cells}))};
    QTemporaryDir dir;
    const Table table = readAll(writeWorkbook(dir, u"numbers.xlsx"_s, workbook));
    REQUIRE(table.rows.size() == 2);
    CHECK(fieldsOf(table, 1) == QStringList{u"3"_s, u"0.1"_s, u"0.0015"_s, u"100000"_s, u"-2.5"_s,
                                            u"true"_s, u"false"_s, u"#N/A"_s, u"3x"_s, u"6"_s});
}

TEST_CASE("xlsx: shared strings, rich text runs and inline strings read as their text",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.sharedStrings = {
        u"<t>service</t>"_s,
        u"<t xml:space=\"preserve\"> case id </t>"_s,
        // Rich text: the runs joined; the phonetic guide is not text.
        u"<r><t>Appli</t></r><r><rPr><b/></rPr><t>cation</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh>"_s,
        // Excel writes a line break inside a cell as _x000D_ plus a newline.
        u"<t>two_x000D_\nlines</t>"_s,
    };
    workbook.sheets = {xlsxSheet(
        u"Sheet1"_s,
        xlsxRow(1,
                {sharedCell(u"A1"_s, 0), sharedCell(u"B1"_s, 1), inlineCell(u"C1"_s, u"note"_s)}) +
            xlsxRow(
                2,
                {sharedCell(u"A2"_s, 2), inlineCell(u"B2"_s, u"A-1 & <b>"_s),
                 u"<c r=\"C2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"_s}) +
            xlsxRow(3,
                    {sharedCell(u"A3"_s, 3), sharedCell(u"B3"_s, 2), inlineCell(u"C3"_s, u""_s)}))};
    QTemporaryDir dir;
    const Table table = readAll(writeWorkbook(dir, u"strings.xlsx"_s, workbook));
    CHECK_FALSE(table.error.has_value());
    REQUIRE(table.rows.size() == 3);
    CHECK(fieldsOf(table, 0) == QStringList{u"service"_s, u" case id "_s, u"note"_s});
    CHECK(fieldsOf(table, 1) == QStringList{u"Application"_s, u"A-1 & <b>"_s, u"inline"_s});
    CHECK(fieldsOf(table, 2) == QStringList{u"two\r\nlines"_s, u"Application"_s, QString()});
}

TEST_CASE("xlsx: missing cells are empty, skipped and blank rows keep the sheet's row numbers",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.cellStyles = {0, 3};
    workbook.sheets = {xlsxSheet(
        u"Sheet1"_s,
        // The header is on row 2, after an empty formatted row.
        u"<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>"_s +
            textRow(2, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) +
            xlsxRow(3, {inlineCell(u"A3"_s, u"x"_s), inlineCell(u"C3"_s, u"z"_s)}) +
            // Rows 4 to 6 are not in the file; row 7 has only column D.
            xlsxRow(7, {numberCell(u"D7"_s, u"4"_s)}) +
            // Cells without a reference follow the previous one.
            u"<row r=\"9\"><c t=\"inlineStr\"><is><t>p</t></is></c><c><v>2</v></c></row>"_s +
            // Formatted empty cells past the last value are not fields.
            xlsxRow(10, {inlineCell(u"A10"_s, u"q"_s), u"<c r=\"F10\" s=\"1\"/>"_s}) +
            // More values than the header has columns.
            textRow(11, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}))};
    QTemporaryDir dir;
    const Table table = readAll(writeWorkbook(dir, u"sparse.xlsx"_s, workbook));
    CHECK_FALSE(table.error.has_value());
    REQUIRE(table.rows.size() == 6);
    QList<qint64> lines;
    for (const CsvRecord &row : table.rows)
        lines.append(row.line);
    CHECK(lines == QList<qint64>{2, 3, 7, 9, 10, 11});
    CHECK(fieldsOf(table, 1) == QStringList{u"x"_s, QString(), u"z"_s, QString()});
    CHECK(fieldsOf(table, 2) == QStringList{QString(), QString(), QString(), u"4"_s});
    CHECK(fieldsOf(table, 3) == QStringList{u"p"_s, u"2"_s, QString(), QString()});
    CHECK(fieldsOf(table, 4) == QStringList{u"q"_s, QString(), QString(), QString()});
    CHECK(fieldsOf(table, 5).size() == 5);
}

TEST_CASE("xlsx: the first sheet is read unless another is named, an unknown one lists them",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.sheets = {
        xlsxSheet(u"Summary"_s, textRow(1, {u"total"_s}) + textRow(2, {u"9"_s})),
        xlsxSheet(u"Cases 2025"_s, textRow(1, {u"case_id"_s}) + textRow(4, {u"A-1"_s}))};
    QTemporaryDir dir;
    const QString path = writeWorkbook(dir, u"book.xlsx"_s, workbook);
    CHECK(xlsxSheetNames(path) == QStringList{u"Summary"_s, u"Cases 2025"_s});

    const Table first = readAll(path);
    CHECK(first.name == u"book.xlsx[Summary]"_s);
    CHECK(fieldsOf(first, 1) == QStringList{u"9"_s});

    const Table named = readAll(path, u"cases 2025"_s); // as Excel, any case
    CHECK(named.name == u"book.xlsx[Cases 2025]"_s);
    REQUIRE(named.rows.size() == 2);
    CHECK(named.rows.at(1).line == 4);
    CHECK(named.rows.at(1).fields == QStringList{u"A-1"_s});

    const TableOpening unknown = openTableSource(path, u"Data"_s);
    CHECK_FALSE(unknown.source);
    CHECK(unknown.column == u"sheet"_s);
    CHECK(unknown.error ==
          u"the workbook has no sheet \"Data\"; its sheets are \"Summary\", \"Cases 2025\""_s);

    const QString csv = writeFixture(dir, u"plain.csv"_s, "a,b\n1,2\n");
    const TableOpening csvWithSheet = openTableSource(csv, u"Sheet1"_s);
    CHECK_FALSE(csvWithSheet.source);
    CHECK(csvWithSheet.error == u"is not an Excel workbook, so it has no sheet \"Sheet1\""_s);
}

TEST_CASE("xlsx: a damaged, truncated, encrypted or old-format file gets a clear message",
          "[import][xlsx]")
{
    QTemporaryDir dir;
    XlsxTestWorkbook workbook;
    workbook.sheets = {xlsxSheet(u"Sheet1"_s, textRow(1, {u"a"_s}) + textRow(2, {u"1"_s}))};
    const QString good = writeWorkbook(dir, u"good.xlsx"_s, workbook);
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    SECTION("random bytes named .xlsx")
    {
        const QString path = writeFixture(dir, u"random.xlsx"_s, "\x13\x37 not a workbook at all");
        const TableOpening opening = openTableSource(path);
        CHECK_FALSE(opening.source);
        CHECK(opening.column == u"file"_s);
        CHECK(opening.error == u"is not a readable Excel workbook (it is not a ZIP archive)"_s);
    }
    SECTION("a ZIP cut in half")
    {
        const QString path = writeFixture(dir, u"cut.xlsx"_s, bytes.left(bytes.size() / 2));
        const TableOpening opening = openTableSource(path);
        CHECK_FALSE(opening.source);
        CHECK(opening.error.startsWith(u"is not a readable Excel workbook ("_s));
    }
    SECTION("a ZIP without a workbook part")
    {
        const QString path = dir.filePath(u"empty.xlsx"_s);
        writeXlsx(path, XlsxTestWorkbook{});
        const TableOpening opening = openTableSource(path);
        CHECK_FALSE(opening.source);
        CHECK(opening.error == u"is not a readable Excel workbook (it has no worksheet)"_s);
    }
    SECTION("an encrypted workbook (an OLE file with an EncryptionInfo stream)")
    {
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole += QByteArray(504, '\0');
        for (char c : QByteArrayView("EncryptionInfo"))
            ole += QByteArray(1, c) + QByteArray(1, '\0');
        const QString path = writeFixture(dir, u"secret.xlsx"_s, ole);
        const TableOpening opening = openTableSource(path);
        CHECK_FALSE(opening.source);
        CHECK(opening.error ==
              u"is password-protected (encrypted); save it without a password or as CSV"_s);
        // Named otherwise, the content still tells.
        const QString renamed = writeFixture(dir, u"secret.bin"_s, ole);
        CHECK(openTableSource(renamed).error == opening.error);
    }
    SECTION("an Excel 97-2003 workbook")
    {
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole += QByteArray(1024, '\0');
        const TableOpening opening = openTableSource(writeFixture(dir, u"old.xls"_s, ole));
        CHECK_FALSE(opening.source);
        CHECK(opening.error.contains(u"Excel 97-2003"_s));
    }
    SECTION("a part whose compressed data is broken is refused instead of read forever")
    {
        // Found by fuzzing: QXmlStreamReader reports a premature end but its
        // atEnd() asks the ZIP entry, which is not at its end, so reading
        // looped for ever. A deflate block of the reserved type 3 (first
        // byte 0xFF) breaks the workbook's relationships part.
        const QByteArray name = "xl/_rels/workbook.xml.rels";
        const qsizetype at = bytes.indexOf(name); // the local header's copy comes first
        REQUIRE(at >= 30);
        const qsizetype header = at - 30;
        REQUIRE(bytes.mid(header, 4) == QByteArray("PK\x03\x04"));
        CHECK(bytes.at(header + 8) == 8); // deflated
        const int extra = static_cast<unsigned char>(bytes.at(header + 28)) +
                          256 * static_cast<unsigned char>(bytes.at(header + 29));
        QByteArray damaged = bytes;
        damaged[at + name.size() + extra] = '\xFF';
        const QString path = writeFixture(dir, u"inflate.xlsx"_s, damaged);
        const TableOpening opening = openTableSource(path);
        CHECK_FALSE(opening.source);
        CHECK(opening.error.startsWith(
            u"is not a readable Excel workbook (xl/_rels/workbook.xml.rels is damaged"_s));
        CHECK(xlsxSheetNames(path).isEmpty());
    }
    SECTION("a sheet whose XML breaks off is an error at the row where it does")
    {
        XlsxTestWorkbook broken;
        broken.sheets = {xlsxSheet(u"Sheet1"_s, textRow(1, {u"a"_s}) + textRow(2, {u"1"_s}) +
                                                    u"<row r=\"5\"><c r=\"A5\"><v>2</v></c>"_s)};
        const QString path = writeWorkbook(dir, u"broken.xlsx"_s, broken);
        const Table table = readAll(path);
        CHECK(table.rows.size() == 2);
        REQUIRE(table.error.has_value());
        CHECK(table.error->line == 5);
        CHECK(table.error->message.startsWith(u"the workbook is damaged here ("_s));
    }
}

TEST_CASE("xlsx: a sheet of 100,000 rows is read to the last row", "[import][xlsx]")
{
    constexpr int kRows = 100000;
    XlsxTestWorkbook workbook;
    workbook.cellStyles = {0, 14};
    workbook.sheets = {{u"Sheet1"_s, [](QIODevice &device) {
                            device.write(textRow(1, {u"id"_s, u"day"_s, u"n"_s}).toUtf8());
                            for (int r = 2; r <= kRows + 1; ++r) {
                                device.write(QStringLiteral("<row r=\"%1\"><c r=\"A%1\" "
                                                            "t=\"inlineStr\"><is><t>C-%1</t></is>"
                                                            "</c><c r=\"B%1\" s=\"1\"><v>45658</v>"
                                                            "</c><c r=\"C%1\"><v>%1</v></c></row>")
                                                 .arg(r)
                                                 .toUtf8());
                            }
                        }}};
    QTemporaryDir dir;
    const QString path = writeWorkbook(dir, u"big.xlsx"_s, workbook);
    TableOpening opening = openTableSource(path);
    REQUIRE(opening.source);
    qint64 rows = 0;
    qint64 lastPosition = 0;
    bool monotonic = true;
    std::optional<CsvRecord> last;
    while (std::optional<CsvRecord> row = opening.source->next()) {
        ++rows;
        monotonic = monotonic && opening.source->position() >= lastPosition;
        lastPosition = opening.source->position();
        last = std::move(row);
    }
    CHECK_FALSE(opening.source->error().has_value());
    CHECK(rows == kRows + 1);
    REQUIRE(last);
    CHECK(last->line == kRows + 1);
    CHECK(last->fields == QStringList{u"C-100001"_s, u"2025-01-01"_s, u"100001"_s});
    CHECK(monotonic);
    CHECK(lastPosition == opening.source->size());
}

TEST_CASE("xlsx: the wizard's preview of a workbook names the sheet", "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.sheets = {xlsxSheet(u"Data"_s, textRow(1, {u" service "_s, u"case_id"_s}) +
                                                textRow(3, {u"APP"_s, u"A-1"_s}))};
    QTemporaryDir dir;
    const CsvPreview preview = readCsvPreview(writeWorkbook(dir, u"p.xlsx"_s, workbook), 5);
    CHECK(preview.ok());
    CHECK(preview.sheet == u"Data"_s);
    CHECK(preview.encoding == u"Excel workbook"_s);
    CHECK(preview.header == QStringList{u"service"_s, u"case_id"_s});
    REQUIRE(preview.rows.size() == 1);
    CHECK(preview.rows.at(0).line == 3);
}

TEST_CASE("xlsx: a workbook written by LibreOffice reads like the CSV it came from",
          "[import][xlsx][libreoffice]")
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        WARN("soffice is not installed: the LibreOffice workbook is not checked");
        return;
    }
    QTemporaryDir dir;
    const QString csv = writeFixture(dir, u"cases.csv"_s,
                                     "service,case_id,received,amount\n"
                                     "APP,A-1,2025-03-01,12.5\n"
                                     "APP,A-2,2025-03-02 09:30:00,3\n"
                                     "CR,\"B, 1\",,0.1\n");
    QProcess convert;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path()); // a profile of its own
    convert.setProcessEnvironment(environment);
    convert.start(soffice,
                  {u"--headless"_s, u"--convert-to"_s, u"xlsx"_s, u"--outdir"_s, dir.path(), csv});
    REQUIRE(convert.waitForFinished(180000));
    const QString path = dir.filePath(u"cases.xlsx"_s);
    INFO(convert.readAllStandardError().toStdString());
    REQUIRE(QFile::exists(path));
    CHECK(xlsxSheetNames(path).size() == 1);
    const Table table = readAll(path);
    CHECK_FALSE(table.error.has_value());
    REQUIRE(table.rows.size() == 4);
    CHECK(fieldsOf(table, 0) ==
          QStringList{u"service"_s, u"case_id"_s, u"received"_s, u"amount"_s});
    // LibreOffice recognises the date and stores it as a date-styled serial.
    CHECK(fieldsOf(table, 1) == QStringList{u"APP"_s, u"A-1"_s, u"2025-03-01"_s, u"12.5"_s});
    // A date and time LibreOffice may keep as the text it was (7.4 does);
    // either way the ISO parser reads the same moment.
    const QStringList a2 = fieldsOf(table, 2);
    CHECK((a2.at(2) == u"2025-03-02T09:30:00"_s || a2.at(2) == u"2025-03-02 09:30:00"_s));
    CHECK(a2.at(3) == u"3"_s);
    CHECK(fieldsOf(table, 3) == QStringList{u"CR"_s, u"B, 1"_s, QString(), u"0.1"_s});
}
