// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicerepository.h"

#include "busyerror.h"
#include "database.h"
#include "periodvaluerepository.h"
#include "sqldialect.h"
#include "sqlrows.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

namespace {

const QString kColumns = QStringLiteral("id, code, name, description, retired");

Service serviceFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toBool()};
}

// What case_history keeps of a service: its id as text.
QString historyValue(qint64 id)
{
    return QString::number(id);
}

StorageResult resultOf(const QString &error)
{
    return error.isEmpty() ? StorageResult::success() : StorageResult::failure(error);
}

} // namespace

ServiceRepository::ServiceRepository(Database &database)
    : m_database(database)
{}

QList<Service> ServiceRepository::all() const
{
    QList<Service> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT %1 FROM services ORDER BY name").arg(kColumns));
    while (query.next())
        result.append(serviceFrom(query));
    return result;
}

std::optional<Service> ServiceRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return serviceFrom(query);
    return std::nullopt;
}

std::optional<Service> ServiceRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(kColumns) +
                  QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return serviceFrom(query);
    return std::nullopt;
}

std::optional<Service> ServiceRepository::byCode(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM services WHERE code = ?").arg(kColumns));
    query.addBindValue(SqlValues::text(code));
    if (query.exec() && query.next())
        return serviceFrom(query);
    return std::nullopt;
}

StorageResult ServiceRepository::insert(Service &service)
{
    // A new service leaves its id out (see DimensionRepository::insert).
    const bool numbered = service.id > 0;
    QSqlQuery query(m_database.connection());
    query.prepare(numbered ? QStringLiteral("INSERT INTO services (id, code, name, description, "
                                            "retired) VALUES (?, ?, ?, ?, ?) RETURNING id")
                           : QStringLiteral("INSERT INTO services (code, name, description, "
                                            "retired) VALUES (?, ?, ?, ?) RETURNING id"));
    if (numbered)
        query.addBindValue(service.id);
    query.addBindValue(SqlValues::text(service.code));
    query.addBindValue(SqlValues::text(service.name));
    query.addBindValue(SqlValues::text(service.description));
    query.addBindValue(service.retired ? 1 : 0);
    if (const QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (!query.next())
        return StorageResult::failure(BusyError::describe(query.lastError()));
    service.id = query.value(0).toLongLong();
    if (numbered) {
        if (QString error = SqlDialect::of(m_database.connection())
                                .followExplicitIds(m_database.connection(), "services");
            !error.isEmpty())
            return StorageResult::failure(error);
    }
    return StorageResult::success();
}

StorageResult ServiceRepository::update(const Service &service)
{
    const std::optional<Service> before = byId(service.id);
    if (!before)
        return StorageResult::failure(QStringLiteral("no service with id %1").arg(service.id));
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        if (before->code != service.code) {
            // The lexicon names a service by its code.
            const QString moved = SqlRows::exec(
                db,
                QStringLiteral(
                    "UPDATE lexicon_terms SET key = ? WHERE target = 'service' AND key = ?"),
                {service.code, before->code});
            if (!moved.isEmpty())
                return StorageResult::failure(moved);
        }
        return resultOf(
            SqlRows::exec(db,
                          QStringLiteral("UPDATE services SET code = ?, name = ?, description = ?, "
                                         "retired = ? WHERE id = ?"),
                          {SqlValues::text(service.code), SqlValues::text(service.name),
                           SqlValues::text(service.description), service.retired, service.id}));
    });
}

StorageResult ServiceRepository::remove(qint64 id)
{
    return resultOf(SqlRows::exec(m_database.connection(),
                                  QStringLiteral("DELETE FROM services WHERE id = ?"), {id}));
}

OrgUnitUsage ServiceRepository::usage(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    OrgUnitUsage usage;
    usage.standards = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM standards WHERE service_id = ?"), {id});
    usage.cases = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM case_records WHERE service_id = ?"), {id});
    usage.letters = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM complaint_letters WHERE service_id = ?"), {id});
    usage.surveys = SqlRows::count(
        db, QStringLiteral("SELECT COUNT(*) FROM surveys WHERE service_id = ?"), {id});
    return usage;
}

QStringList ServiceRepository::sharedCaseIds(qint64 first, qint64 second) const
{
    return SqlRows::texts(m_database.connection(),
                          QStringLiteral("SELECT a.case_id FROM case_records a JOIN case_records b "
                                         "ON b.service_id = ? AND b.case_id = a.case_id "
                                         "WHERE a.service_id = ? ORDER BY a.case_id"),
                          {second, first});
}

ServiceReferences ServiceRepository::references(const Service &from, const Service &into) const
{
    const QSqlDatabase db = m_database.connection();
    const QVariantList id{from.id};
    ServiceReferences refs;
    refs.standards =
        SqlRows::ids(db, QStringLiteral("SELECT id FROM standards WHERE service_id = ?"), id);
    refs.caseIds = SqlRows::texts(
        db, QStringLiteral("SELECT case_id FROM case_records WHERE service_id = ?"), id);
    refs.letters = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM complaint_letters WHERE service_id = ?"), id);
    refs.surveys =
        SqlRows::ids(db, QStringLiteral("SELECT id FROM surveys WHERE service_id = ?"), id);
    refs.historyRows =
        SqlRows::ids(db, QStringLiteral("SELECT id FROM case_history WHERE service_id = ?"), id);
    refs.historyOldValues = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM case_history WHERE field = 'service' AND old_value = ?"),
        {historyValue(from.id)});
    refs.historyNewValues = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM case_history WHERE field = 'service' AND new_value = ?"),
        {historyValue(from.id)});
    // A term the other service has word for word would break the lexicon's
    // uniqueness when moved: it goes, and comes back with an undo.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT t.id, t.language, t.term, t.weight, EXISTS (SELECT 1 FROM lexicon_terms o "
        "WHERE o.target = 'service' AND o.key = ? AND o.language = t.language "
        "AND o.term = t.term) FROM lexicon_terms t WHERE t.target = 'service' AND t.key = ?"));
    query.addBindValue(into.code);
    query.addBindValue(from.code);
    if (query.exec()) {
        while (query.next()) {
            if (!query.value(4).toBool()) {
                refs.lexiconTerms.append(query.value(0).toLongLong());
                continue;
            }
            refs.duplicateTerms.append({query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toString(), LexiconTarget::Service,
                                        from.code, query.value(3).toDouble()});
        }
    }
    return refs;
}

