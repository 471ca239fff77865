// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluerepository.h"

#include "database.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

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

// One INSERT run many times; its error, if any, in words.
class PreparedInsert final
{
public:
    PreparedInsert(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        if (m_handle && sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~PreparedInsert() { sqlite3_finalize(m_statement); }
    PreparedInsert(const PreparedInsert &) = delete;
    PreparedInsert &operator=(const PreparedInsert &) = delete;

    void bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    void bind(int column, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()),
                          SQLITE_TRANSIENT);
    }
    void bind(int column, std::optional<double> value)
    {
        if (value)
            sqlite3_bind_double(m_statement, column, *value);
        else
            sqlite3_bind_null(m_statement, column);
    }
    // Runs the statement and makes it ready for the next row.
    bool step()
    {
        if (!m_statement)
            return false;
        const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
        sqlite3_reset(m_statement);
        return done;
    }
    QString error() const
    {
        return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                        : QStringLiteral("the workbench is not open");
    }

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

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
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO period_value_services "
                                     "(service_id, first_completed, last_completed) "
                                     "VALUES (?, ?, ?)"));
        query.addBindValue(values.serviceId);
        query.addBindValue(julian(values.firstCompleted));
        query.addBindValue(julian(values.lastCompleted));
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);

        // Through the C API: a refresh writes tens of thousands of rows
        // inside an import, and binding QVariants cost more than the
        // statistics themselves.
        sqlite3 *handle = sqliteHandle(m_database.connection());
        const char *countSql = "INSERT INTO period_case_counts (service_id, period_kind, "
                               "period_start, n) VALUES (?, ?, ?, ?)";
        const char *valueSql = "INSERT INTO period_values (standard_id, period_kind, "
                               "period_start, department_id, value, n) VALUES (?, ?, ?, ?, ?, ?)";
        PreparedInsert counts(handle, countSql);
        for (const PeriodCaseCount &count : values.caseCounts) {
            counts.bind(1, values.serviceId);
            counts.bind(2, periodKindKey(count.kind).toUtf8());
            counts.bind(3, count.start.toJulianDay());
            counts.bind(4, count.n);
            if (!counts.step())
                return StorageResult::failure(counts.error());
        }
        PreparedInsert rows(handle, valueSql);
        QByteArray kindKey;
        PeriodKind lastKind = PeriodKind::Month;
        for (const PeriodValueRow &row : values.values) {
            if (kindKey.isEmpty() || row.kind != lastKind) {
                kindKey = periodKindKey(row.kind).toUtf8();
                lastKind = row.kind;
            }
            rows.bind(1, row.standardId);
            rows.bind(2, kindKey);
            rows.bind(3, row.start.toJulianDay());
            rows.bind(4, row.departmentId);
            rows.bind(5, row.value);
            rows.bind(6, row.n);
            if (!rows.step())
                return StorageResult::failure(rows.error());
        }
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
            query,
            QStringLiteral("INSERT OR IGNORE INTO period_values_stale (service_id) VALUES %1")
                .arg(rows.join(QLatin1Char(','))));
        !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult PeriodValueRepository::markAllStale(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (QString error = SqlValues::exec(query, QStringLiteral("INSERT OR IGNORE INTO "
                                                              "period_values_stale (service_id) "
                                                              "SELECT id FROM services"));
        !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
