// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardrepository.h"

#include "busyerror.h"
#include "database.h"
#include "periodvaluerepository.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace Yardstick {

namespace {

const QString kColumns = QStringLiteral(
    "id, code, title, service_id, dimension_id, department_id, metric, statistic, direction, "
    "unit, basis, rationale, status, retired_on, day_basis");

Standard standardFrom(const QSqlQuery &query)
{
    Standard s;
    s.id = query.value(0).toLongLong();
    s.code = query.value(1).toString();
    s.title = query.value(2).toString();
    s.serviceId = query.value(3).toLongLong();
    s.dimensionId = query.value(4).toLongLong();
    s.departmentId = query.value(5).toLongLong();
    // Unknown keys can only come from a hand-edited file; fall back to the
    // defaults rather than refuse to show the catalogue.
    s.metric = metricFromKey(query.value(6).toString()).value_or(Metric::TurnaroundDays);
    s.statistic = Statistic::fromKey(query.value(7).toString()).value_or(Statistic::mean());
    s.direction = directionFromKey(query.value(8).toString()).value_or(Direction::LowerIsBetter);
    s.unit = query.value(9).toString();
    s.basis = Basis::fromInt(query.value(10).toInt());
    s.rationale = query.value(11).toString();
    s.status = query.value(12).toString() == QLatin1String("retired") ? StandardStatus::Retired
                                                                      : StandardStatus::Active;
    s.retiredOn = SqlValues::toDate(query.value(13));
    s.dayBasis = dayBasisFromKey(query.value(14).toString()).value_or(DayBasis::Calendar);
    return s;
}

} // namespace

StandardRepository::StandardRepository(Database &database)
    : m_database(database)
{}

QList<Standard> StandardRepository::select(const QString &where, const QVariant &value) const
{
    QSqlDatabase db = m_database.connection();
    QList<Standard> standards;
    QHash<qint64, qsizetype> indexById;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM standards ") +
                      where + QStringLiteral(" ORDER BY code"));
        if (value.isValid())
            query.addBindValue(value);
        query.exec();
        while (query.next()) {
            indexById.insert(query.value(0).toLongLong(), standards.size());
            standards.append(standardFrom(query));
        }
    }
    if (standards.isEmpty())
        return standards;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT standard_id, effective_from, target, threshold, reason, recorded_at, "
        "recorded_by, predicted_case_share, predicted_period_share, "
        "predicted_annual_value, prediction_basis "
        "FROM standard_revisions ORDER BY standard_id, effective_from"));
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        standards[*it].revisions.append(
            {SqlValues::toDate(query.value(1)),
             query.value(2).toDouble(),
             query.value(3).toDouble(),
             query.value(4).toString(),
             SqlValues::toDateTime(query.value(5)),
             query.value(6).toString(),
             {SqlValues::toOptionalDouble(query.value(7)),
              SqlValues::toOptionalDouble(query.value(8)),
              SqlValues::toOptionalDouble(query.value(9)), query.value(10).toString()}});
    }
    return standards;
}

QList<Standard> StandardRepository::all() const
{
    return select(QString(), QVariant());
}

