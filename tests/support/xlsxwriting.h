// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes small Excel workbooks for the tests: hand-written Office Open XML
// parts zipped with QuaZip, so each test shows exactly which cells, styles
// and shared strings the file holds. Shared by the core and cli tests.

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Yardstick::Testing {

struct XlsxTestSheet
{
    QString name;
    // Writes the <row> elements of <sheetData>; the sheet is streamed to the
    // ZIP entry, so a test can write 100,000 rows without holding them.
    std::function<void(QIODevice &)> writeRows;
};

struct XlsxTestWorkbook
{
    QList<XlsxTestSheet> sheets;
    // The inner XML of each <si> of the shared strings, e.g. "<t>APP</t>" or
    // rich text "<r><t>Ap</t></r><r><rPr><b/></rPr><t>p</t></r>".
    QStringList sharedStrings;
    // Custom number formats: id and format code (ids from 164).
    QList<std::pair<int, QString>> numberFormats;
    // The number format id of each cell style, a cell's s attribute
    // indexing this list (0 should be 0, General).
    QList<int> cellStyles{0};
    bool date1904 = false;
};

// Writes the workbook; fails the test if the file cannot be written.
void writeXlsx(const QString &path, const XlsxTestWorkbook &workbook);

// One sheet whose rows are the given XML.
XlsxTestSheet xlsxSheet(const QString &name, const QString &rowsXml);

// XML for one cell: text inline, a number (with a style), a shared string.
QString inlineCell(const QString &reference, const QString &text);
QString numberCell(const QString &reference, const QString &number, int style = 0);
QString sharedCell(const QString &reference, int index);
QString xlsxRow(int number, const QStringList &cells);
// A row of inline text cells from column A on, numbered as given.
QString textRow(int number, const QStringList &texts);

} // namespace Yardstick::Testing
