// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// The start of a CSV file (or of a workbook's sheet) as an import wizard shows it before anything
// is written: the header, the first data rows, and how the file was read.
struct CsvPreview
{
    QStringList header;    // trimmed, as the importers match it
    QList<CsvRecord> rows; // the first data rows, each with its file line
    QChar separator = u',';
    QString encoding; // as CsvReader::encodingName(), or "Excel workbook"
    QString sheet;    // the sheet read, for a workbook
    // Why the file (or its first rows) cannot be read; empty when it can.
    // "line 3: ..." when the problem has a place in the file.
    QString error;
    qint64 errorLine = 0; // 0 when the problem is the file as a whole

    bool ok() const { return error.isEmpty(); }
};

// Reads the header and up to maxRows data rows (of the named sheet of a
// workbook, empty: the first). The rows read before a problem are kept, so
// the wizard can show what precedes it.
CsvPreview readCsvPreview(const QString &path, int maxRows = 20, const QString &sheet = QString());

} // namespace Yardstick
