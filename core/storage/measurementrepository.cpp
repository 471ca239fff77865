// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

MeasurementRepository::MeasurementRepository(Database &database)
    : m_database(database)
{}

QList<Measurement> MeasurementRepository::select(qint64 standardId) const
{
    QList<Measurement> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT id, standard_id, period_start, period_end, value, sample_size, source "
        "FROM measurements ");
    if (standardId == 0) {
        query.prepare(columns + QStringLiteral("ORDER BY standard_id, period_start"));
    } else {
        query.prepare(columns + QStringLiteral("WHERE standard_id = ? ORDER BY period_start"));
        query.addBindValue(standardId);
    }
    query.exec();
    while (query.next()) {
        Measurement m;
        m.id = query.value(0).toLongLong();
        m.standardId = query.value(1).toLongLong();
        m.periodStart = SqlValues::toDate(query.value(2));
        m.periodEnd = SqlValues::toDate(query.value(3));
        m.value = query.value(4).toDouble();
        if (!query.value(5).isNull())
            m.sampleSize = query.value(5).toInt();
        m.source = query.value(6).toString();
        result.append(m);
    }
    return result;
}

QList<Measurement> MeasurementRepository::all() const
{
    return select(0);
}

QList<Measurement> MeasurementRepository::forStandard(qint64 standardId) const
{
    return select(standardId);
}

int MeasurementRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM measurements")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::pair<QDate, QDate> MeasurementRepository::dateRange() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT MIN(period_start), MAX(period_end) FROM measurements")) &&
        query.next()) {
        return {SqlValues::toDate(query.value(0)), SqlValues::toDate(query.value(1))};
    }
    return {};
}

std::optional<Measurement> MeasurementRepository::find(qint64 standardId, QDate periodStart,
                                                       QDate periodEnd) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, value, sample_size, source FROM measurements "
                                 "WHERE standard_id = ? AND period_start = ? AND period_end = ? "
                                 "ORDER BY id LIMIT 1"));
    query.addBindValue(standardId);
    query.addBindValue(SqlValues::date(periodStart));
    query.addBindValue(SqlValues::date(periodEnd));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Measurement m;
    m.id = query.value(0).toLongLong();
    m.standardId = standardId;
    m.periodStart = periodStart;
    m.periodEnd = periodEnd;
    m.value = query.value(1).toDouble();
    if (!query.value(2).isNull())
        m.sampleSize = query.value(2).toInt();
    m.source = query.value(3).toString();
    return m;
}

qint64 MeasurementRepository::maxId() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM measurements")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

StorageResult MeasurementRepository::insertMany(QList<Measurement> &measurements)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO measurements (standard_id, period_start, period_end, "
                                 "value, sample_size, source) VALUES (?, ?, ?, ?, ?, ?)"));
    for (Measurement &m : measurements) {
        query.addBindValue(m.standardId);
        query.addBindValue(SqlValues::date(m.periodStart));
        query.addBindValue(SqlValues::date(m.periodEnd));
        query.addBindValue(m.value);
        query.addBindValue(SqlValues::optional(m.sampleSize));
        query.addBindValue(SqlValues::text(m.source));
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        m.id = query.lastInsertId().toLongLong();
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult MeasurementRepository::replaceDerived(qint64 standardId, const QString &source,
                                                    QList<Measurement> &measurements)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM measurements WHERE standard_id = ? AND source = ?"));
    query.addBindValue(standardId);
    query.addBindValue(source);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    query.prepare(QStringLiteral("INSERT INTO measurements (standard_id, period_start, period_end, "
                                 "value, sample_size, source) VALUES (?, ?, ?, ?, ?, ?)"));
    for (Measurement &m : measurements) {
        m.standardId = standardId;
        m.source = source;
        query.addBindValue(m.standardId);
        query.addBindValue(SqlValues::date(m.periodStart));
        query.addBindValue(SqlValues::date(m.periodEnd));
        query.addBindValue(m.value);
        query.addBindValue(SqlValues::optional(m.sampleSize));
        query.addBindValue(m.source);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        m.id = query.lastInsertId().toLongLong();
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
