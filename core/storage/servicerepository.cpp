// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicerepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace Yardstick {

namespace {
Service serviceFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}
} // namespace

ServiceRepository::ServiceRepository(Database &database)
    : m_database(database)
{}

QList<Service> ServiceRepository::all() const
{
    QList<Service> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT id, code, name, description FROM services ORDER BY name"));
    while (query.next())
        result.append(serviceFrom(query));
    return result;
}

std::optional<Service> ServiceRepository::byCode(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, code, name, description FROM services WHERE code = ?"));
    query.addBindValue(SqlValues::text(code));
    if (query.exec() && query.next())
        return serviceFrom(query);
    return std::nullopt;
}

StorageResult ServiceRepository::insert(Service &service)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO services (code, name, description) VALUES (?, ?, ?)"));
    query.addBindValue(SqlValues::text(service.code));
    query.addBindValue(SqlValues::text(service.name));
    query.addBindValue(SqlValues::text(service.description));
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    service.id = query.lastInsertId().toLongLong();
    return StorageResult::success();
}

} // namespace Yardstick
