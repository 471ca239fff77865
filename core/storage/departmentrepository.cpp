// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "departmentrepository.h"

#include "busyerror.h"
#include "database.h"
#include "periodvaluerepository.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

namespace {

Department departmentFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool()};
}

// What case_history keeps of a department: its id as text.
QString historyValue(qint64 id)
{
    return QString::number(id);
}

StorageResult resultOf(const QString &error)
{
    return error.isEmpty() ? StorageResult::success() : StorageResult::failure(error);
}

} // namespace

DepartmentRepository::DepartmentRepository(Database &database)
    : m_database(database)
{}

QList<Department> DepartmentRepository::all() const
{
    QList<Department> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT id, code, name, retired FROM departments ORDER BY name"));
    while (query.next())
        result.append(departmentFrom(query));
    return result;
}

std::optional<Department> DepartmentRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, code, name, retired FROM departments WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return departmentFrom(query);
    return std::nullopt;
}

std::optional<Department> DepartmentRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, code, name, retired FROM departments WHERE id = ?") +
                  QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return departmentFrom(query);
    return std::nullopt;
}

StorageResult DepartmentRepository::insert(Department &department)
{
    // A new department leaves its id out (see DimensionRepository::insert).
    const bool numbered = department.id > 0;
    QSqlQuery query(m_database.connection());
    query.prepare(numbered ? QStringLiteral("INSERT INTO departments (id, code, name, retired) "
                                            "VALUES (?, ?, ?, ?) RETURNING id")
                           : QStringLiteral("INSERT INTO departments (code, name, retired) "
                                            "VALUES (?, ?, ?) RETURNING id"));
    if (numbered)
        query.addBindValue(department.id);
    query.addBindValue(SqlValues::text(department.code));
    query.addBindValue(SqlValues::text(department.name));
    query.addBindValue(department.retired ? 1 : 0);
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (!query.next())
        return StorageResult::failure(BusyError::describe(query.lastError()));
    department.id = query.value(0).toLongLong();
    if (numbered) {
        if (QString error = SqlDialect::of(m_database.connection())
                                .followExplicitIds(m_database.connection(), "departments");
            !error.isEmpty())
            return StorageResult::failure(error);
    }
    return StorageResult::success();
}

StorageResult DepartmentRepository::update(const Department &department)
{
    return resultOf(SqlRows::exec(
        m_database.connection(),
        QStringLiteral("UPDATE departments SET code = ?, name = ?, retired = ? WHERE id = ?"),
        {SqlValues::text(department.code), SqlValues::text(department.name), department.retired,
         department.id}));
}

StorageResult DepartmentRepository::remove(qint64 id)
{
    return resultOf(SqlRows::exec(m_database.connection(),
                                  QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}));
}

OrgUnitUsage DepartmentRepository::usage(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    OrgUnitUsage usage;
    usage.standards = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM standards WHERE department_id = ?"), {id});
    usage.cases = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM case_records WHERE department_id = ?"), {id});
    usage.audits = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM audits WHERE department_id = ?"), {id});
    return usage;
}

DepartmentReferences DepartmentRepository::references(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    DepartmentReferences refs;
    refs.standards =
        SqlRows::ids(db, QStringLiteral("SELECT id FROM standards WHERE department_id = ?"), {id});
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT service_id, case_id FROM case_records WHERE department_id = ?"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            refs.cases.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    refs.audits =
        SqlRows::ids(db, QStringLiteral("SELECT id FROM audits WHERE department_id = ?"), {id});
    refs.historyOldValues = SqlRows::ids(
        db,
        QStringLiteral("SELECT id FROM case_history WHERE field = 'department' AND old_value = ?"),
        {historyValue(id)});
    refs.historyNewValues = SqlRows::ids(
        db,
        QStringLiteral("SELECT id FROM case_history WHERE field = 'department' AND new_value = ?"),
        {historyValue(id)});
    return refs;
}

StorageResult DepartmentRepository::merge(const Department &from, const Department &into)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        // Cases change service or department: every kept value is redone.
        if (StorageResult marked = PeriodValueRepository::markAllStale(db); !marked.ok())
            return marked;
        const QVariantList ids{into.id, from.id};
        const QVariantList values{historyValue(into.id), historyValue(from.id)};
        const QList<std::pair<QString, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET department_id = ? WHERE department_id = ?"), ids},
            {QStringLiteral("UPDATE case_records SET department_id = ? WHERE department_id = ?"),
             ids},
            {QStringLiteral("UPDATE audits SET department_id = ? WHERE department_id = ?"), ids},
            {QStringLiteral("UPDATE case_history SET old_value = ? "
                            "WHERE field = 'department' AND old_value = ?"),
             values},
            {QStringLiteral("UPDATE case_history SET new_value = ? "
                            "WHERE field = 'department' AND new_value = ?"),
             values},
        };
        for (const auto &[sql, bound] : steps) {
            if (const QString error = SqlRows::exec(db, sql, bound); !error.isEmpty())
                return StorageResult::failure(error);
        }
        return remove(from.id);
    });
}

StorageResult DepartmentRepository::unmerge(const Department &from,
                                            const DepartmentReferences &references)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        // Cases change service or department: every kept value is redone.
        if (StorageResult marked = PeriodValueRepository::markAllStale(db); !marked.ok())
            return marked;
        Department restored = from; // keeps its id
        if (StorageResult inserted = insert(restored); !inserted.ok())
            return inserted;
        const QList<std::tuple<QString, QVariantList, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET department_id = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {from.id},
             SqlRows::variants(references.standards)},
            {QStringLiteral("UPDATE audits SET department_id = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {from.id},
             SqlRows::variants(references.audits)},
            {QStringLiteral("UPDATE case_history SET old_value = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {historyValue(from.id)},
             SqlRows::variants(references.historyOldValues)},
            {QStringLiteral("UPDATE case_history SET new_value = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {historyValue(from.id)},
             SqlRows::variants(references.historyNewValues)},
        };
        for (const auto &[sql, bound, keys] : steps) {
            if (const QString error = SqlRows::execForKeys(db, sql, bound, keys); !error.isEmpty())
                return StorageResult::failure(error);
        }
        QVariantList cases;
        cases.reserve(references.cases.size());
        for (const auto &[serviceId, caseId] : references.cases)
            cases.append(QVariant(QVariantList{serviceId, caseId}));
        if (const QString error = SqlRows::execForKeys(
                db,
                QStringLiteral("UPDATE case_records SET department_id = ? WHERE (service_id, "
                               "case_id) IN (SELECT json_extract(value, '$[0]'), "
                               "json_extract(value, '$[1]') FROM json_each(?))"),
                {from.id}, cases);
            !error.isEmpty())
            return StorageResult::failure(error);
        return StorageResult::success();
    });
}

} // namespace Yardstick
