// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

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
    // The workbench's schema version, -1 if it cannot be read.
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    // Records the schema version; returns an empty string on success.
    virtual QString setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
};

} // namespace Yardstick
