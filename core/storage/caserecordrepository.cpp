// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordrepository.h"

#include "analysis/turnaround.h"
#include "database.h"
#include "periodvaluerepository.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "storedmoment.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Yardstick {

namespace {

// One completed case as the engine reads it; the department and right-first-
// time columns are at the given positions of the statement's row.
CaseFact factOf(const Moment &received, const Moment &completed, const RowCursor &row,
                int departmentColumn, int rightFirstTimeColumn)
{
    CaseFact fact;
    fact.calendarDays = elapsedDays(received, completed);
    fact.receivedDay = qint32(received.date.toJulianDay());
    fact.completedDay = qint32(completed.date.toJulianDay());
    fact.departmentId = row.isNull(departmentColumn) ? 0 : row.integer(departmentColumn);
    fact.rightFirstTime = row.isNull(rightFirstTimeColumn)
                              ? qint8(-1)
                              : qint8(row.integer(rightFirstTimeColumn) != 0);
    return fact;
}

// right_first_time: 1 yes, 0 no, NULL unknown.
QVariant rightFirstTimeValue(RightFirstTime value)
{
    if (value == RightFirstTime::Unknown)
        return QVariant();
    return value == RightFirstTime::Yes ? 1 : 0;
}

RightFirstTime rightFirstTimeFromValue(const QVariant &value)
{
    if (value.isNull())
        return RightFirstTime::Unknown;
    return value.toInt() != 0 ? RightFirstTime::Yes : RightFirstTime::No;
}

std::optional<Moment> momentFromColumns(const QVariant &digits, const QVariant &offset)
{
    if (digits.isNull())
        return std::nullopt;
    return fromStoredMoment(digits.toLongLong(),
                            offset.isNull() ? std::nullopt : std::optional<qint32>(offset.toInt()));
}

void addMomentBindValues(QSqlQuery &query, const std::optional<StoredMoment> &moment)
{
    query.addBindValue(moment ? QVariant(moment->digits) : QVariant());
    query.addBindValue(moment && moment->utcOffsetSeconds ? QVariant(*moment->utcOffsetSeconds)
                                                          : QVariant());
}

} // namespace

CaseRecordRepository::CaseRecordRepository(Database &database)
    : m_database(database)
{}

namespace {

const QString kCaseColumns =
    QStringLiteral("SELECT service_id, case_id, received_at, received_offset, completed_at, "
                   "completed_offset, right_first_time, department_id, key_customer "
                   "FROM case_records ");

// The cases a query over kCaseColumns found.
QList<CaseRecord> readCases(QSqlQuery &query)
{
    QList<CaseRecord> result;
    while (query.next()) {
        CaseRecord c;
        c.serviceId = query.value(0).toLongLong();
        c.caseId = query.value(1).toString();
        c.receivedAt = momentFromColumns(query.value(2), query.value(3)).value_or(Moment());
        c.completedAt = momentFromColumns(query.value(4), query.value(5));
        c.rightFirstTime = rightFirstTimeFromValue(query.value(6));
        c.departmentId = SqlValues::toOptionalId(query.value(7));
        c.keyCustomer = query.value(8).toBool();
        result.append(c);
    }
    return result;
}

} // namespace

QList<CaseRecord> CaseRecordRepository::withCaseId(const QString &caseId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(kCaseColumns + QStringLiteral("WHERE case_id = ? ORDER BY service_id"));
    query.addBindValue(caseId);
    query.exec();
    return readCases(query);
}

QList<CaseRecord> CaseRecordRepository::forService(qint64 serviceId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(kCaseColumns + QStringLiteral("WHERE service_id = ?"));
    query.addBindValue(serviceId);
    query.exec();
    QList<CaseRecord> result = readCases(query);
    // By received time, a date at the midnight that starts it, then case id.
    const auto sortKey = [](const CaseRecord &c) {
        return std::make_tuple(c.receivedAt.date, c.receivedAt.secondOfDay.value_or(0), c.caseId);
    };
    std::sort(result.begin(), result.end(),
              [&](const CaseRecord &a, const CaseRecord &b) { return sortKey(a) < sortKey(b); });
    return result;
}

