// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconrepository.h"

#include "changelogrepository.h"
#include "database.h"
#include "editconflict.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

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

namespace {

// A lexicon as a set of terms: ids and order aside, as an editor and the
// file may list the same terms differently.
QList<LexiconTerm> comparable(QList<LexiconTerm> terms)
{
    for (LexiconTerm &term : terms)
        term.id = 0;
    std::sort(terms.begin(), terms.end(), [](const LexiconTerm &a, const LexiconTerm &b) {
        return std::tie(a.language, a.term, a.target, a.key, a.weight) <
               std::tie(b.language, b.term, b.target, b.key, b.weight);
    });
    return terms;
}

} // namespace

StorageResult LexiconRepository::replaceAll(QList<LexiconTerm> &terms,
                                            const std::optional<QList<LexiconTerm>> &expected)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    if (expected) {
        // Read under lock on a server, so that of two analysts saving at
        // once the second reads what the first stored.
        QSqlQuery lock(m_database.connection());
        if (QString error = SqlValues::exec(
                lock,
                QStringLiteral("SELECT id FROM lexicon_terms") +
                    QString::fromLatin1(SqlDialect::of(m_database.connection()).lockingRead()));
            !error.isEmpty())
            return StorageResult::failure(error);
        if (comparable(all()) != comparable(*expected)) {
            return StorageResult::failure(EditConflict::message(
                m_database, ChangeSubject::Lexicon, 0,
                QCoreApplication::translate("Yardstick::LexiconRepository", "the lexicon")));
        }
    }
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
    if (StorageResult recorded =
            ChangeLogRepository(m_database)
                .record(ChangeSubject::Lexicon, 0, QStringLiteral("lexicon"),
                        QStringLiteral("changed"),
                        QCoreApplication::translate("Yardstick::LexiconRepository", "%n term(s)",
                                                    nullptr, int(terms.size())));
        !recorded.ok())
        return recorded;
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
