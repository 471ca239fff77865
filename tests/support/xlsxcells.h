// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads back what the Excel exports wrote, cell by cell, with the types the
// file stores: QuaZip opens the container and QXmlStreamReader reads the
// workbook, relationship, shared-string, style and sheet parts. The tests
// then see whether a cell is a number, a string or a formula, and which
// number format it shows with, which the import's text-only view
// (XlsxTableSource) hides. No Yardstick code, so the cli tests use it too.

#include <QHash>
#include <QList>
#include <QString>

namespace Yardstick::Testing {

struct XlsxReadCell
{
    QString type;         // the t attribute: "" or "n" a number, "s" a shared string…
    QString value;        // a string's text, or the number as stored
    bool formula = false; // has an <f> element
    QString numberFormat; // the format code of its style: "General", "0.0%"…
    bool bold = false;
    bool isNumber() const { return (type.isEmpty() || type == u"n") && !formula; }
    bool isString() const { return type == u"s" || type == u"inlineStr" || type == u"str"; }
};

struct XlsxReadSheet
{
    QString name;
    QHash<QString, XlsxReadCell> cells; // by reference: "A1"
    int frozenRows = 0;                 // the ySplit of a frozen pane
    QString autoFilter;                 // its range: "A1:T5"
    QHash<int, double> columnWidths;    // by column number, 1 is A
    bool landscape = false;             // the page setup's orientation
    bool fitToPage = false;             // printed scaled to fitToWidth × fitToHeight pages
    int fitToHeight = 1;                // 0: as many pages tall as it takes
    QString printTitles;                // the rows repeated on each page: "Sheet!$1:$1"
    XlsxReadCell cell(const QString &reference) const { return cells.value(reference); }
};

// Every sheet of the workbook in order; empty if it cannot be read.
QList<XlsxReadSheet> readXlsxSheets(const QString &path);

} // namespace Yardstick::Testing