namespace {

// A stored moment from its two integer columns (digits, offset).
std::optional<Moment> storedMoment(const RowCursor &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    const bool zoned = !row.isNull(column + 1);
    return fromStoredMoment(row.integer(column),
                            zoned ? std::optional<qint32>(qint32(row.integer(column + 1)))
                                  : std::nullopt);
}

} // namespace

std::vector<CaseFact> CaseRecordRepository::completedFactsOf(qint64 serviceId) const
{
    std::vector<CaseFact> facts;
    // The table's key starts with the service, so this reads one contiguous
    // run of it, in the same order completedFacts() meets the rows.
    const auto row = SqlDialect::of(m_database.connection())
                         .readRows(m_database.connection(),
                                   "SELECT received_at, received_offset, completed_at, "
                                   "completed_offset, right_first_time, department_id "
                                   "FROM case_records "
                                   "WHERE service_id = $1 AND completed_at IS NOT NULL",
                                   {serviceId});
    while (row->next()) {
        const std::optional<Moment> received = storedMoment(*row, 0);
        const std::optional<Moment> completed = storedMoment(*row, 2);
        if (!received || !completed)
            continue; // only a hand-edited file can hold these
        facts.push_back(factOf(*received, *completed, *row, 5, 4));
    }
    return facts;
}

QHash<qint64, std::vector<CaseFact>>
CaseRecordRepository::completedFacts(const QList<qint64> &serviceIds) const
{
    QHash<qint64, std::vector<CaseFact>> result;
    const SqlDialect &dialect = SqlDialect::of(m_database.connection());
    // A plain scan in file order: filtering by service through the unique
    // index would visit the table in index order, one random read per case.
    const QByteArray sql = "SELECT service_id, received_at, received_offset, completed_at, "
                           "completed_offset, right_first_time, department_id FROM case_records" +
                           dialect.withoutIndex() + " WHERE completed_at IS NOT NULL";
    const auto row = dialect.readRows(m_database.connection(), sql.constData());
    const QSet<qint64> wanted(serviceIds.cbegin(), serviceIds.cend());
    qint64 lastService = -1;
    std::vector<CaseFact> *facts = nullptr;
    while (row->next()) {
        const qint64 service = row->integer(0);
        if (service != lastService) {
            lastService = service;
            facts = wanted.isEmpty() || wanted.contains(service) ? &result[service] : nullptr;
        }
        if (!facts)
            continue;
        const std::optional<Moment> received = storedMoment(*row, 1);
        const std::optional<Moment> completed = storedMoment(*row, 3);
        if (!received || !completed)
            continue; // only a hand-edited file can hold these
        facts->push_back(factOf(*received, *completed, *row, 6, 5));
    }
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
        "INSERT INTO case_records (service_id, case_id, received_at, received_offset, "
        "completed_at, completed_offset, right_first_time, department_id, key_customer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> services;
    for (const CaseRecord &c : std::as_const(cases)) {
        if (!services.contains(c.serviceId))
            services.append(c.serviceId);
    }
    if (StorageResult marked = PeriodValueRepository::markStale(m_database.connection(), services);
        !marked.ok())
        return marked;
    for (CaseRecord &c : cases) {
        const std::optional<StoredCaseMoments> moments = toStoredMoments(c);
        if (!moments) {
            return StorageResult::failure(
                QCoreApplication::translate("Yardstick::CaseRecordRepository",
                                            "Case %1: a case date must fall in the years 1 to "
                                            "9999.")
                    .arg(c.caseId));
        }
        query.addBindValue(c.serviceId);
        query.addBindValue(SqlValues::text(c.caseId));
        addMomentBindValues(query, moments->received);
        addMomentBindValues(query, moments->completed);
        query.addBindValue(rightFirstTimeValue(c.rightFirstTime));
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
