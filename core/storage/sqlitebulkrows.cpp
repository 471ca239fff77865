// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebulkrows.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

namespace Yardstick {

SqliteBulkRows::SqliteBulkRows(const QSqlDatabase &db, const char *table,
                               const BulkRowsColumns &columns)
    : m_handle(sqliteHandle(db))
{
    QByteArray names, marks;
    for (const char *column : columns) {
        names += (names.isEmpty() ? "" : ", ") + QByteArray(column);
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    const QByteArray sql =
        "INSERT INTO " + QByteArray(table) + " (" + names + ") VALUES (" + marks + ")";
    if (!m_handle ||
        sqlite3_prepare_v2(m_handle, sql.constData(), -1, &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
        m_failed = true;
    }
}

SqliteBulkRows::~SqliteBulkRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteBulkRows::add(qint64 value)
{
    sqlite3_bind_int64(m_statement, ++m_column, value);
}

void SqliteBulkRows::add(const QByteArray &utf8Text)
{
    sqlite3_bind_text(m_statement, ++m_column, utf8Text.constData(), int(utf8Text.size()),
                      SQLITE_TRANSIENT);
}

void SqliteBulkRows::add(std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(m_statement, ++m_column, *value);
    else
        sqlite3_bind_null(m_statement, ++m_column);
}

bool SqliteBulkRows::endRow()
{
    m_column = 0;
    if (!m_statement)
        return false;
    const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
    sqlite3_reset(m_statement);
    m_failed = m_failed || !done;
    return done;
}

QString SqliteBulkRows::error() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                    : QStringLiteral("the workbench is not open");
}

} // namespace Yardstick
