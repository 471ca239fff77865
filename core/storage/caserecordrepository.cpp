// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

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
