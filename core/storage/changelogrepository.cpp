// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogrepository.h"

#include "database.h"
#include "sqlvalues.h"

namespace Yardstick {

namespace {

constexpr QLatin1String kColumns("id, changed_at, changed_by, subject_kind, subject_id, subject, "
                                 "action, detail");

ChangeEntry entryFrom(const QSqlQuery &query)
{
    ChangeEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = SqlValues::toDateTime(query.value(1));
    entry.user = query.value(2).toString();
    entry.subject = changeSubjectFromKey(query.value(3).toString()).value_or(ChangeSubject::Import);
    entry.subjectId = query.value(4).toLongLong();
    entry.subjectName = query.value(5).toString();
    entry.action = query.value(6).toString();
    entry.detail = query.value(7).toString();
    return entry;
}

} // namespace

ChangeLogRepository::ChangeLogRepository(Database &database)
    : m_database(database)
{}

StorageResult ChangeLogRepository::record(ChangeSubject subject, qint64 subjectId,
                                          const QString &subjectName, const QString &action,
                                          const QString &detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO change_log (changed_at, changed_by, subject_kind, "
                                 "subject_id, subject, action, detail) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.addBindValue(SqlValues::dateTime(now.addMSecs(-now.time().msec())));
    query.addBindValue(SqlValues::text(m_database.userName()));
    query.addBindValue(changeSubjectKey(subject));
    query.addBindValue(subjectId);
    query.addBindValue(SqlValues::text(subjectName));
    query.addBindValue(action);
    query.addBindValue(SqlValues::text(detail));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

QList<ChangeEntry> ChangeLogRepository::entries(const Filter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM change_log WHERE 1 = 1").arg(kColumns);
    QVariantList values;
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND changed_at >= ?");
        values.append(SqlValues::dateTime(filter.since));
    }
    if (filter.subject) {
        sql += QStringLiteral(" AND subject_kind = ?");
        values.append(changeSubjectKey(*filter.subject));
        if (filter.subjectId) {
            sql += QStringLiteral(" AND subject_id = ?");
            values.append(*filter.subjectId);
        }
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<ChangeEntry> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(entryFrom(query));
    return result;
}

std::optional<ChangeEntry> ChangeLogRepository::latest(ChangeSubject subject,
                                                       qint64 subjectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE subject_kind = ? AND "
                                 "subject_id = ? ORDER BY id DESC LIMIT 1")
                      .arg(kColumns));
    query.addBindValue(changeSubjectKey(subject));
    query.addBindValue(subjectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

} // namespace Yardstick
