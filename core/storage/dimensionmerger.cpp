// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionmerger.h"

#include "database.h"
#include "dimensionrepository.h"
#include "sqlrows.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <tuple>

namespace Yardstick {

DimensionMerger::DimensionMerger(Database &database)
    : m_database(database)
{}

DimensionReferences DimensionMerger::references(const Dimension &from, const Dimension &into) const
{
    const QSqlDatabase db = m_database.connection();
    DimensionReferences refs;
    refs.dimension = from;
    refs.standards = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM standards WHERE dimension_id = ?"), {from.id});
    refs.primaryLetters = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM complaint_letters WHERE primary_dimension_id = ?"),
        {from.id});
    refs.surveyItems = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM survey_items WHERE dimension_id = ?"), {from.id});
    refs.surveyResponses = SqlRows::ids(
        db, QStringLiteral("SELECT id FROM survey_responses WHERE dimension_id = ?"), {from.id});
    refs.movedLabels = SqlRows::ids(
        db,
        QStringLiteral("SELECT letter_id FROM letter_dimensions WHERE dimension_id = ? AND "
                       "letter_id NOT IN (SELECT letter_id FROM letter_dimensions "
                       "WHERE dimension_id = ?)"),
        {from.id, into.id});
    QSqlQuery labels(db);
    labels.setForwardOnly(true);
    labels.prepare(QStringLiteral("SELECT letter_id, rank, confidence FROM letter_dimensions "
                                  "WHERE dimension_id = ? AND letter_id IN (SELECT letter_id "
                                  "FROM letter_dimensions WHERE dimension_id = ?)"));
    labels.addBindValue(from.id);
    labels.addBindValue(into.id);
    if (labels.exec()) {
        while (labels.next())
            refs.droppedLabels.append({labels.value(0).toLongLong(), labels.value(1).toInt(),
                                       labels.value(2).toDouble()});
    }
    const QString sameTerm = QStringLiteral(
        "EXISTS (SELECT 1 FROM lexicon_terms o WHERE o.target = 'dimension' AND o.key = ? AND "
        "o.language = lexicon_terms.language AND o.term = lexicon_terms.term)");
    refs.movedTerms = SqlRows::ids(
        db,
        QStringLiteral("SELECT id FROM lexicon_terms WHERE target = 'dimension' AND key = ? "
                       "AND NOT ") +
            sameTerm,
        {SqlValues::text(from.key), SqlValues::text(into.key)});
    QSqlQuery terms(db);
    terms.setForwardOnly(true);
    terms.prepare(QStringLiteral("SELECT id, language, term, weight FROM lexicon_terms "
                                 "WHERE target = 'dimension' AND key = ? AND ") +
                  sameTerm);
    terms.addBindValue(SqlValues::text(from.key));
    terms.addBindValue(SqlValues::text(into.key));
    if (terms.exec()) {
        while (terms.next())
            refs.droppedTerms.append({terms.value(0).toLongLong(), terms.value(1).toString(),
                                      terms.value(2).toString(), terms.value(3).toDouble()});
    }
    return refs;
}

