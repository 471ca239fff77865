// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowcursor.h"

struct sqlite3_stmt;

namespace Yardstick {

// RowCursor on a workbench file: one prepared statement, stepped.
class SqliteRowCursor final : public RowCursor
{
public:
    SqliteRowCursor(const QSqlDatabase &db, const char *sql, const RowCursorParameters &parameters);
    ~SqliteRowCursor() override;

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Yardstick
