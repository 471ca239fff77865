// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace Yardstick {

// Many integer rows out of one query, a row at a time, without QVariants
// (reading a million cases through QSqlQuery costs more than the analysis):
// on a file through SQLite's C API, on a server through libpq in single-row
// mode (the rows stream; the client never holds the whole result). Made by
// SqlDialect::readRows. Parameters are written $1, $2… (both engines read
// them) and are integers.
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // Moves to the next row; false at the end or on an error.
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;

protected:
    RowCursor() = default;
};

using RowCursorParameters = std::vector<qint64>;

} // namespace Yardstick
