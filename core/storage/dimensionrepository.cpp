// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

DimensionRepository::DimensionRepository(Database &database)
    : m_database(database)
{}

namespace {

Dimension dimensionFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool(), SqlValues::toOptionalDouble(query.value(4))};
}

StorageResult resultOf(const QString &error)
{
    return error.isEmpty() ? StorageResult::success() : StorageResult::failure(error);
}

} // namespace

QList<Dimension> DimensionRepository::all() const
{
    QList<Dimension> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral(
        "SELECT id, key, name, in_card_case, servqual_weight FROM dimensions ORDER BY id"));
    while (query.next())
        result.append(dimensionFrom(query));
    return result;
}

std::optional<Dimension> DimensionRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, key, name, in_card_case, servqual_weight FROM dimensions WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return dimensionFrom(query);
    return std::nullopt;
}

std::optional<Dimension> DimensionRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, key, name, in_card_case, servqual_weight FROM "
                                 "dimensions WHERE id = ?") +
                  QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return dimensionFrom(query);
    return std::nullopt;
}

StorageResult DimensionRepository::rename(qint64 id, const QString &name)
{
    return resultOf(SqlRows::exec(m_database.connection(),
                                  QStringLiteral("UPDATE dimensions SET name = ? WHERE id = ?"),
                                  {SqlValues::text(name), id}));
}

StorageResult DimensionRepository::remove(qint64 id)
{
    return resultOf(SqlRows::exec(m_database.connection(),
                                  QStringLiteral("DELETE FROM dimensions WHERE id = ?"), {id}));
}

OrgUnitUsage DimensionRepository::usage(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    OrgUnitUsage usage;
    usage.standards = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM standards WHERE dimension_id = ?"), {id});
    usage.letters = SqlRows::count(
        db,
        QStringLiteral("SELECT COUNT(*) FROM complaint_letters WHERE primary_dimension_id = ? OR "
                       "id IN (SELECT letter_id FROM letter_dimensions WHERE dimension_id = ?)"),
        {id, id});
    usage.surveys = SqlRows::count(
        db,
        QStringLiteral("SELECT COUNT(DISTINCT survey_id) FROM survey_items WHERE dimension_id = ?"),
        {id});
    return usage;
}

StorageResult DimensionRepository::insert(Dimension &dimension)
{
    // Spelled for both engines: a new dimension leaves its id out (a NULL
    // would not be numbered on PostgreSQL) and reads it back with RETURNING
    // (QPSQL has no last insert id); the flag is bound as the integer the
    // column holds.
    const bool numbered = dimension.id > 0;
    QSqlQuery query(m_database.connection());
    query.prepare(numbered ? QStringLiteral("INSERT INTO dimensions (id, key, name, in_card_case, "
                                            "servqual_weight) VALUES (?, ?, ?, ?, ?) RETURNING id")
                           : QStringLiteral("INSERT INTO dimensions (key, name, in_card_case, "
                                            "servqual_weight) VALUES (?, ?, ?, ?) RETURNING id"));
    if (numbered)
        query.addBindValue(dimension.id);
    query.addBindValue(SqlValues::text(dimension.key));
    query.addBindValue(SqlValues::text(dimension.name));
    query.addBindValue(dimension.inCardCase ? 1 : 0);
    query.addBindValue(SqlValues::optional(dimension.servqualWeight));
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (!query.next())
        return StorageResult::failure(BusyError::describe(query.lastError()));
    dimension.id = query.value(0).toLongLong();
    return StorageResult::success();
}

StorageResult
DimensionRepository::setServqualWeights(const QList<QPair<qint64, std::optional<double>>> &weights)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE dimensions SET servqual_weight = ? WHERE id = ?"));
    for (const auto &[id, weight] : weights) {
        query.addBindValue(SqlValues::optional(weight));
        query.addBindValue(id);
        if (const QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
    }
    if (const QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
