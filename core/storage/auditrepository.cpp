// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "changelogrepository.h"
#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Yardstick {

namespace {

// A trail line's detail: how many items the checklist holds.
QString itemCount(qsizetype items)
{
    return QCoreApplication::translate("Yardstick::AuditRepository", "%n item(s)", nullptr,
                                       int(items));
}

QList<AuditTemplate> readTemplates(const QSqlDatabase &db, std::optional<qint64> id,
                                   const QString &name)
{
    QList<AuditTemplate> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, name, description FROM audit_templates");
    if (id)
        sql += QStringLiteral(" WHERE id = ?");
    else if (!name.isNull())
        sql += QStringLiteral(" WHERE name = ?");
    sql += QStringLiteral(" ORDER BY name");
    query.prepare(sql);
    if (id)
        query.addBindValue(*id);
    else if (!name.isNull())
        query.addBindValue(name);
    if (!query.exec())
        return result;
    while (query.next()) {
        AuditTemplate t;
        t.id = query.value(0).toLongLong();
        t.name = query.value(1).toString();
        t.description = query.value(2).toString();
        index.insert(t.id, result.size());
        result.append(t);
    }
    if (result.isEmpty())
        return result;
    QSqlQuery items(db);
    items.setForwardOnly(true);
    items.exec(QStringLiteral("SELECT id, template_id, code, text, scale_max, weight, position "
                              "FROM audit_items ORDER BY template_id, position, id"));
    while (items.next()) {
        const auto at = index.constFind(items.value(1).toLongLong());
        if (at == index.constEnd())
            continue;
        AuditItem item;
        item.id = items.value(0).toLongLong();
        item.templateId = items.value(1).toLongLong();
        item.code = items.value(2).toString();
        item.text = items.value(3).toString();
        item.scaleMax = items.value(4).toDouble();
        item.weight = items.value(5).toDouble();
        item.position = items.value(6).toInt();
        result[*at].items.append(item);
    }
    return result;
}

QString insertItem(QSqlQuery &query, AuditItem &item)
{
    query.prepare(QStringLiteral("INSERT INTO audit_items (template_id, code, text, scale_max, "
                                 "weight, position) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(item.templateId);
    query.addBindValue(item.code);
    query.addBindValue(SqlValues::text(item.text));
    query.addBindValue(item.scaleMax);
    query.addBindValue(item.weight);
    query.addBindValue(item.position);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return error;
    item.id = query.lastInsertId().toLongLong();
    return {};
}

} // namespace

AuditRepository::AuditRepository(Database &database)
    : m_database(database)
{}

QList<AuditTemplate> AuditRepository::templates() const
{
    return readTemplates(m_database.connection(), std::nullopt, QString());
}

std::optional<AuditTemplate> AuditRepository::findTemplate(qint64 id) const
{
    const QList<AuditTemplate> found = readTemplates(m_database.connection(), id, QString());
    return found.isEmpty() ? std::nullopt : std::optional<AuditTemplate>(found.first());
}

std::optional<AuditTemplate> AuditRepository::findTemplateForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT id FROM audit_templates WHERE id = ?") +
                 QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    lock.addBindValue(id);
    if (!SqlValues::exec(lock).isEmpty())
        return std::nullopt;
    return findTemplate(id);
}

std::optional<AuditTemplate> AuditRepository::findTemplateByName(const QString &name) const
{
    // A null name would mean "no filter" to readTemplates.
    const QString filter = name.isNull() ? QString(QLatin1String("")) : name;
    const QList<AuditTemplate> found = readTemplates(m_database.connection(), std::nullopt, filter);
    return found.isEmpty() ? std::nullopt : std::optional<AuditTemplate>(found.first());
}

StorageResult AuditRepository::insertTemplate(AuditTemplate &audit)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_templates (name, description) VALUES (?, ?)"));
    query.addBindValue(audit.name);
    query.addBindValue(SqlValues::text(audit.description));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    const qint64 id = query.lastInsertId().toLongLong();
    QList<AuditItem> items = audit.items;
    for (qsizetype i = 0; i < items.size(); ++i) {
        items[i].templateId = id;
        items[i].position = int(i);
        if (QString error = insertItem(query, items[i]); !error.isEmpty())
            return StorageResult::failure(error);
    }
    if (StorageResult recorded = ChangeLogRepository(m_database)
                                     .record(ChangeSubject::Checklist, id, audit.name,
                                             QStringLiteral("added"), itemCount(items.size()));
        !recorded.ok())
        return recorded;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    audit.id = id;
    audit.items = items;
    return StorageResult::success();
}

