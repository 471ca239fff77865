// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "postgresqldialect.h"
#include "sqlitedialect.h"

#include <algorithm>

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

QStringList SqlDialect::parentsFirst(const QSqlDatabase &db, const QStringList &tables) const
{
    const QList<std::pair<QString, QString>> keys = foreignKeys(db);
    QStringList ordered;
    QStringList waiting = tables;
    // A table is ready when every parent it names (other than itself) is
    // placed or not among the tables; what is left in a cycle goes last.
    while (!waiting.isEmpty()) {
        bool placed = false;
        for (qsizetype i = 0; i < waiting.size(); ++i) {
            const QString &table = waiting.at(i);
            const bool ready = std::none_of(keys.cbegin(), keys.cend(), [&](const auto &key) {
                return key.first == table && key.second != table && waiting.contains(key.second);
            });
            if (ready) {
                ordered.append(table);
                waiting.removeAt(i);
                placed = true;
                break;
            }
        }
        if (!placed) {
            ordered.append(waiting);
            break;
        }
    }
    return ordered;
}

} // namespace Yardstick
