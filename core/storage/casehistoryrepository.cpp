// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casehistoryrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Yardstick {

namespace {

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

} // namespace

CaseHistoryRepository::CaseHistoryRepository(Database &database)
    : m_database(database)
{}

QList<CaseChange> CaseHistoryRepository::changesOf(const QString &caseId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT h.service_id, h.case_id, h.import_batch, i.file, i.imported_at, h.field, "
        "h.old_value, h.new_value FROM case_history h "
        "LEFT JOIN case_imports i ON i.batch = h.import_batch "
        "WHERE h.case_id = ? ORDER BY h.import_batch, h.id"));
    query.addBindValue(caseId);
    query.exec();
    QList<CaseChange> changes;
    while (query.next()) {
        CaseChange change;
        change.serviceId = query.value(0).toLongLong();
        change.caseId = query.value(1).toString();
        change.importBatch = query.value(2).toLongLong();
        change.importFile = query.value(3).toString();
        change.importedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        change.field = query.value(5).toString();
        change.oldValue = optionalText(query.value(6));
        change.newValue = optionalText(query.value(7));
        changes.append(change);
    }
    return changes;
}

qint64 CaseHistoryRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM case_history")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace Yardstick
