// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkrows.h"
#include "rowcursor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Yardstick {

// What differs between the two engines a workbench lives on, a SQLite file
// or a PostgreSQL server, kept in one object per engine so repositories and
// migrations ask it instead of testing the driver themselves. The
// migrations are written once, in SQLite's words; a dialect renders them.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of db's driver (QPSQL or QSQLITE).
    static const SqlDialect &of(const QSqlDatabase &db);

    // Whether a transaction is open on db, so a new one must be a savepoint.
    virtual bool inTransaction(const QSqlDatabase &db) const = 0;
    // Starts a write transaction.
    virtual QString beginTransaction() const = 0;
    // A migration statement, written for SQLite, in this engine's words.
    virtual QString migrationStatement(const char *sqliteStatement) const = 0;
    // After migrations ran (in a transaction): installs what the engine keeps
    // beside the tables, for every table there is now. Empty on success.
    virtual QString afterUpgrade(const QSqlDatabase &db) const = 0;
    // Before rows of another workbench are copied in with their own audit
    // stamps (see WorkbenchCopier), inside its transaction. Empty on success.
    virtual QString keepCopiedStamps(const QSqlDatabase &db) const = 0;
    // The workbench's schema version, -1 if it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // Records the schema version; returns an empty string on success.
    virtual QString setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    // The workbench's tables (not the engine's own, nor the server's mark).
    virtual QStringList workbenchTables(const QSqlDatabase &db) const = 0;
    // Every foreign key as (child table, parent table).
    virtual QList<std::pair<QString, QString>> foreignKeys(const QSqlDatabase &db) const = 0;
    // tables ordered so that each comes after the tables it refers to.
    QStringList parentsFirst(const QSqlDatabase &db, const QStringList &tables) const;
    // Inside a transaction: foreign keys are checked at its commit, not row
    // by row, where the engine allows it. Empty on success.
    virtual QString deferForeignKeys(const QSqlDatabase &db) const = 0;
    // A statement that reads a JSON array of keys bound to one parameter,
    // written in SQLite's words ("SELECT value FROM json_each(?)", or pairs
    // as "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM
    // json_each(?)"), in this engine's; integerKeys: the keys are ids.
    virtual QString keysStatement(const QString &sqliteStatement, bool integerKeys) const = 0;
    // After rows were written with their own ids into table's engine-
    // numbered id column: the numbering continues after the largest (a
    // server's identity sequence does not follow by itself). Empty on success.
    virtual QString followExplicitIds(const QSqlDatabase &db, const char *table) const = 0;
    // Words after a table name in a full scan that must not go through an
    // index (SQLite's " NOT INDEXED"; a server plans this itself).
    virtual QByteArray withoutIndex() const = 0;
    // Words after a SELECT that reads a row about to be written, so no other
    // transaction changes it before this one commits (a server's
    // " FOR UPDATE"; a file's write transaction already excludes others).
    virtual QByteArray lockingRead() const = 0;
    // Many rows into table (see BulkRows), inside the open transaction.
    virtual std::unique_ptr<BulkRows> bulkRows(const QSqlDatabase &db, const char *table,
                                               const BulkRowsColumns &columns) const = 0;
    // The rows of a query of integers (see RowCursor).
    virtual std::unique_ptr<RowCursor>
    readRows(const QSqlDatabase &db, const char *sql,
             const RowCursorParameters &parameters = {}) const = 0;
};

} // namespace Yardstick