StorageResult AuditRepository::updateTemplate(AuditTemplate &audit)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE audit_templates SET name = ?, description = ? WHERE id = ?"));
    query.addBindValue(audit.name);
    query.addBindValue(SqlValues::text(audit.description));
    query.addBindValue(audit.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (query.numRowsAffected() != 1)
        return StorageResult::failure(QCoreApplication::translate("Yardstick::AuditRepository",
                                                                  "No audit checklist with id %1.")
                                          .arg(audit.id));

    QList<AuditItem> items = audit.items;
    QSet<qint64> kept;
    for (const AuditItem &item : std::as_const(items))
        if (item.id != 0)
            kept.insert(item.id);
    // Delete the dropped items first, so a kept item may take a dropped
    // item's code without tripping UNIQUE (template_id, code).
    query.prepare(QStringLiteral("SELECT id FROM audit_items WHERE template_id = ?"));
    query.addBindValue(audit.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    QList<qint64> dropped;
    while (query.next())
        if (!kept.contains(query.value(0).toLongLong()))
            dropped.append(query.value(0).toLongLong());
    for (qint64 id : std::as_const(dropped)) {
        query.prepare(QStringLiteral("DELETE FROM audit_items WHERE id = ?"));
        query.addBindValue(id);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
    }
    // Kept items may swap codes: park them under unique temporary codes first.
    for (const AuditItem &item : std::as_const(items)) {
        if (item.id == 0)
            continue;
        query.prepare(QStringLiteral("UPDATE audit_items SET code = ? WHERE id = ? AND "
                                     "template_id = ?"));
        query.addBindValue(QStringLiteral("\u2063renaming %1").arg(item.id));
        query.addBindValue(item.id);
        query.addBindValue(audit.id);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        if (query.numRowsAffected() != 1)
            return StorageResult::failure(
                QCoreApplication::translate("Yardstick::AuditRepository",
                                            "Item %1 is not part of this checklist.")
                    .arg(item.id));
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        AuditItem &item = items[i];
        item.templateId = audit.id;
        item.position = int(i);
        if (item.id == 0) {
            if (QString error = insertItem(query, item); !error.isEmpty())
                return StorageResult::failure(error);
            continue;
        }
        query.prepare(QStringLiteral("UPDATE audit_items SET code = ?, text = ?, scale_max = ?, "
                                     "weight = ?, position = ? WHERE id = ?"));
        query.addBindValue(item.code);
        query.addBindValue(SqlValues::text(item.text));
        query.addBindValue(item.scaleMax);
        query.addBindValue(item.weight);
        query.addBindValue(item.position);
        query.addBindValue(item.id);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
    }
    if (StorageResult recorded = ChangeLogRepository(m_database)
                                     .record(ChangeSubject::Checklist, audit.id, audit.name,
                                             QStringLiteral("changed"), itemCount(items.size()));
        !recorded.ok())
        return recorded;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    audit.items = items;
    return StorageResult::success();
}

StorageResult AuditRepository::removeTemplate(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM audit_templates WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

QList<Audit> AuditRepository::readAudits(std::optional<qint64> templateId,
                                         std::optional<qint64> auditId) const
{
    QList<Audit> result;
    QHash<qint64, qsizetype> index;
    QString where;
    if (templateId)
        where = QStringLiteral(" WHERE template_id = ?");
    else if (auditId)
        where = QStringLiteral(" WHERE id = ?");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, template_id, department_id, audited_on, auditor, "
                                 "subject, note FROM audits") +
                  where + QStringLiteral(" ORDER BY audited_on, id"));
    if (templateId)
        query.addBindValue(*templateId);
    else if (auditId)
        query.addBindValue(*auditId);
    if (!query.exec())
        return result;
    while (query.next()) {
        Audit a;
        a.id = query.value(0).toLongLong();
        a.templateId = query.value(1).toLongLong();
        a.departmentId = query.value(2).toLongLong();
        a.auditedOn = SqlValues::toDate(query.value(3));
        a.auditor = query.value(4).toString();
        a.subject = query.value(5).toString();
        a.note = query.value(6).toString();
        index.insert(a.id, result.size());
        result.append(a);
    }
    if (result.isEmpty())
        return result;
    QSqlQuery ratings(m_database.connection());
    ratings.setForwardOnly(true);
    QString ratingWhere;
    if (templateId)
        ratingWhere = QStringLiteral(" WHERE i.template_id = ?");
    else if (auditId)
        ratingWhere = QStringLiteral(" WHERE r.audit_id = ?");
    // Ratings follow the checklist's item order, so an audit reads like its form.
    ratings.prepare(QStringLiteral("SELECT r.audit_id, r.item_id, r.rating FROM audit_ratings r "
                                   "JOIN audit_items i ON i.id = r.item_id") +
                    ratingWhere + QStringLiteral(" ORDER BY r.audit_id, i.position, i.id"));
    if (templateId)
        ratings.addBindValue(*templateId);
    else if (auditId)
        ratings.addBindValue(*auditId);
    if (!ratings.exec())
        return result;
    while (ratings.next()) {
        const auto at = index.constFind(ratings.value(0).toLongLong());
        if (at != index.constEnd())
            result[*at].ratings.append(
                {ratings.value(1).toLongLong(), ratings.value(2).toDouble()});
    }
    return result;
}

