// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-xlsx-bench: the same N synthetic case records as CSV and as an
// Excel workbook (shared strings for the repeated words, inline case ids,
// date-styled serials for the dates, as spreadsheet writers store them),
// each imported through CaseImporter into a fresh workbench.
//   yardstick-xlsx-bench N DIR      write DIR/cases.{csv,xlsx}, import both, print times
//   yardstick-xlsx-bench FILE       import FILE only (for /usr/bin/time -v: peak memory)
// Not a test: the numbers go into the README with the machine they ran on.
#include "import/caseimporter.h"
#include "import/tablesource.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdio>
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

void writeXlsx(const QString &path, int count)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write the workbook");
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    writeEntry(zip, "_rels/.rels",
               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                   rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    writeEntry(zip, "xl/workbook.xml",
               "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                   "\"><sheets><sheet name=\"Cases\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                   "</workbook>");
    writeEntry(zip, "xl/_rels/workbook.xml.rels",
               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                   rel +
                   "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                   "Type=\"" +
                   rel +
                   "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" "
                   "Type=\"" +
                   rel +
                   "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                   "</Relationships>");
    writeEntry(zip, "xl/styles.xml",
               "<styleSheet xmlns=\"" + main +
                   "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                   "formatCode=\"yyyy\\-mm\\-dd hh:mm:ss\"/></numFmts><cellXfs count=\"2\"><xf "
                   "numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
    // Shared strings: the header (0-6), yes (7), no (8), OPS (9), S0.. (10..).
    QByteArray strings;
    const char *words[] = {
        "service",    "case_id",      "received", "completed", "right_first_time",
        "department", "key_customer", "yes",      "no",        "OPS"};
    for (const char *word : words)
        strings += QByteArray("<si><t>") + word + "</t></si>";
    for (int s = 0; s < kServices; ++s)
        strings += "<si><t>S" + QByteArray::number(s) + "</t></si>";
    writeEntry(zip, "xl/sharedStrings.xml", "<sst xmlns=\"" + main + "\">" + strings + "</sst>");

    QuaZipFile sheet(&zip);
    if (!sheet.open(QIODevice::WriteOnly,
                    QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        qFatal("cannot write the sheet");
    sheet.write("<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\">");
    for (int c = 0; c < 7; ++c)
        sheet.write("<c r=\"" + QByteArray(1, char('A' + c)) + "1\" t=\"s\"><v>" +
                    QByteArray::number(c) + "</v></c>");
    sheet.write("</row>");
    int r = 1;
    generate(count, [&](const Row &row) {
        const QByteArray n = QByteArray::number(++r);
        QByteArray xml = "<row r=\"" + n + "\">";
        xml +=
            "<c r=\"A" + n + "\" t=\"s\"><v>" + QByteArray::number(10 + row.service) + "</v></c>";
        xml +=
            "<c r=\"B" + n + "\" t=\"inlineStr\"><is><t>" + row.caseId.toLatin1() + "</t></is></c>";
        xml += "<c r=\"C" + n + "\" s=\"1\"><v>" + QByteArray::number(row.received, 'g', 17) +
               "</v></c>";
        xml += "<c r=\"D" + n + "\" s=\"1\"><v>" + QByteArray::number(row.completed, 'g', 17) +
               "</v></c>";
        xml += "<c r=\"E" + n + "\" t=\"s\"><v>" + (row.right ? "7" : "8") + "</v></c>";
        xml += "<c r=\"F" + n + "\" t=\"s\"><v>9</v></c>";
        xml += "<c r=\"G" + n + "\" t=\"s\"><v>" + (row.key ? "7" : "8") + "</v></c></row>";
        sheet.write(xml);
    });
    sheet.write("</sheetData></worksheet>");
    sheet.close();
    zip.close();
}

// Imports the file into a fresh workbench with the twelve services; the
// wall time of the import alone, in ms.
double import(const QString &file, const QString &workbenchPath, qint64 expected)
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
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary =
        CaseImporter(*created.workbench).run(file, CaseImportSettings(), ImportOptions());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!summary.committed || (expected >= 0 && summary.imported != expected))
        qFatal("import failed: %s", qPrintable(summary.summaryLine()));
    std::printf("%-40s %9.0f ms  %9.0f rows/s  (%lld rows)\n",
                qPrintable(QFileInfo(file).fileName()), ms, summary.imported / ms * 1000,
                summary.imported);
    return ms;
}

// Reads every row and nothing more: how much of an import is the reading.
void readOnly(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    TableOpening opening = openTableSource(file);
    if (!opening.source)
        qFatal("cannot read %s", qPrintable(opening.error));
    qint64 rows = 0;
    while (opening.source->next())
        ++rows;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%-40s %9.0f ms  (%lld rows, reading only)\n",
                qPrintable(QFileInfo(file).fileName()), ms, rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2) {
        QTemporaryDir dir;
        import(QString::fromLocal8Bit(argv[1]), dir.filePath(QStringLiteral("w.yardstick")), -1);
        return 0;
    }
    if (argc != 3)
        qFatal("usage: yardstick-xlsx-bench N DIR | yardstick-xlsx-bench FILE");
    const int count = QByteArray(argv[1]).toInt();
    const QDir dir(QString::fromLocal8Bit(argv[2]));
    const QString csv = dir.filePath(QStringLiteral("cases-%1.csv").arg(count));
    const QString xlsx = dir.filePath(QStringLiteral("cases-%1.xlsx").arg(count));
    writeCsv(csv, count);
    writeXlsx(xlsx, count);
    std::printf("%d case records: %.1f MB of CSV, %.1f MB of xlsx\n", count,
                double(QFile(csv).size()) / 1e6, double(QFile(xlsx).size()) / 1e6);
    readOnly(csv);
    readOnly(xlsx);
    const QString workbench = dir.filePath(QStringLiteral("bench.yardstick"));
    const double csvMs = import(csv, workbench, count);
    const double xlsxMs = import(xlsx, workbench, count);
    std::printf("xlsx / CSV time: %.2f\n", xlsxMs / csvMs);
    QFile::remove(workbench);
    return 0;
}
