// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordrepository.h"

#include "analysis/turnaround.h"
#include "database.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSet>

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
    query.prepare(
        QStringLiteral("SELECT service_id, case_id, received_at, completed_at, right_first_time, "
                       "department_id, key_customer FROM case_records WHERE service_id = ? "
                       "ORDER BY received_at, case_id"));
    query.addBindValue(serviceId);
    query.exec();
    while (query.next()) {
        CaseRecord c;
        c.serviceId = query.value(0).toLongLong();
        c.caseId = query.value(1).toString();
        c.receivedAt = Moment::fromIsoString(query.value(2).toString()).value_or(Moment());
        if (!query.value(3).isNull())
            c.completedAt = Moment::fromIsoString(query.value(3).toString());
        c.rightFirstTime = rightFirstTimeFromKey(query.value(4).toString());
        c.departmentId = SqlValues::toOptionalId(query.value(5));
        c.keyCustomer = query.value(6).toBool();
        result.append(c);
    }
    return result;
}

namespace {

// Reads a stored (ASCII, canonical) date-time straight from SQLite's UTF-8
// text without building a QString: a million rows would otherwise cost two
// million allocations.
std::optional<Moment> storedMoment(sqlite3_stmt *statement, int column)
{
    const auto *text = sqlite3_column_text(statement, column);
    const int size = sqlite3_column_bytes(statement, column);
    char16_t wide[40];
    if (!text || size <= 0 || size > int(std::size(wide)))
        return std::nullopt;
    for (int i = 0; i < size; ++i)
        wide[i] = char16_t(text[i]);
    return Moment::fromIsoString(QStringView(wide, size));
}

} // namespace

QHash<qint64, std::vector<CaseFact>>
CaseRecordRepository::completedFacts(const QList<qint64> &serviceIds) const
{
    QHash<qint64, std::vector<CaseFact>> result;
    sqlite3 *handle = sqliteHandle(m_database.connection());
    if (!handle)
        return result;
    // A plain scan in file order: filtering by service through the unique
    // index would visit the table in index order, one random read per case.
    const char *sql = "SELECT service_id, received_at, completed_at, right_first_time, "
                      "department_id FROM case_records NOT INDEXED "
                      "WHERE completed_at IS NOT NULL";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return result;
    const QSet<qint64> wanted(serviceIds.cbegin(), serviceIds.cend());
    qint64 lastService = -1;
    std::vector<CaseFact> *facts = nullptr;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const qint64 service = sqlite3_column_int64(statement, 0);
        if (service != lastService) {
            lastService = service;
            facts = wanted.isEmpty() || wanted.contains(service) ? &result[service] : nullptr;
        }
        if (!facts)
            continue;
        const std::optional<Moment> received = storedMoment(statement, 1);
        const std::optional<Moment> completed = storedMoment(statement, 2);
        if (!received || !completed)
            continue; // only a hand-edited file can hold these
        CaseFact fact;
        fact.calendarDays = elapsedDays(*received, *completed);
        fact.receivedDay = qint32(received->date.toJulianDay());
        fact.completedDay = qint32(completed->date.toJulianDay());
        fact.departmentId = sqlite3_column_int64(statement, 4);
        const auto *rft = reinterpret_cast<const char *>(sqlite3_column_text(statement, 3));
        fact.rightFirstTime = qstrcmp(rft, "yes") == 0 ? 1 : qstrcmp(rft, "no") == 0 ? 0 : -1;
        facts->push_back(fact);
    }
    sqlite3_finalize(statement);
    return result;
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
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
