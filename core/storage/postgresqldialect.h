// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

namespace Yardstick {

// A workbench on a PostgreSQL server. The schema version and the
// workbench's mark (SQLite's application_id) live in the one-row table
// yardstick_workbench. Migration statements are rendered from SQLite's
// words: an INTEGER PRIMARY KEY (SQLite's row id, numbered by the engine)
// becomes an identity column, INTEGER a 64-bit BIGINT (SQLite's integers are
// 64-bit; a case's moment YYYYMMDDhhmmss needs it), REAL a DOUBLE PRECISION,
// and WITHOUT ROWID, a SQLite storage choice, is dropped.
class PostgresqlDialect final : public SqlDialect
{
public:
    static constexpr const char *kMarkTable = "yardstick_workbench";

    bool inTransaction(const QSqlDatabase &db) const override;
    QString beginTransaction() const override;
    QString migrationStatement(const char *sqliteStatement) const override;
    QString afterUpgrade(const QSqlDatabase &db) const override;
    QString keepCopiedStamps(const QSqlDatabase &db) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    QString setSchemaVersion(const QSqlDatabase &db, int version) const override;
    QStringList workbenchTables(const QSqlDatabase &db) const override;
    QList<std::pair<QString, QString>> foreignKeys(const QSqlDatabase &db) const override;
    QString deferForeignKeys(const QSqlDatabase &db) const override;
    QString keysStatement(const QString &sqliteStatement, bool integerKeys) const override;
    QString followExplicitIds(const QSqlDatabase &db, const char *table) const override;
    QByteArray withoutIndex() const override { return QByteArray(); }
    QByteArray lockingRead() const override { return " FOR UPDATE"; }
    std::unique_ptr<BulkRows> bulkRows(const QSqlDatabase &db, const char *table,
                                       const BulkRowsColumns &columns) const override;
    std::unique_ptr<RowCursor> readRows(const QSqlDatabase &db, const char *sql,
                                        const RowCursorParameters &parameters) const override;
};

} // namespace Yardstick
