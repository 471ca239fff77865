// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// Writes export tables as an Excel workbook (.xlsx) with libxlsxwriter, one
// sheet per table, so a department head opening it gets real numbers, dates
// and percentages rather than CSV text: a bold header row frozen in place,
// an autofilter over the table and columns as wide as their content. Text
// cells are always written as strings, never as formulas, whatever they
// start with.
class XlsxTableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::XlsxTableWriter)

public:
    // Excel's limits: a sheet name's length, and the width a column gets at
    // most (in characters) so a letter's text does not push the rest away.
    static constexpr qsizetype kMaxSheetName = 31;
    static constexpr double kMaxColumnWidth = 60;

    // Writes the workbook, replacing the file only once it is complete.
    // Empty on success, otherwise why it failed.
    static QString write(const QString &path, const QList<ExportTable> &tables);

    // Sheet names Excel accepts for the names wanted, in order: without
    // []:*?/\, not starting or ending with an apostrophe, at most 31
    // characters, never empty, and unique regardless of case ("Name (2)").
    static QStringList sheetNames(const QStringList &wanted);
    // The width of each column in characters: its widest cell as shown, or
    // its header with room for the filter button, capped.
    static QList<double> columnWidths(const ExportTable &table);
};

} // namespace Yardstick
