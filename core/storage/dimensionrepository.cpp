// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

DimensionRepository::DimensionRepository(Database &database)
    : m_database(database)
{}

QList<Dimension> DimensionRepository::all() const
{
    QList<Dimension> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral(
        "SELECT id, key, name, in_card_case, servqual_weight FROM dimensions ORDER BY id"));
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toBool(),
                       SqlValues::toOptionalDouble(query.value(4))});
    }
    return result;
}

StorageResult DimensionRepository::insert(Dimension &dimension)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO dimensions (key, name, in_card_case, servqual_weight) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(SqlValues::text(dimension.key));
    query.addBindValue(SqlValues::text(dimension.name));
    query.addBindValue(dimension.inCardCase);
    query.addBindValue(SqlValues::optional(dimension.servqualWeight));
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    dimension.id = query.lastInsertId().toLongLong();
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