std::optional<Standard> StandardRepository::byId(qint64 id) const
{
    const QList<Standard> found = select(QStringLiteral("WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Standard>(found.constFirst());
}

std::optional<Standard> StandardRepository::byCode(const QString &code) const
{
    const QList<Standard> found = select(QStringLiteral("WHERE code = ?"), code);
    return found.isEmpty() ? std::nullopt : std::optional<Standard>(found.constFirst());
}

bool StandardRepository::codeInUse(const QString &code, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM standards WHERE code = ? AND id <> ?"));
    query.addBindValue(SqlValues::text(code));
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

int StandardRepository::measurementCount(qint64 standardId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM measurements WHERE standard_id = ?"));
    query.addBindValue(standardId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

// The services whose kept period values this write changes: a new
// standard's, or both services of one whose service, metric, statistic or
// day basis changes (a new target changes no value).
QList<qint64> StandardRepository::servicesWhoseValuesChange(const Standard &s, bool isNew) const
{
    if (isNew)
        return {s.serviceId};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT service_id, metric, statistic, day_basis FROM standards WHERE id = ?"));
    query.addBindValue(s.id);
    if (!query.exec() || !query.next())
        return {};
    const qint64 oldService = query.value(0).toLongLong();
    if (oldService == s.serviceId && query.value(1).toString() == metricKey(s.metric) &&
        query.value(2).toString() == s.statistic.key() &&
        query.value(3).toString() == dayBasisKey(s.dayBasis))
        return {};
    return oldService == s.serviceId ? QList<qint64>{oldService}
                                     : QList<qint64>{oldService, s.serviceId};
}

QString StandardRepository::write(Standard &s, bool isNew)
{
    QSqlDatabase db = m_database.connection();
    if (StorageResult marked =
            PeriodValueRepository::markStale(db, servicesWhoseValuesChange(s, isNew));
        !marked.ok())
        return marked.error();
    QSqlQuery query(db);
    if (isNew) {
        // A new standard leaves its id out (see DimensionRepository::insert).
        const QString columns = QStringLiteral(
            "code, title, service_id, dimension_id, department_id, metric, statistic, "
            "direction, unit, basis, rationale, status, retired_on, day_basis) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        query.prepare(s.id == 0 ? QStringLiteral("INSERT INTO standards (") + columns +
                                      QStringLiteral(") RETURNING id")
                                : QStringLiteral("INSERT INTO standards (id, ") + columns +
                                      QStringLiteral(", ?) RETURNING id"));
        if (s.id != 0)
            query.addBindValue(s.id);
    } else {
        query.prepare(QStringLiteral(
            "UPDATE standards SET code = ?, title = ?, service_id = ?, dimension_id = ?, "
            "department_id = ?, metric = ?, statistic = ?, direction = ?, unit = ?, basis = ?, "
            "rationale = ?, status = ?, retired_on = ?, day_basis = ? WHERE id = ?"));
    }
    query.addBindValue(SqlValues::text(s.code));
    query.addBindValue(SqlValues::text(s.title));
    query.addBindValue(s.serviceId);
    query.addBindValue(s.dimensionId);
    query.addBindValue(s.departmentId);
    query.addBindValue(metricKey(s.metric));
    query.addBindValue(s.statistic.key());
    query.addBindValue(directionKey(s.direction));
    query.addBindValue(SqlValues::text(s.unit));
    query.addBindValue(s.basis.toInt());
    query.addBindValue(SqlValues::text(s.rationale));
    query.addBindValue(standardStatusKey(s.status));
    query.addBindValue(SqlValues::date(s.retiredOn));
    query.addBindValue(dayBasisKey(s.dayBasis));
    if (!isNew)
        query.addBindValue(s.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return error;
    if (isNew) {
        const bool numbered = s.id != 0;
        if (!query.next())
            return BusyError::describe(query.lastError());
        s.id = query.value(0).toLongLong();
        if (numbered) {
            if (QString error = SqlDialect::of(db).followExplicitIds(db, "standards");
                !error.isEmpty())
                return error;
        }
    } else if (query.numRowsAffected() != 1) {
        return QCoreApplication::translate("Yardstick::StandardRepository",
                                           "Standard %1 is no longer in the workbench.")
            .arg(s.code);
    }

    QSqlQuery revisions(db);
    revisions.prepare(QStringLiteral("DELETE FROM standard_revisions WHERE standard_id = ?"));
    revisions.addBindValue(s.id);
    if (QString error = SqlValues::exec(revisions); !error.isEmpty())
        return error;
    revisions.prepare(QStringLiteral("INSERT INTO standard_revisions "
                                     "(standard_id, effective_from, target, threshold, reason, "
                                     "recorded_at, recorded_by, predicted_case_share, "
                                     "predicted_period_share, predicted_annual_value, "
                                     "prediction_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StandardRevision &revision : std::as_const(s.revisions)) {
        revisions.addBindValue(s.id);
        revisions.addBindValue(SqlValues::date(revision.effectiveFrom));
        revisions.addBindValue(revision.target);
        revisions.addBindValue(revision.threshold);
        revisions.addBindValue(SqlValues::text(revision.reason));
        revisions.addBindValue(SqlValues::dateTime(revision.recordedAt));
        revisions.addBindValue(SqlValues::text(revision.recordedBy));
        revisions.addBindValue(SqlValues::optional(revision.prediction.caseShare));
        revisions.addBindValue(SqlValues::optional(revision.prediction.periodShare));
        revisions.addBindValue(SqlValues::optional(revision.prediction.annualValue));
        revisions.addBindValue(SqlValues::text(revision.prediction.basis));
        if (QString error = SqlValues::exec(revisions); !error.isEmpty())
            return error;
    }
    return {};
}

StorageResult StandardRepository::insert(Standard &standard)
{
    QList<Standard> one{standard};
    StorageResult result = insertMany(one);
    if (result.ok())
        standard.id = one.constFirst().id;
    return result;
}

StorageResult StandardRepository::insertMany(QList<Standard> &standards)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    for (Standard &standard : standards) {
        const qint64 requestedId = standard.id;
        if (QString error = write(standard, true); !error.isEmpty()) {
            standard.id = requestedId;
            return StorageResult::failure(error);
        }
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult StandardRepository::update(const Standard &standard)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    Standard copy = standard;
    if (QString error = write(copy, false); !error.isEmpty())
        return StorageResult::failure(error);
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

std::optional<Standard> StandardRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT id FROM standards WHERE id = ?") +
                 QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    lock.addBindValue(id);
    if (!lock.exec() || !lock.next())
        return std::nullopt;
    return byId(id);
}

StorageResult StandardRepository::remove(qint64 id)
{
    if (measurementCount(id) > 0) {
        return StorageResult::failure(QCoreApplication::translate(
            "Yardstick::StandardRepository",
            "This standard has measurements, so it cannot be deleted. Retire it instead."));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM standards WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
