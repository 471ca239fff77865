// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// The different values one column of a CSV file holds, each once whatever
// its case, with how many rows hold it: what a value map is written for
// ("Category 26" and "Category 42" onto one service).
struct DistinctValues
{
    struct Value
    {
        QString text; // trimmed, as first written in the file
        qint64 rows = 0;
    };
    QList<Value> values; // in natural order ("Category 4" before "Category 26")
    // More values than the cap: the first ones met are listed.
    bool truncated = false;
};

// Reads the whole file (empty cells and the words for no value left out,
// missingTokens added to the usual ones). A file that cannot be read, or
// lacks the column, has none.
// For a workbook, the sheet is read (empty: the first).
DistinctValues readDistinctValues(const QString &path, const QString &column,
                                  const QStringList &missingTokens, qsizetype cap = 500,
                                  const QString &sheet = QString());

} // namespace Yardstick
