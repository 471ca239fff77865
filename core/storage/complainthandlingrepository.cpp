// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainthandlingrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

ComplaintHandlingRepository::ComplaintHandlingRepository(Database &database)
    : m_database(database)
{}

QList<ComplaintHandlingRule> ComplaintHandlingRepository::rules() const
{
    QList<ComplaintHandlingRule> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT standard_id, event, key_customers_only FROM "
                              "complaint_handling_rules ORDER BY standard_id"));
    while (query.next()) {
        const std::optional<ComplaintEvent> event =
            complaintEventFromKey(query.value(1).toString());
        if (event)
            result.append({query.value(0).toLongLong(), *event, query.value(2).toBool()});
    }
    return result;
}

StorageResult ComplaintHandlingRepository::setRule(const ComplaintHandlingRule &rule)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO complaint_handling_rules (standard_id, event, key_customers_only) "
        "VALUES (?, ?, ?) ON CONFLICT (standard_id) DO UPDATE SET event = excluded.event, "
        "key_customers_only = excluded.key_customers_only"));
    query.addBindValue(rule.standardId);
    query.addBindValue(complaintEventKey(rule.event));
    query.addBindValue(rule.keyCustomersOnly ? 1 : 0);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ComplaintHandlingRepository::removeRule(qint64 standardId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM complaint_handling_rules WHERE standard_id = ?"));
    query.addBindValue(standardId);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
