// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QString>

#include <memory>
#include <optional>

namespace Yardstick {

// A table read row by row, whatever file holds it: a CSV file or a sheet of
// an Excel workbook. Every import reads through one, so both kinds of file
// are accepted everywhere and rejected rows are located the same way.
class TableSource
{
public:
    virtual ~TableSource() = default;

    // The next non-blank row, the header first; nullopt at the end or on an
    // error (see error()). A row's line is its line in a CSV file, its row
    // number in a sheet.
    virtual std::optional<CsvRecord> next() = 0;
    virtual const std::optional<CsvReadError> &error() const = 0;

    // How far reading has got, of size(), in units of the source's own (bytes
    // of the file or of the sheet), for progress bars.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // The name rejections give: "cases.csv", or "cases.xlsx[Sheet1]".
    virtual QString displayName() const = 0;
    // The field separator of a CSV file (it decides whether "3,5" is a
    // decimal comma); a workbook's numbers are typed, so it says ','.
    virtual QChar separator() const = 0;
    // "UTF-8", "UTF-16LE"…, or "Excel workbook".
    virtual QString encodingName() const = 0;
    // The sheet read, empty for a CSV file.
    virtual QString sheetName() const { return QString(); }
};

// A table opened, or why not: the column ("file", "sheet") and the reason,
// ready for a located rejection on line 0.
struct TableOpening
{
    std::unique_ptr<TableSource> source;
    QString column;
    QString error;
};

// Opens a CSV file or, when its content says it is one (a ZIP or an
// encrypted OLE container) or its name ends in .xlsx, an Excel workbook at
// the named sheet (empty: the first). A sheet named for a CSV file is an
// error, so a mistaken --sheet does not pass unnoticed.
TableOpening openTableSource(const QString &path, const QString &sheet = QString());

} // namespace Yardstick
