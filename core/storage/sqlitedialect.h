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
    int schemaVersion(const QSqlDatabase &db) const override;
    QString setSchemaVersion(const QSqlDatabase &db, int version) const override;
};

} // namespace Yardstick