StorageResult DimensionMerger::merge(const Dimension &from, const Dimension &into)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        const QVariantList ids{into.id, from.id};
        const QList<std::pair<QString, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET dimension_id = ? WHERE dimension_id = ?"), ids},
            {QStringLiteral("UPDATE complaint_letters SET primary_dimension_id = ? "
                            "WHERE primary_dimension_id = ?"),
             ids},
            {QStringLiteral("UPDATE survey_items SET dimension_id = ? WHERE dimension_id = ?"),
             ids},
            {QStringLiteral("UPDATE survey_responses SET dimension_id = ? WHERE dimension_id = ?"),
             ids},
            // A letter labelled with both keeps into's label (and its rank).
            {QStringLiteral("DELETE FROM letter_dimensions WHERE dimension_id = ? AND letter_id IN "
                            "(SELECT letter_id FROM letter_dimensions WHERE dimension_id = ?)"),
             {from.id, into.id}},
            {QStringLiteral("UPDATE letter_dimensions SET dimension_id = ? WHERE dimension_id = ?"),
             ids},
            // Likewise a term both dimensions had.
            {QStringLiteral("DELETE FROM lexicon_terms WHERE target = 'dimension' AND key = ? AND "
                            "EXISTS (SELECT 1 FROM lexicon_terms o WHERE o.target = 'dimension' "
                            "AND o.key = ? AND o.language = lexicon_terms.language AND "
                            "o.term = lexicon_terms.term)"),
             {SqlValues::text(from.key), SqlValues::text(into.key)}},
            {QStringLiteral(
                 "UPDATE lexicon_terms SET key = ? WHERE target = 'dimension' AND key = ?"),
             {SqlValues::text(into.key), SqlValues::text(from.key)}},
        };
        for (const auto &[sql, bound] : steps) {
            if (const QString error = SqlRows::exec(db, sql, bound); !error.isEmpty())
                return StorageResult::failure(error);
        }
        return DimensionRepository(m_database).remove(from.id);
    });
}

StorageResult DimensionMerger::unmerge(const Dimension &into, const DimensionReferences &references)
{
    const QSqlDatabase db = m_database.connection();
    return Transaction::run(db, [&] {
        Dimension restored = references.dimension; // keeps its id, weight and flag
        if (StorageResult inserted = DimensionRepository(m_database).insert(restored);
            !inserted.ok())
            return inserted;
        const qint64 from = restored.id;
        const QList<std::tuple<QString, QVariantList, QVariantList>> steps = {
            {QStringLiteral("UPDATE standards SET dimension_id = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {from},
             SqlRows::variants(references.standards)},
            {QStringLiteral("UPDATE complaint_letters SET primary_dimension_id = ? WHERE id IN "
                            "(SELECT value FROM json_each(?))"),
             {from},
             SqlRows::variants(references.primaryLetters)},
            {QStringLiteral("UPDATE survey_items SET dimension_id = ? WHERE id IN (SELECT value "
                            "FROM json_each(?))"),
             {from},
             SqlRows::variants(references.surveyItems)},
            {QStringLiteral("UPDATE survey_responses SET dimension_id = ? WHERE id IN (SELECT "
                            "value FROM json_each(?))"),
             {from},
             SqlRows::variants(references.surveyResponses)},
            {QStringLiteral("UPDATE letter_dimensions SET dimension_id = ? WHERE dimension_id = ? "
                            "AND letter_id IN (SELECT value FROM json_each(?))"),
             {from, into.id},
             SqlRows::variants(references.movedLabels)},
            {QStringLiteral("UPDATE lexicon_terms SET key = ? WHERE id IN (SELECT value FROM "
                            "json_each(?))"),
             {SqlValues::text(references.dimension.key)},
             SqlRows::variants(references.movedTerms)},
        };
        for (const auto &[sql, bound, keys] : steps) {
            if (const QString error = SqlRows::execForKeys(db, sql, bound, keys); !error.isEmpty())
                return StorageResult::failure(error);
        }
        for (const DimensionReferences::LetterLabel &label : references.droppedLabels) {
            if (const QString error = SqlRows::exec(
                    db,
                    QStringLiteral("INSERT INTO letter_dimensions (letter_id, dimension_id, rank, "
                                   "confidence) VALUES (?, ?, ?, ?)"),
                    {label.letterId, from, label.rank, label.confidence});
                !error.isEmpty())
                return StorageResult::failure(error);
        }
        for (const DimensionReferences::Term &term : references.droppedTerms) {
            if (const QString error = SqlRows::exec(
                    db,
                    QStringLiteral("INSERT INTO lexicon_terms (id, language, term, target, key, "
                                   "weight) VALUES (?, ?, ?, 'dimension', ?, ?)"),
                    {term.id, SqlValues::text(term.language), SqlValues::text(term.term),
                     SqlValues::text(references.dimension.key), term.weight});
                !error.isEmpty())
                return StorageResult::failure(error);
        }
        return StorageResult::success();
    });
}

} // namespace Yardstick
