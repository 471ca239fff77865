// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

#include "migrations.h"
#include "sqlitebulkrows.h"
#include "sqlitehandle.h"
#include "sqliterowcursor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <string_view>

namespace Yardstick {

bool SqliteDialect::inTransaction(const QSqlDatabase &db) const
{
    sqlite3 *handle = sqliteHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

QString SqliteDialect::beginTransaction() const
{
    // QSqlDatabase::transaction() issues a deferred BEGIN; an immediate one
    // takes the write lock up front so a locked file fails here, not halfway.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::migrationStatement(const char *sqliteStatement) const
{
    if (std::string_view(sqliteStatement).starts_with(Migrations::kServerOnly))
        return {};
    return QString::fromUtf8(sqliteStatement);
}

int SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    // PRAGMA takes no bound parameters; the number comes from this code,
    // never from input.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return query.lastError().text();
    return {};
}

std::unique_ptr<BulkRows> SqliteDialect::bulkRows(const QSqlDatabase &db, const char *table,
                                                  const BulkRowsColumns &columns) const
{
    return std::make_unique<SqliteBulkRows>(db, table, columns);
}

std::unique_ptr<RowCursor> SqliteDialect::readRows(const QSqlDatabase &db, const char *sql,
                                                   const RowCursorParameters &parameters) const
{
    return std::make_unique<SqliteRowCursor>(db, sql, parameters);
}

QStringList SqliteDialect::workbenchTables(const QSqlDatabase &db) const
{
    QStringList tables;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

QList<std::pair<QString, QString>> SqliteDialect::foreignKeys(const QSqlDatabase &db) const
{
    QList<std::pair<QString, QString>> keys;
    for (const QString &table : workbenchTables(db)) {
        QSqlQuery query(db);
        // The name comes from sqlite_master, not from input.
        if (!query.exec(
                QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')")
                    .arg(table)))
            continue;
        while (query.next())
            keys.append({table, query.value(0).toString()});
    }
    return keys;
}

QString SqliteDialect::deferForeignKeys(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) ? QString()
                                                                        : query.lastError().text();
}

} // namespace Yardstick
