// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuemodelrepository.h"

#include "changelogrepository.h"
#include "database.h"
#include "editconflict.h"
#include "model/valueformat.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>

#include <cmath>

namespace Yardstick {

namespace {

const auto kValueModelColumns =
    QStringLiteral("standard_id, value_per_day, cases_per_year, cost_per_year, note");

ValueModel modelFromQuery(const QSqlQuery &query)
{
    ValueModel model;
    model.standardId = query.value(0).toLongLong();
    model.valuePerDay = query.value(1).toDouble();
    model.casesPerYear = query.value(2).toDouble();
    model.costPerYear = SqlValues::toOptionalDouble(query.value(3));
    model.note = query.value(4).toString();
    return model;
}

// The table's CHECK constraints would refuse these too, but with a driver
// message an analyst cannot act on.
QString invalidModelReason(const ValueModel &model)
{
    if (model.standardId <= 0)
        return QCoreApplication::translate("Yardstick::ValueModelRepository",
                                           "A value model needs a standard.");
    if (!std::isfinite(model.valuePerDay) || model.valuePerDay < 0)
        return QCoreApplication::translate("Yardstick::ValueModelRepository",
                                           "The value of a day must be zero or more.");
    if (!std::isfinite(model.casesPerYear) || model.casesPerYear < 0)
        return QCoreApplication::translate("Yardstick::ValueModelRepository",
                                           "The cases a year must be zero or more.");
    if (model.costPerYear && (!std::isfinite(*model.costPerYear) || *model.costPerYear < 0))
        return QCoreApplication::translate("Yardstick::ValueModelRepository",
                                           "The cost a year must be zero or more.");
    return {};
}

} // namespace

ValueModelRepository::ValueModelRepository(Database &database)
    : m_database(database)
{}

QList<ValueModel> ValueModelRepository::all() const
{
    QList<ValueModel> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT ") % kValueModelColumns %
                    QStringLiteral(" FROM value_models ORDER BY standard_id")))
        return result;
    while (query.next())
        result.append(modelFromQuery(query));
    return result;
}

std::optional<ValueModel> ValueModelRepository::find(qint64 standardId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") % kValueModelColumns %
                  QStringLiteral(" FROM value_models WHERE standard_id = ?"));
    query.addBindValue(standardId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return modelFromQuery(query);
}

StorageResult ValueModelRepository::set(const ValueModel &model)
{
    if (const QString reason = invalidModelReason(model); !reason.isEmpty())
        return StorageResult::failure(reason);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    const bool existed = find(model.standardId).has_value();
    QSqlQuery query(m_database.connection());
    // An upsert rather than INSERT OR REPLACE: REPLACE deletes the row first,
    // which would fire ON DELETE actions of anything that ever refers to it.
    query.prepare(QStringLiteral(
        "INSERT INTO value_models (standard_id, value_per_day, cases_per_year, cost_per_year, "
        "note) VALUES (?, ?, ?, ?, ?) ON CONFLICT (standard_id) DO UPDATE SET "
        "value_per_day = excluded.value_per_day, cases_per_year = excluded.cases_per_year, "
        "cost_per_year = excluded.cost_per_year, note = excluded.note"));
    query.addBindValue(model.standardId);
    query.addBindValue(model.valuePerDay);
    query.addBindValue(model.casesPerYear);
    query.addBindValue(SqlValues::optional(model.costPerYear));
    query.addBindValue(SqlValues::text(model.note));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (StorageResult recorded =
            record(model.standardId, existed ? QStringLiteral("changed") : QStringLiteral("added"),
                   QCoreApplication::translate("Yardstick::ValueModelRepository",
                                               "%1 a day for each of %2 cases a year")
                       .arg(ValueFormat::money(model.valuePerDay),
                            ValueFormat::count(qint64(model.casesPerYear))));
        !recorded.ok())
        return recorded;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ValueModelRepository::remove(qint64 standardId)
{
    return Transaction::run(m_database.connection(), [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM value_models WHERE standard_id = ?"));
        query.addBindValue(standardId);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        return record(standardId, QStringLiteral("removed"), QString());
    });
}

StorageResult ValueModelRepository::replace(qint64 standardId,
                                            const std::optional<ValueModel> &model,
                                            const std::optional<ValueModel> &expected)
{
    return Transaction::run(m_database.connection(), [&] {
        const QSqlDatabase db = m_database.connection();
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT standard_id FROM value_models WHERE standard_id = ?") +
                     QString::fromLatin1(SqlDialect::of(db).lockingRead()));
        lock.addBindValue(standardId);
        if (QString error = SqlValues::exec(lock); !error.isEmpty())
            return StorageResult::failure(error);
        std::optional<ValueModel> wanted = expected;
        if (wanted)
            wanted->standardId = standardId;
        if (find(standardId) != wanted)
            return StorageResult::failure(
                EditConflict::message(m_database, ChangeSubject::ValueModel, standardId,
                                      QCoreApplication::translate("Yardstick::ValueModelRepository",
                                                                  "the value model of %1")
                                          .arg(codeOf(standardId))));
        if (!model)
            return remove(standardId);
        ValueModel stored = *model;
        stored.standardId = standardId;
        return set(stored);
    });
}

QString ValueModelRepository::codeOf(qint64 standardId) const
{
    QSqlQuery code(m_database.connection());
    code.prepare(QStringLiteral("SELECT code FROM standards WHERE id = ?"));
    code.addBindValue(standardId);
    return code.exec() && code.next() ? code.value(0).toString() : QString();
}

StorageResult ValueModelRepository::record(qint64 standardId, const QString &action,
                                           const QString &detail)
{
    // Named by the standard it values, as the trail reads best.
    return ChangeLogRepository(m_database)
        .record(ChangeSubject::ValueModel, standardId, codeOf(standardId), action, detail);
}

} // namespace Yardstick
