// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "analysis/turnaround.h"
#include "sqlitehandle.h"
#include "transaction.h"

#include <sqlite3.h>

namespace Yardstick {

namespace {

QString rightFirstTimeKey(RightFirstTime value)
{
    switch (value) {
    case RightFirstTime::Yes:
        return QStringLiteral("yes");
    case RightFirstTime::No:
        return QStringLiteral("no");
    case RightFirstTime::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

RightFirstTime rightFirstTimeFromKey(const QString &key)
{
    if (key == QLatin1String("yes"))
        return RightFirstTime::Yes;
    if (key == QLatin1String("no"))
        return RightFirstTime::No;
    return RightFirstTime::Unknown;
}

} // namespace

CaseRecordRepository::CaseRecordRepository(Database &database)
    : m_database(database)
{}

QList<CaseRecord> CaseRecordRepository::forService(qint64 serviceId) const
{
    QList<CaseRecord> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, service_id, case_id, received_at, completed_at, right_first_time, "
        "department_id, key_customer FROM case_records WHERE service_id = ? "
        "ORDER BY received_at, id"));
    query.addBindValue(serviceId);
    query.exec();
    while (query.next()) {
        CaseRecord c;
        c.id = query.value(0).toLongLong();
        c.serviceId = query.value(1).toLongLong();
        c.caseId = query.value(2).toString();
        c.receivedAt = Moment::fromIsoString(query.value(3).toString()).value_or(Moment());
        if (!query.value(4).isNull())
            c.completedAt = Moment::fromIsoString(query.value(4).toString());
        c.rightFirstTime = rightFirstTimeFromKey(query.value(5).toString());
        c.departmentId = SqlValues::toOptionalId(query.value(6));
        c.keyCustomer = query.value(7).toBool();
        result.append(c);
    }
    return result;
}

QHash<qint64, std::vector<CaseFact>>
CaseRecordRepository::completedFacts(const QList<qint64> &serviceIds) const
{
    QHash<qint64, std::vector<CaseFact>> result;
    sqlite3 *handle = sqliteHandle(m_database.connection());
    if (!handle)
        return result;
    QByteArray sql = "SELECT service_id, received_at, completed_at, right_first_time, "
                     "department_id FROM case_records WHERE completed_at IS NOT NULL";
    if (!serviceIds.isEmpty()) {
        QByteArrayList ids;
        for (qint64 id : serviceIds)
            ids.append(QByteArray::number(id)); // numbers from the workbench, never input
        sql += " AND service_id IN (" + ids.join(',') + ')';
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return result;
    const auto text = [statement](int column) {
        const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
        return QStringView(data, sqlite3_column_bytes16(statement, column) / 2);
    };
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const std::optional<Moment> received = Moment::fromIsoString(text(1));
        const std::optional<Moment> completed = Moment::fromIsoString(text(2));
        if (!received || !completed)
            continue; // only a hand-edited file can hold these
        CaseFact fact;
        fact.calendarDays = elapsedDays(*received, *completed);
        fact.receivedDay = qint32(received->date.toJulianDay());
        fact.completedDay = qint32(completed->date.toJulianDay());
        fact.departmentId = sqlite3_column_int64(statement, 4);
        const auto *rft = reinterpret_cast<const char *>(sqlite3_column_text(statement, 3));
        fact.rightFirstTime = qstrcmp(rft, "yes") == 0 ? 1 : qstrcmp(rft, "no") == 0 ? 0 : -1;
        result[sqlite3_column_int64(statement, 0)].push_back(fact);
    }
    sqlite3_finalize(statement);
    return result;
}

QDate CaseRecordRepository::latestCompletion() const
{
    // Text order is date order for the date part of the canonical form.
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT MAX(substr(completed_at, 1, 10)) FROM case_records")) &&
        query.next())
        return SqlValues::toDate(query.value(0));
    return {};
}

int CaseRecordRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM case_records")) && query.next())
        return query.value(0).toInt();
    return 0;
}

StorageResult CaseRecordRepository::insertMany(QList<CaseRecord> &cases)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO case_records (service_id, case_id, received_at, completed_at, "
        "right_first_time, department_id, key_customer) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (CaseRecord &c : cases) {
        query.addBindValue(c.serviceId);
        query.addBindValue(SqlValues::text(c.caseId));
        query.addBindValue(c.receivedAt.toIsoString());
        query.addBindValue(c.completedAt ? QVariant(c.completedAt->toIsoString()) : QVariant());
        query.addBindValue(rightFirstTimeKey(c.rightFirstTime));
        query.addBindValue(SqlValues::optional(c.departmentId));
        query.addBindValue(c.keyCustomer);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        c.id = query.lastInsertId().toLongLong();
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