StorageResult ServiceRepository::merge(const Service &from, const Service &into,
                                       const ServiceReferences &references)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        // Cases change service or department: every kept value is redone.
        if (StorageResult marked = PeriodValueRepository::markAllStale(db); !marked.ok())
            return marked;
        // Moved wholesale: every row of `from` is in `references`, read in
        // the caller's transaction.
        const QVariantList ids{into.id, from.id};
        const QVariantList values{historyValue(into.id), historyValue(from.id)};
        const QList<std::pair<QString, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET service_id = ? WHERE service_id = ?"), ids},
            {QStringLiteral("UPDATE case_records SET service_id = ? WHERE service_id = ?"), ids},
            {QStringLiteral("UPDATE complaint_letters SET service_id = ? WHERE service_id = ?"),
             ids},
            {QStringLiteral("UPDATE surveys SET service_id = ? WHERE service_id = ?"), ids},
            {QStringLiteral("UPDATE case_history SET service_id = ? WHERE service_id = ?"), ids},
            {QStringLiteral("UPDATE case_history SET old_value = ? "
                            "WHERE field = 'service' AND old_value = ?"),
             values},
            {QStringLiteral("UPDATE case_history SET new_value = ? "
                            "WHERE field = 'service' AND new_value = ?"),
             values},
        };
        for (const auto &[sql, bound] : steps) {
            if (const QString error = SqlRows::exec(db, sql, bound); !error.isEmpty())
                return StorageResult::failure(error);
        }
        QVariantList duplicates;
        for (const LexiconTerm &term : references.duplicateTerms)
            duplicates.append(term.id);
        if (const QString error = SqlRows::execForKeys(
                db,
                QStringLiteral(
                    "DELETE FROM lexicon_terms WHERE id IN (SELECT value FROM json_each(?))"),
                {}, duplicates);
            !error.isEmpty())
            return StorageResult::failure(error);
        if (const QString error = SqlRows::exec(
                db,
                QStringLiteral(
                    "UPDATE lexicon_terms SET key = ? WHERE target = 'service' AND key = ?"),
                {into.code, from.code});
            !error.isEmpty())
            return StorageResult::failure(error);
        return remove(from.id);
    });
}

StorageResult ServiceRepository::unmerge(const Service &from, const Service &into,
                                         const ServiceReferences &references)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        // Cases change service or department: every kept value is redone.
        if (StorageResult marked = PeriodValueRepository::markAllStale(db); !marked.ok())
            return marked;
        Service restored = from; // keeps its id
        if (StorageResult inserted = insert(restored); !inserted.ok())
            return inserted;
        const QVariantList id{from.id};
        const QList<std::tuple<QString, QVariantList, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET service_id = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             id, SqlRows::variants(references.standards)},
            {QStringLiteral(
                 "UPDATE case_records SET service_id = ? WHERE service_id = ? AND case_id IN "
                 "(SELECT value FROM json_each(?))"),
             {from.id, into.id},
             SqlRows::variants(references.caseIds)},
            {QStringLiteral("UPDATE complaint_letters SET service_id = ? WHERE id IN (SELECT value "
                            "FROM json_each(?))"),
             id, SqlRows::variants(references.letters)},
            {QStringLiteral(
                 "UPDATE surveys SET service_id = ? WHERE id IN (SELECT value FROM json_each(?))"),
             id, SqlRows::variants(references.surveys)},
            {QStringLiteral("UPDATE case_history SET service_id = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             id, SqlRows::variants(references.historyRows)},
            {QStringLiteral("UPDATE case_history SET old_value = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {historyValue(from.id)},
             SqlRows::variants(references.historyOldValues)},
            {QStringLiteral("UPDATE case_history SET new_value = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {historyValue(from.id)},
             SqlRows::variants(references.historyNewValues)},
            {QStringLiteral(
                 "UPDATE lexicon_terms SET key = ? WHERE id IN (SELECT value FROM json_each(?))"),
             {from.code},
             SqlRows::variants(references.lexiconTerms)},
        };
        for (const auto &[sql, bound, keys] : steps) {
            if (const QString error = SqlRows::execForKeys(db, sql, bound, keys); !error.isEmpty())
                return StorageResult::failure(error);
        }
        for (const LexiconTerm &term : references.duplicateTerms) {
            if (const QString error = SqlRows::exec(
                    db,
                    QStringLiteral("INSERT INTO lexicon_terms (id, language, term, target, key, "
                                   "weight) VALUES (?, ?, ?, 'service', ?, ?)"),
                    {term.id, term.language, term.term, term.key, term.weight});
                !error.isEmpty())
                return StorageResult::failure(error);
        }
        return StorageResult::success();
    });
}

} // namespace Yardstick
