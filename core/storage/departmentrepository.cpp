// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "departmentrepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace Yardstick {

DepartmentRepository::DepartmentRepository(Database &database)
    : m_database(database)
{}

QList<Department> DepartmentRepository::all() const
{
    QList<Department> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT id, code, name FROM departments ORDER BY name"));
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

StorageResult DepartmentRepository::insert(Department &department)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO departments (code, name) VALUES (?, ?)"));
    query.addBindValue(SqlValues::text(department.code));
    query.addBindValue(SqlValues::text(department.name));
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    department.id = query.lastInsertId().toLongLong();
    return StorageResult::success();
}

} // namespace Yardstick
