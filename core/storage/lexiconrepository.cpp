// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

LexiconRepository::LexiconRepository(Database &database)
    : m_database(database)
{}

QList<LexiconTerm> LexiconRepository::all() const
{
    QList<LexiconTerm> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, language, term, target, key, weight FROM lexicon_terms "
                              "ORDER BY language, target, key, term"));
    while (query.next()) {
        LexiconTerm t;
        t.id = query.value(0).toLongLong();
        t.language = query.value(1).toString();
        t.term = query.value(2).toString();
        t.target =
            lexiconTargetFromKey(query.value(3).toString()).value_or(LexiconTarget::Dimension);
        t.key = query.value(4).toString();
        t.weight = query.value(5).toDouble();
        result.append(t);
    }
    return result;
}

StorageResult LexiconRepository::insert(QSqlQuery &query, LexiconTerm &term)
{
    query.addBindValue(term.language);
    query.addBindValue(term.term);
    query.addBindValue(lexiconTargetKey(term.target));
    query.addBindValue(term.key);
    query.addBindValue(term.weight);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    term.id = query.lastInsertId().toLongLong();
    return StorageResult::success();
}

StorageResult LexiconRepository::replaceAll(QList<LexiconTerm> &terms)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    if (QString error = SqlValues::exec(query, QStringLiteral("DELETE FROM lexicon_terms"));
        !error.isEmpty())
        return StorageResult::failure(error);
    // The same term twice (an analyst's paste) is stored once.
    query.prepare(QStringLiteral("INSERT INTO lexicon_terms (language, term, target, key, "
                                 "weight) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (LexiconTerm &term : terms) {
        if (StorageResult r = insert(query, term); !r.ok())
            return r;
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult LexiconRepository::add(LexiconTerm &term)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO lexicon_terms (language, term, target, key, weight) VALUES (?, ?, ?, ?, ?)"));
    return insert(query, term);
}

StorageResult LexiconRepository::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM lexicon_terms WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
