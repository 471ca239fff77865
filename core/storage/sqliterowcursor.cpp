// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterowcursor.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

namespace Yardstick {

SqliteRowCursor::SqliteRowCursor(const QSqlDatabase &db, const char *sql,
                                 const RowCursorParameters &parameters)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
        return;
    }
    for (size_t i = 0; i < parameters.size(); ++i)
        sqlite3_bind_int64(m_statement, int(i) + 1, parameters[i]);
}

SqliteRowCursor::~SqliteRowCursor()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRowCursor::next()
{
    return m_statement && sqlite3_step(m_statement) == SQLITE_ROW;
}

bool SqliteRowCursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRowCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

} // namespace Yardstick
