// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyrepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace Yardstick {

PropertyRepository::PropertyRepository(Database &database)
    : m_database(database)
{}

QString PropertyRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM workbench_properties WHERE key = ?"));
    query.addBindValue(SqlValues::text(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

StorageResult PropertyRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO workbench_properties (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(SqlValues::text(key));
    query.addBindValue(SqlValues::text(value));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