QList<Audit> AuditRepository::audits() const
{
    return readAudits(std::nullopt, std::nullopt);
}

QList<Audit> AuditRepository::auditsOf(qint64 templateId) const
{
    return readAudits(templateId, std::nullopt);
}

std::optional<Audit> AuditRepository::findAudit(qint64 id) const
{
    const QList<Audit> found = readAudits(std::nullopt, id);
    return found.isEmpty() ? std::nullopt : std::optional<Audit>(found.first());
}

QString AuditRepository::writeAudit(Audit &audit, bool inserting)
{
    QSqlQuery query(m_database.connection());
    if (inserting) {
        query.prepare(QStringLiteral("INSERT INTO audits (template_id, department_id, "
                                     "audited_on, auditor, subject, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE audits SET template_id = ?, department_id = ?, "
                                     "audited_on = ?, auditor = ?, subject = ?, note = ? "
                                     "WHERE id = ?"));
    }
    query.addBindValue(audit.templateId);
    query.addBindValue(audit.departmentId);
    query.addBindValue(SqlValues::date(audit.auditedOn));
    query.addBindValue(SqlValues::text(audit.auditor));
    query.addBindValue(SqlValues::text(audit.subject));
    query.addBindValue(SqlValues::text(audit.note));
    if (!inserting)
        query.addBindValue(audit.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return error;
    if (inserting) {
        audit.id = query.lastInsertId().toLongLong();
    } else {
        if (query.numRowsAffected() != 1)
            return QCoreApplication::translate("Yardstick::AuditRepository", "No audit with id %1.")
                .arg(audit.id);
        query.prepare(QStringLiteral("DELETE FROM audit_ratings WHERE audit_id = ?"));
        query.addBindValue(audit.id);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return error;
    }
    // A rating must belong to the audit's own checklist; the schema alone
    // cannot say so, hence the guard in the INSERT.
    query.prepare(QStringLiteral("INSERT INTO audit_ratings (audit_id, item_id, rating) "
                                 "SELECT ?, id, ? FROM audit_items WHERE id = ? AND "
                                 "template_id = ?"));
    for (const AuditRating &rating : std::as_const(audit.ratings)) {
        query.addBindValue(audit.id);
        query.addBindValue(rating.rating);
        query.addBindValue(rating.itemId);
        query.addBindValue(audit.templateId);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return error;
        if (query.numRowsAffected() != 1)
            return QCoreApplication::translate("Yardstick::AuditRepository",
                                               "Item %1 is not part of the audit's checklist.")
                .arg(rating.itemId);
    }
    return {};
}

StorageResult AuditRepository::insertAudit(Audit &audit)
{
    QList<Audit> one{audit};
    StorageResult result = insertAudits(one);
    if (result.ok())
        audit.id = one.first().id;
    return result;
}

StorageResult AuditRepository::insertAudits(QList<Audit> &audits)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QList<Audit> written = audits;
    for (Audit &audit : written)
        if (QString error = writeAudit(audit, true); !error.isEmpty())
            return StorageResult::failure(error);
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    audits = written;
    return StorageResult::success();
}

StorageResult AuditRepository::updateAudit(const Audit &audit)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    Audit copy = audit;
    if (QString error = writeAudit(copy, false); !error.isEmpty())
        return StorageResult::failure(error);
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult AuditRepository::removeAudit(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM audits WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

QList<AuditFeed> AuditRepository::feeds() const
{
    QList<AuditFeed> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT standard_id, template_id, period FROM audit_feeds ORDER BY standard_id"));
    while (query.next()) {
        const std::optional<PeriodKind> period = periodKindFromKey(query.value(2).toString());
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       period.value_or(PeriodKind::Month)});
    }
    return result;
}

StorageResult AuditRepository::setFeed(const AuditFeed &feed)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO audit_feeds (standard_id, template_id, period) VALUES (?, ?, ?) "
        "ON CONFLICT (standard_id) DO UPDATE SET template_id = excluded.template_id, "
        "period = excluded.period"));
    query.addBindValue(feed.standardId);
    query.addBindValue(feed.templateId);
    query.addBindValue(periodKindKey(feed.period));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult AuditRepository::removeFeed(qint64 standardId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM audit_feeds WHERE standard_id = ?"));
    query.addBindValue(standardId);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
