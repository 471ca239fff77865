// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

namespace Yardstick {

// A workbench file: the migrations run as written, the version is the
// file's PRAGMA user_version.
class SqliteDialect final : public SqlDialect
{
public:
    bool inTransaction(const QSqlDatabase &db) const override;
    QString beginTransaction() const override;
    QString migrationStatement(const char *sqliteStatement) const override;
    // A file keeps nothing beside its tables; its audit lines are stamped by
    // the one user writing it.
    QString afterUpgrade(const QSqlDatabase &) const override { return {}; }
    QString keepCopiedStamps(const QSqlDatabase &) const override { return {}; }
    int schemaVersion(const QSqlDatabase &db) const override;
    QString setSchemaVersion(const QSqlDatabase &db, int version) const override;
    QStringList workbenchTables(const QSqlDatabase &db) const override;
    QList<std::pair<QString, QString>> foreignKeys(const QSqlDatabase &db) const override;
    QString deferForeignKeys(const QSqlDatabase &db) const override;
    QString keysStatement(const QString &sqliteStatement, bool) const override
    {
        return sqliteStatement;
    }
    QString followExplicitIds(const QSqlDatabase &, const char *) const override { return {}; }
    QByteArray withoutIndex() const override { return " NOT INDEXED"; }
    QByteArray lockingRead() const override { return QByteArray(); }
    std::unique_ptr<BulkRows> bulkRows(const QSqlDatabase &db, const char *table,
                                       const BulkRowsColumns &columns) const override;
    std::unique_ptr<RowCursor> readRows(const QSqlDatabase &db, const char *sql,
                                        const RowCursorParameters &parameters) const override;
};

} // namespace Yardstick
