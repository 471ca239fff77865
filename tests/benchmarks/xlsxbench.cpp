// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-xlsx-bench: the same N synthetic case records as CSV and as two
// Excel workbooks, each read alone and imported through CaseImporter into a
// fresh workbench. The first workbook is saved the way Excel does it (text in
// the shared strings, dates as date-styled serials, r attributes, spans);
// the second keeps the case ids as inline strings, as some exporters do,
// which makes the sheet larger.
//   yardstick-xlsx-bench N DIR [ROUNDS]   write DIR/cases-N{.csv,.xlsx,-inline.xlsx},
//                                         print the medians of ROUNDS (3) runs
//   yardstick-xlsx-bench FILE       import FILE only (for /usr/bin/time -v: peak memory)
// Not a test: the numbers go into the README with the machine they ran on.
#include "import/caseimporter.h"
#include "import/tablesource.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace Yardstick;

namespace {

constexpr int kServices = 12;

struct Row
{
    int service;
    QString caseId;
    double received; // days since 1899-12-30, as spreadsheets count
    double completed;
    bool right;
    bool key;
};

// The rows, the same for both files.
template<typename Visit>
void generate(int count, Visit visit)
{
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> service(0, kServices - 1);
    std::uniform_int_distribution<int> minuteOfThreeYears(0, 3 * 365 * 24 * 60);
    std::lognormal_distribution<double> days(2.0, 0.6);
    std::bernoulli_distribution right(0.9);
    const double start = 44928 + 8.0 / 24; // 2023-01-02 08:00
    for (int i = 0; i < count; ++i) {
        const double received = start + minuteOfThreeYears(random) / 1440.0;
        // Whole minutes, so both files hold the same instants.
        const double completed = received + std::round(days(random) * 1440) / 1440.0;
        visit(Row{service(random), QStringLiteral("C%1").arg(i), received, completed, right(random),
                  i % 20 == 0});
    }
}

QString iso(double serial)
{
    const qint64 seconds = std::llround(serial * 86400);
    return QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC)
        .addSecs(seconds)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

void writeCsv(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    QTextStream out(&file);
    out << "service,case_id,received,completed,right_first_time,department,key_customer\n";
    generate(count, [&](const Row &row) {
        out << 'S' << row.service << ',' << row.caseId << ',' << iso(row.received) << ','
            << iso(row.completed) << ',' << (row.right ? "yes" : "no") << ",OPS,"
            << (row.key ? "yes" : "no") << '\n';
    });
}

void writeEntry(QuaZip &zip, const char *name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))))
        qFatal("cannot write %s", name);
    file.write(bytes);
    file.close();
}

// How the case ids are stored: as Excel and LibreOffice store all text, in
// the shared strings (one <si> per distinct id, each cell an index), or as
// inline strings in the cells, as some export tools write them.
enum class IdCells
{
    Shared,
    Inline,
};

constexpr const char *kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char *kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char *kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char *kPackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

