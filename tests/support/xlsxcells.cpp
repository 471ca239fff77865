// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxcells.h"

#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Yardstick::Testing {

namespace {

QByteArray entry(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Style
{
    QString numberFormat;
    bool bold = false;
};

// The cell formats (cellXfs) with their number format codes and boldness.
QList<Style> readStyles(const QByteArray &xml)
{
    // Built-in formats the exports could use (ECMA-376 18.8.30).
    QHash<int, QString> formats{{0, QStringLiteral("General")}, {1, QStringLiteral("0")},
                                {3, QStringLiteral("#,##0")},   {9, QStringLiteral("0%")},
                                {10, QStringLiteral("0.00%")},  {14, QStringLiteral("mm-dd-yy")}};
    QList<bool> fontsBold;
    QList<Style> styles;
    QXmlStreamReader reader(xml);
    QString section;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"fonts" || name == u"cellXfs" || name == u"cellStyleXfs")
            section = name.toString();
        else if (name == u"numFmt")
            formats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                           a.value(QLatin1String("formatCode")).toString());
        else if (name == u"font" && section == u"fonts")
            fontsBold.append(false);
        else if (name == u"b" && section == u"fonts" && !fontsBold.isEmpty())
            fontsBold.last() = true;
        else if (name == u"xf" && section == u"cellXfs") {
            const int font = a.value(QLatin1String("fontId")).toInt();
            styles.append(
                {formats.value(a.value(QLatin1String("numFmtId")).toInt(), QStringLiteral("?")),
                 font < fontsBold.size() && fontsBold.at(font)});
        }
    }
    return styles;
}

XlsxReadSheet readSheet(const QByteArray &xml, const QStringList &shared,
                        const QList<Style> &styles)
{
    XlsxReadSheet sheet;
    QXmlStreamReader reader(xml);
    QString reference;
    XlsxReadCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"c") {
            if (cell.type == u"s")
                cell.value = shared.value(cell.value.toInt());
            sheet.cells.insert(reference, cell);
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"pane" && a.value(QLatin1String("state")) == u"frozen")
            sheet.frozenRows = a.value(QLatin1String("ySplit")).toInt();
        else if (name == u"pageSetUpPr")
            sheet.fitToPage = a.value(QLatin1String("fitToPage")) == u"1";
        else if (name == u"pageSetup") {
            sheet.landscape = a.value(QLatin1String("orientation")) == u"landscape";
            if (a.hasAttribute(QLatin1String("fitToHeight")))
                sheet.fitToHeight = a.value(QLatin1String("fitToHeight")).toInt();
        } else if (name == u"autoFilter")
            sheet.autoFilter = a.value(QLatin1String("ref")).toString();
        else if (name == u"col") {
            for (int c = a.value(QLatin1String("min")).toInt();
                 c <= a.value(QLatin1String("max")).toInt(); ++c)
                sheet.columnWidths.insert(c, a.value(QLatin1String("width")).toDouble());
        } else if (name == u"c") {
            reference = a.value(QLatin1String("r")).toString();
            cell = XlsxReadCell();
            cell.type = a.value(QLatin1String("t")).toString();
            const Style style =
                styles.value(a.value(QLatin1String("s")).toInt(), {QStringLiteral("General")});
            cell.numberFormat = style.numberFormat;
            cell.bold = style.bold;
        } else if (name == u"f") {
            cell.formula = true;
        } else if (name == u"v" || name == u"t") {
            cell.value += reader.readElementText();
        }
    }
    return sheet;
}

} // namespace

QList<XlsxReadSheet> readXlsxSheets(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    // The sheets' names and relationship ids, in workbook order.
    QList<std::pair<QString, QString>> listed;
    QHash<int, QString> printTitles; // by sheet index
    QXmlStreamReader workbook(entry(zip, QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        if (!workbook.readNextStartElement())
            continue;
        const QXmlStreamAttributes a = workbook.attributes();
        if (workbook.name() == u"sheet")
            listed.append({a.value(QLatin1String("name")).toString(),
                           a.value(QLatin1String("r:id")).toString()});
        else if (workbook.name() == u"definedName" &&
                 a.value(QLatin1String("name")) == u"_xlnm.Print_Titles")
            printTitles.insert(a.value(QLatin1String("localSheetId")).toInt(),
                               workbook.readElementText());
    }
    QHash<QString, QString> targets;
    QXmlStreamReader relationships(entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!relationships.atEnd()) {
        if (relationships.readNextStartElement() && relationships.name() == u"Relationship")
            targets.insert(relationships.attributes().value(QLatin1String("Id")).toString(),
                           relationships.attributes().value(QLatin1String("Target")).toString());
    }
    QStringList shared;
    QXmlStreamReader strings(entry(zip, QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd()) {
        if (!strings.readNextStartElement())
            continue;
        if (strings.name() == u"si")
            shared.append(QString());
        else if (strings.name() == u"t" && !shared.isEmpty())
            shared.last() += strings.readElementText();
    }
    const QList<Style> styles = readStyles(entry(zip, QStringLiteral("xl/styles.xml")));
    QList<XlsxReadSheet> sheets;
    for (const auto &[name, id] : listed) {
        const QString target = targets.value(id);
        const QString part = target.startsWith(u'/') ? target.mid(1) : u"xl/" + target;
        XlsxReadSheet sheet = readSheet(entry(zip, part), shared, styles);
        sheet.name = name;
        sheet.printTitles = printTitles.value(int(sheets.size()));
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace Yardstick::Testing
