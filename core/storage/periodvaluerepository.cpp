// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluerepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace Yardstick {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

QVariant julian(QDate day)
{
    return day.isValid() ? QVariant(day.toJulianDay()) : QVariant();
}

QDate fromJulian(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromJulianDay(value.toLongLong());
}

} // namespace

PeriodValueRepository::PeriodValueRepository(Database &database)
    : m_database(database)
{}

QList<qint64> PeriodValueRepository::staleServices() const
{
    QList<qint64> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT service_id FROM period_values_stale ORDER BY 1")))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

bool PeriodValueRepository::anyStale() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM period_values_stale LIMIT 1")) && query.next();
}

StoredPeriodValues PeriodValueRepository::load() const
{
    StoredPeriodValues stored;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT service_id, first_completed, last_completed FROM period_value_services "
            "WHERE service_id NOT IN (SELECT service_id FROM period_values_stale)")))
        return stored;
    while (query.next()) {
        const qint64 service = query.value(0).toLongLong();
        stored.addService(service);
        stored.setCompletedRange(service, fromJulian(query.value(1)), fromJulian(query.value(2)));
    }
    if (query.exec(QStringLiteral(
            "SELECT c.service_id, c.period_kind, c.period_start, c.n FROM period_case_counts c "
            "JOIN period_value_services s ON s.service_id = c.service_id "
            "WHERE c.service_id NOT IN (SELECT service_id FROM period_values_stale)"))) {
        while (query.next()) {
            if (const auto kind = periodKindFromKey(query.value(1).toString()))
                stored.setCaseCount(query.value(0).toLongLong(), *kind, fromJulian(query.value(2)),
                                    query.value(3).toLongLong());
        }
    }
    if (query.exec(QStringLiteral(
            "SELECT v.standard_id, v.period_kind, v.period_start, v.department_id, v.value, v.n "
            "FROM period_values v JOIN standards s ON s.id = v.standard_id "
            "JOIN period_value_services p ON p.service_id = s.service_id "
            "WHERE s.service_id NOT IN (SELECT service_id FROM period_values_stale)"))) {
        while (query.next()) {
            const auto kind = periodKindFromKey(query.value(1).toString());
            if (!kind)
                continue;
            stored.setValue(
                query.value(0).toLongLong(), *kind, fromJulian(query.value(2)),
                query.value(3).toLongLong(),
                {SqlValues::toOptionalDouble(query.value(4)), query.value(5).toLongLong()});
        }
    }
    return stored;
}

StorageResult PeriodValueRepository::replace(const ServicePeriodValues &values,
                                             const QList<qint64> &standardIds)
{
    return Transaction::run(m_database.connection(), [&]() -> StorageResult {
        QSqlQuery query(m_database.connection());
        const QString service = QString::number(values.serviceId);
        const QStringList clear{
            QStringLiteral("DELETE FROM period_values WHERE standard_id NOT IN "
                           "(SELECT id FROM standards)"),
            QStringLiteral("DELETE FROM period_values WHERE standard_id IN (%1)")
                .arg(idList(standardIds)),
            QStringLiteral("DELETE FROM period_case_counts WHERE service_id = %1").arg(service),
            QStringLiteral("DELETE FROM period_values_stale WHERE service_id = %1").arg(service),
        };
        for (const QString &sql : clear) {
            if (QString error = SqlValues::exec(query, sql); !error.isEmpty())
                return StorageResult::failure(error);
        }
        query.prepare(QStringLiteral(
            "INSERT INTO period_value_services (service_id, first_completed, last_completed) "
            "VALUES (?, ?, ?) ON CONFLICT (service_id) DO UPDATE SET "
            "first_completed = excluded.first_completed, "
            "last_completed = excluded.last_completed"));
        query.addBindValue(values.serviceId);
        query.addBindValue(julian(values.firstCompleted));
        query.addBindValue(julian(values.lastCompleted));
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);

        // In bulk: a refresh writes tens of thousands of rows inside an
        // import, and binding QVariants cost more than the statistics.
        const SqlDialect &dialect = SqlDialect::of(m_database.connection());
        {
            auto counts = dialect.bulkRows(m_database.connection(), "period_case_counts",
                                           {"service_id", "period_kind", "period_start", "n"});
            for (const PeriodCaseCount &count : values.caseCounts) {
                counts->add(values.serviceId);
                counts->add(periodKindKey(count.kind).toUtf8());
                counts->add(count.start.toJulianDay());
                counts->add(count.n);
                if (!counts->endRow())
                    return StorageResult::failure(counts->error());
            }
            if (QString error = counts->finish(); !error.isEmpty())
                return StorageResult::failure(error);
        }
        auto rows = dialect.bulkRows(
            m_database.connection(), "period_values",
            {"standard_id", "period_kind", "period_start", "department_id", "value", "n"});
        QByteArray kindKey;
        PeriodKind lastKind = PeriodKind::Month;
        for (const PeriodValueRow &row : values.values) {
            if (kindKey.isEmpty() || row.kind != lastKind) {
                kindKey = periodKindKey(row.kind).toUtf8();
                lastKind = row.kind;
            }
            rows->add(row.standardId);
            rows->add(kindKey);
            rows->add(row.start.toJulianDay());
            rows->add(row.departmentId);
            rows->add(row.value);
            rows->add(row.n);
            if (!rows->endRow())
                return StorageResult::failure(rows->error());
        }
        if (QString error = rows->finish(); !error.isEmpty())
            return StorageResult::failure(error);
        return StorageResult::success();
    });
}

StorageResult PeriodValueRepository::forget(qint64 serviceId)
{
    return Transaction::run(m_database.connection(), [&]() -> StorageResult {
        QSqlQuery query(m_database.connection());
        for (const char *table :
             {"period_case_counts", "period_value_services", "period_values_stale"}) {
            if (QString error = SqlValues::exec(query, QStringLiteral("DELETE FROM %1 WHERE "
                                                                      "service_id = %2")
                                                           .arg(QLatin1String(table))
                                                           .arg(serviceId));
                !error.isEmpty())
                return StorageResult::failure(error);
        }
        return StorageResult::success();
    });
}

StorageResult PeriodValueRepository::markStale(QSqlDatabase db, const QList<qint64> &serviceIds)
{
    if (serviceIds.isEmpty())
        return StorageResult::success();
    QSqlQuery query(db);
    QStringList rows;
    for (qint64 id : serviceIds)
        rows.append(QStringLiteral("(%1)").arg(id));
    if (QString error = SqlValues::exec(
            query, QStringLiteral("INSERT INTO period_values_stale (service_id) VALUES %1 "
                                  "ON CONFLICT DO NOTHING")
                       .arg(rows.join(QLatin1Char(','))));
        !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult PeriodValueRepository::markAllStale(QSqlDatabase db)
{
    QSqlQuery query(db);
    // "WHERE true": SQLite would read the ON of the upsert as a join's.
    if (QString error = SqlValues::exec(
            query, QStringLiteral("INSERT INTO period_values_stale (service_id) "
                                  "SELECT id FROM services WHERE true ON CONFLICT DO NOTHING"));
        !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