// The parts around the sheet, in the shape Excel 365 saves them: content
// types, relationships, a styles part with fonts, fills and borders, and a
// date-time format (164) on cell style 1.
void writePackage(QuaZip &zip)
{
    const QByteArray main = kMain;
    const QByteArray rel = kRel;
    const QByteArray ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    writeEntry(zip, "[Content_Types].xml",
               kXmlDeclaration +
                   QByteArray("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                              "content-types\"><Default Extension=\"rels\" "
                              "ContentType=\"application/vnd.openxmlformats-package.relationships+"
                              "xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                              "<Override PartName=\"/xl/workbook.xml\" ContentType=\"") +
                   ct +
                   "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                   "ContentType=\"" +
                   ct + "worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"" +
                   ct +
                   "styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
                   "ContentType=\"" +
                   ct + "sharedStrings+xml\"/></Types>");
    writeEntry(zip, "_rels/.rels",
               kXmlDeclaration + QByteArray("<Relationships xmlns=\"") + kPackageRel +
                   "\"><Relationship Id=\"rId1\" Type=\"" + rel +
                   "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    writeEntry(zip, "xl/workbook.xml",
               kXmlDeclaration + QByteArray("<workbook xmlns=\"") + main + "\" xmlns:r=\"" + rel +
                   "\"><workbookPr defaultThemeVersion=\"202300\"/><bookViews><workbookView "
                   "xWindow=\"-120\" yWindow=\"-120\" windowWidth=\"29040\" "
                   "windowHeight=\"15720\"/></bookViews><sheets><sheet name=\"Cases\" "
                   "sheetId=\"1\" r:id=\"rId1\"/></sheets><calcPr calcId=\"191029\"/></workbook>");
    writeEntry(zip, "xl/_rels/workbook.xml.rels",
               kXmlDeclaration + QByteArray("<Relationships xmlns=\"") + kPackageRel +
                   "\"><Relationship Id=\"rId1\" Type=\"" + rel +
                   "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                   "Type=\"" +
                   rel + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" +
                   rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    writeEntry(zip, "xl/styles.xml",
               kXmlDeclaration + QByteArray("<styleSheet xmlns=\"") + main +
                   "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ "
                   "hh:mm:ss\"/></numFmts><fonts count=\"1\"><font><sz val=\"11\"/><color "
                   "theme=\"1\"/><name val=\"Aptos Narrow\"/><family val=\"2\"/><scheme "
                   "val=\"minor\"/></font></fonts><fills count=\"2\"><fill><patternFill "
                   "patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
                   "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/>"
                   "<diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" "
                   "fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs "
                   "count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
                   "xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
                   "xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\">"
                   "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                   "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>");
}

// Shared strings: the header (0-6), yes (7), no (8), OPS (9), S0.. (10..),
// and, when the ids are shared, the case ids after the services, in the
// order the rows first use them, as Excel numbers them.
constexpr int kFirstService = 10;
constexpr int kFirstId = kFirstService + kServices;

void writeSharedStrings(QuaZip &zip, int count, IdCells ids)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/sharedStrings.xml"))))
        qFatal("cannot write the shared strings");
    const int unique = kFirstId + (ids == IdCells::Shared ? count : 0);
    // Every row uses five shared strings (six with a shared id), the header seven.
    const qint64 uses = 7 + qint64(count) * (ids == IdCells::Shared ? 6 : 5);
    file.write(kXmlDeclaration + QByteArray("<sst xmlns=\"") + kMain + "\" count=\"" +
               QByteArray::number(uses) + "\" uniqueCount=\"" + QByteArray::number(unique) + "\">");
    const char *words[] = {
        "service",    "case_id",      "received", "completed", "right_first_time",
        "department", "key_customer", "yes",      "no",        "OPS"};
    for (const char *word : words)
        file.write(QByteArray("<si><t>") + word + "</t></si>");
    for (int s = 0; s < kServices; ++s)
        file.write("<si><t>S" + QByteArray::number(s) + "</t></si>");
    if (ids == IdCells::Shared) {
        generate(count, [&](const Row &row) {
            file.write("<si><t>" + row.caseId.toLatin1() + "</t></si>");
        });
    }
    file.write("</sst>");
    file.close();
}

// A value cell as Excel writes one: reference, style or type, value.
void appendCell(QByteArray &xml, char column, const QByteArray &row, const char *attributes,
                const QByteArray &value)
{
    xml += "<c r=\"";
    xml += column;
    xml += row;
    xml += '"';
    xml += attributes;
    xml += "><v>";
    xml += value;
    xml += "</v></c>";
}

// The workbook the way Excel 365 saves one: every row and cell with its r
// attribute, rows with spans and x14ac:dyDescent, text in the shared strings,
// dates as serial numbers in a date-styled cell, with the dimension, sheet
// view and page setup around the sheet data.
void writeXlsx(const QString &path, int count, IdCells ids)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write the workbook");
    writePackage(zip);
    writeSharedStrings(zip, count, ids);

    QuaZipFile sheet(&zip);
    if (!sheet.open(QIODevice::WriteOnly,
                    QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        qFatal("cannot write the sheet");
    sheet.write(kXmlDeclaration + QByteArray("<worksheet xmlns=\"") + kMain + "\" xmlns:r=\"" +
                kRel +
                "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                "mc:Ignorable=\"x14ac xr xr2 xr3\" "
                "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
                "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
                "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
                "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\" "
                "xr:uid=\"{00000000-0001-0000-0000-000000000000}\"><dimension ref=\"A1:G" +
                QByteArray::number(count + 1) +
                "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>"
                "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/><cols><col "
                "min=\"3\" max=\"4\" width=\"18.7109375\" customWidth=\"1\"/></cols><sheetData>"
                "<row r=\"1\" spans=\"1:7\" x14ac:dyDescent=\"0.25\">");
    QByteArray xml;
    for (int c = 0; c < 7; ++c)
        appendCell(xml, char('A' + c), "1", " t=\"s\"", QByteArray::number(c));
    xml += "</row>";
    sheet.write(xml);
    int r = 1;
    int id = kFirstId;
    generate(count, [&](const Row &row) {
        const QByteArray n = QByteArray::number(++r);
        xml = "<row r=\"" + n + "\" spans=\"1:7\" x14ac:dyDescent=\"0.25\">";
        appendCell(xml, 'A', n, " t=\"s\"", QByteArray::number(kFirstService + row.service));
        if (ids == IdCells::Shared)
            appendCell(xml, 'B', n, " t=\"s\"", QByteArray::number(id++));
        else
            xml += "<c r=\"B" + n + "\" t=\"inlineStr\"><is><t>" + row.caseId.toLatin1() +
                   "</t></is></c>";
        // Excel writes a double's shortest round trip (17 digits for these).
        appendCell(xml, 'C', n, " s=\"1\"",
                   QByteArray::number(row.received, 'g', QLocale::FloatingPointShortest));
        appendCell(xml, 'D', n, " s=\"1\"",
                   QByteArray::number(row.completed, 'g', QLocale::FloatingPointShortest));
        appendCell(xml, 'E', n, " t=\"s\"", row.right ? "7" : "8");
        appendCell(xml, 'F', n, " t=\"s\"", "9");
        appendCell(xml, 'G', n, " t=\"s\"", row.key ? "7" : "8");
        xml += "</row>";
        sheet.write(xml);
    });
    sheet.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
    sheet.close();
    zip.close();
}

// The CPU time of the process (all its threads) so far, in ms: on a shared
// machine it varies less than the wall time.
double cpuMs()
{
    return double(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

struct Times
{
    double wall; // ms
    double cpu;  // ms
};

// Imports the file into a fresh workbench with the twelve services; the
// time of the import alone.
Times import(const QString &file, const QString &workbenchPath, qint64 expected)
{
    QFile::remove(workbenchPath);
    Workbench::OpenResult created = Workbench::create(workbenchPath);
    if (!created.workbench)
        qFatal("cannot create the workbench");
    Department department{0, QStringLiteral("OPS"), QStringLiteral("Operations")};
    created.workbench->departments().insert(department);
    for (int s = 0; s < kServices; ++s) {
        Service service{0, QStringLiteral("S%1").arg(s), QStringLiteral("Service %1").arg(s), {}};
        created.workbench->services().insert(service);
    }
    const double cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary =
        CaseImporter(*created.workbench).run(file, CaseImportSettings(), ImportOptions());
    const Times times{double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
    if (!summary.committed || (expected >= 0 && summary.imported != expected))
        qFatal("import failed: %s", qPrintable(summary.summaryLine()));
    return times;
}

// Reads every row and nothing more: how much of an import is the reading.
Times readOnly(const QString &file, qint64 expected)
{
    const double cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    TableOpening opening = openTableSource(file);
    if (!opening.source)
        qFatal("cannot read %s", qPrintable(opening.error));
    qint64 rows = 0;
    while (opening.source->next())
        ++rows;
    const Times times{double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
    if (opening.source->error() || rows != expected)
        qFatal("reading %s failed", qPrintable(file));
    return times;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Timing
{
    Times read;
    Times import;
};

// The medians of the rounds, printed with every round's wall time.
Timing measure(const QString &file, const QString &workbench, int count, int rounds)
{
    QList<double> readWalls, readCpus, importWalls, importCpus;
    for (int i = 0; i < rounds; ++i) {
        const Times read = readOnly(file, count + 1);
        const Times imported = import(file, workbench, count);
        readWalls.append(read.wall);
        readCpus.append(read.cpu);
        importWalls.append(imported.wall);
        importCpus.append(imported.cpu);
    }
    const Timing timing{{median(readWalls), median(readCpus)},
                        {median(importWalls), median(importCpus)}};
    QString all;
    for (double ms : std::as_const(importWalls))
        all += QString::number(ms, 'f', 0) + u' ';
    std::printf("%-26s %5.1f MB  read %5.0f ms (CPU %5.0f)  import %5.0f ms (CPU %5.0f)  "
                "%7.0f rows/s  (imports: %s)\n",
                qPrintable(QFileInfo(file).fileName()), double(QFileInfo(file).size()) / 1e6,
                timing.read.wall, timing.read.cpu, timing.import.wall, timing.import.cpu,
                count / timing.import.wall * 1000, qPrintable(all.trimmed()));
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2) {
        QTemporaryDir dir;
        const Times times = import(QString::fromLocal8Bit(argv[1]),
                                   dir.filePath(QStringLiteral("w.yardstick")), -1);
        std::printf("%s: %.0f ms (CPU %.0f ms)\n", argv[1], times.wall, times.cpu);
        return 0;
    }
    if (argc != 3 && argc != 4)
        qFatal("usage: yardstick-xlsx-bench N DIR [ROUNDS] | yardstick-xlsx-bench FILE");
    const int count = QByteArray(argv[1]).toInt();
    const int rounds = argc == 4 ? QByteArray(argv[3]).toInt() : 3;
    const QDir dir(QString::fromLocal8Bit(argv[2]));
    const QString csv = dir.filePath(QStringLiteral("cases-%1.csv").arg(count));
    const QString xlsx = dir.filePath(QStringLiteral("cases-%1.xlsx").arg(count));
    const QString inlineXlsx = dir.filePath(QStringLiteral("cases-%1-inline.xlsx").arg(count));
    writeCsv(csv, count);
    writeXlsx(xlsx, count, IdCells::Shared);
    writeXlsx(inlineXlsx, count, IdCells::Inline);
    std::printf("%d case records, medians of %d rounds (reading only; whole import)\n", count,
                rounds);
    const QString workbench = dir.filePath(QStringLiteral("bench.yardstick"));
    const Timing csvTiming = measure(csv, workbench, count, rounds);
    const Timing xlsxTiming = measure(xlsx, workbench, count, rounds);
    const Timing inlineTiming = measure(inlineXlsx, workbench, count, rounds);
    std::printf("xlsx / CSV import time: %.2f (shared strings), %.2f (inline ids); "
                "CPU %.2f, %.2f\n",
                xlsxTiming.import.wall / csvTiming.import.wall,
                inlineTiming.import.wall / csvTiming.import.wall,
                xlsxTiming.import.cpu / csvTiming.import.cpu,
                inlineTiming.import.cpu / csvTiming.import.cpu);
    QFile::remove(workbench);
    return 0;
}
