// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "postgresqldialect.h"
#include "sqlitedialect.h"

namespace Yardstick {

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    // Stateless: one constant object per engine serves every connection.
    static const SqliteDialect sqlite;
    static const PostgresqlDialect postgresql;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgresql;
    return sqlite;
}

} // namespace Yardstick
