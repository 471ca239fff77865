// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriting.h"

#include "catchqt.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Yardstick::Testing {

namespace {

const QString kMainNamespace =
    QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelationshipTypes =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

void writeEntry(QuaZip &zip, const QString &name, const std::function<void(QIODevice &)> &write)
{
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
    write(file);
    file.close();
    REQUIRE(file.getZipError() == ZIP_OK);
}

void writeEntry(QuaZip &zip, const QString &name, const QString &text)
{
    writeEntry(zip, name, [&](QIODevice &device) { device.write(text.toUtf8()); });
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

} // namespace

void writeXlsx(const QString &path, const XlsxTestWorkbook &workbook)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    QString types = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    writeEntry(zip, QStringLiteral("[Content_Types].xml"), types);
    writeEntry(zip, QStringLiteral("_rels/.rels"),
               QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                              "2006/relationships\"><Relationship Id=\"rId1\" Type=\"") +
                   kRelationshipTypes +
                   QStringLiteral("/officeDocument\" Target=\"xl/workbook.xml\"/>"
                                  "</Relationships>"));

    QString sheets;
    QString relationships;
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        const QString id = QStringLiteral("rId%1").arg(i + 1);
        sheets += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"%3\"/>")
                      .arg(escaped(workbook.sheets.at(i).name))
                      .arg(i + 1)
                      .arg(id);
        relationships += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2/worksheet\" "
                                        "Target=\"worksheets/sheet%3.xml\"/>")
                             .arg(id, kRelationshipTypes)
                             .arg(i + 1);
    }
    relationships += QStringLiteral("<Relationship Id=\"rIdS\" Type=\"%1/styles\" "
                                    "Target=\"styles.xml\"/>")
                         .arg(kRelationshipTypes);
    if (!workbook.sharedStrings.isEmpty())
        relationships += QStringLiteral("<Relationship Id=\"rIdT\" Type=\"%1/sharedStrings\" "
                                        "Target=\"/xl/sharedStrings.xml\"/>")
                             .arg(kRelationshipTypes);
    writeEntry(zip, QStringLiteral("xl/workbook.xml"),
               QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                              "<workbook xmlns=\"%1\" xmlns:r=\"%2\"><workbookPr%3/>"
                              "<sheets>%4</sheets></workbook>")
                   .arg(kMainNamespace, kRelationshipTypes,
                        workbook.date1904 ? QStringLiteral(" date1904=\"1\"") : QString(), sheets));
    writeEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
               QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                              "2006/relationships\">") +
                   relationships + QStringLiteral("</Relationships>"));

    QString formats;
    for (const auto &[id, code] : workbook.numberFormats)
        formats += QStringLiteral("<numFmt numFmtId=\"%1\" formatCode=\"%2\"/>")
                       .arg(id)
                       .arg(escaped(code));
    QString styles;
    for (int id : workbook.cellStyles)
        styles += QStringLiteral("<xf numFmtId=\"%1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
                                 "xfId=\"0\" applyNumberFormat=\"1\"/>")
                      .arg(id);
    // cellStyleXfs comes first, as Excel writes it: its xf must not count.
    writeEntry(zip, QStringLiteral("xl/styles.xml"),
               QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"%1\">"
                              "<numFmts count=\"%2\">%3</numFmts>"
                              "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                              "<cellXfs count=\"%4\">%5</cellXfs></styleSheet>")
                   .arg(kMainNamespace)
                   .arg(workbook.numberFormats.size())
                   .arg(formats)
                   .arg(workbook.cellStyles.size())
                   .arg(styles));
    if (!workbook.sharedStrings.isEmpty()) {
        QString items;
        for (const QString &item : workbook.sharedStrings)
            items += QStringLiteral("<si>") + item + QStringLiteral("</si>");
        writeEntry(zip, QStringLiteral("xl/sharedStrings.xml"),
                   QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                  "<sst xmlns=\"%1\" count=\"%2\" uniqueCount=\"%2\">%3</sst>")
                       .arg(kMainNamespace)
                       .arg(workbook.sharedStrings.size())
                       .arg(items));
    }
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        writeEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                   [&](QIODevice &device) {
                       device.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                                   "<worksheet xmlns=\"%1\" xmlns:r=\"%2\">"
                                                   "<sheetData>")
                                        .arg(kMainNamespace, kRelationshipTypes)
                                        .toUtf8());
                       workbook.sheets.at(i).writeRows(device);
                       device.write("</sheetData></worksheet>");
                   });
    }
    zip.close();
    REQUIRE(zip.getZipError() == ZIP_OK);
}

XlsxTestSheet xlsxSheet(const QString &name, const QString &rowsXml)
{
    const QByteArray rows = rowsXml.toUtf8();
    return {name, [rows](QIODevice &device) {
                device.write(rows);
            }};
}

QString inlineCell(const QString &reference, const QString &text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
        .arg(reference, escaped(text));
}

QString numberCell(const QString &reference, const QString &number, int style)
{
    return QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>")
        .arg(reference)
        .arg(style)
        .arg(number);
}

QString sharedCell(const QString &reference, int index)
{
    return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(reference).arg(index);
}

QString xlsxRow(int number, const QStringList &cells)
{
    return QStringLiteral("<row r=\"%1\">").arg(number) + cells.join(QString()) +
           QStringLiteral("</row>");
}

QString textRow(int number, const QStringList &texts)
{
    QStringList cells;
    for (int i = 0; i < texts.size(); ++i)
        cells.append(inlineCell(columnName(i) + QString::number(number), texts.at(i)));
    return xlsxRow(number, cells);
}

} // namespace Yardstick::Testing
