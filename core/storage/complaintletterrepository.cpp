// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintletterrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QHash>

namespace Yardstick {

namespace {

const QLatin1String kColumns(
    "id, reference, received_at, channel, customer_ref, key_customer, language, body, "
    "service_id, primary_dimension_id, label_status, subject, service_confidence, severity, "
    "received_source, source_file, encoding, masked_card_numbers, status, first_response_at, "
    "resolved_at, source_id");

// The text's hash alone can be stored twice when the sending system's ids
// differ (see migration 10): the stored key then carries the id.
QString storedKey(const ComplaintLetter &letter)
{
    const QString hash = letter.contentHash();
    return letter.referenceIsSourceId ? hash + QLatin1Char('#') + letter.reference : hash;
}

// A SHA-256 in hex: the stored key's text part.
constexpr qsizetype kHashLength = 64;

ComplaintLetter letterFrom(const QSqlQuery &query)
{
    ComplaintLetter l;
    l.id = query.value(0).toLongLong();
    l.reference = query.value(1).toString();
    l.receivedAt = SqlValues::toDateTime(query.value(2));
    l.channel = letterChannelFromKey(query.value(3).toString()).value_or(LetterChannel::Letter);
    l.customerRef = query.value(4).toString();
    l.keyCustomer = query.value(5).toBool();
    l.language = query.value(6).toString();
    l.text = query.value(7).toString();
    l.serviceId = SqlValues::toOptionalId(query.value(8));
    l.primaryDimensionId = SqlValues::toOptionalId(query.value(9));
    l.labelStatus =
        labelStatusFromKey(query.value(10).toString()).value_or(LabelStatus::Unlabelled);
    l.subject = query.value(11).toString();
    l.serviceConfidence = SqlValues::toOptionalDouble(query.value(12));
    if (!query.value(13).isNull())
        l.severity = severityFromKey(query.value(13).toString());
    l.receivedSource =
        receivedSourceFromKey(query.value(14).toString()).value_or(ReceivedSource::Unknown);
    l.sourceFile = query.value(15).toString();
    l.encoding = query.value(16).toString();
    l.maskedCardNumbers = query.value(17).toInt();
    l.status = letterStatusFromKey(query.value(18).toString()).value_or(LetterStatus::New);
    l.firstResponseAt = SqlValues::toDateTime(query.value(19));
    l.resolvedAt = SqlValues::toDateTime(query.value(20));
    l.referenceIsSourceId = query.value(21).toBool();
    return l;
}

QVariant severityValue(const std::optional<Severity> &severity)
{
    return severity ? QVariant(severityKey(*severity)) : QVariant();
}

std::optional<qint64> primaryOf(const ComplaintLetter &letter)
{
    if (!letter.dimensions.isEmpty())
        return letter.dimensions.constFirst().dimensionId;
    return letter.primaryDimensionId;
}

LetterLink linkFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString()};
}

} // namespace

ComplaintLetterRepository::ComplaintLetterRepository(Database &database)
    : m_database(database)
{}

QList<ComplaintLetter> ComplaintLetterRepository::select(const QString &where,
                                                         const QVariant &value) const
{
    QList<ComplaintLetter> result;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM complaint_letters ") +
                  where + QLatin1String(" ORDER BY received_at, id"));
    if (value.isValid())
        query.addBindValue(value);
    query.exec();
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), result.size());
        result.append(letterFrom(query));
    }

    QSqlQuery dims(m_database.connection());
    dims.setForwardOnly(true);
    dims.exec(QStringLiteral(
        "SELECT letter_id, dimension_id, confidence FROM letter_dimensions ORDER BY letter_id, "
        "rank"));
    while (dims.next()) {
        const auto it = indexById.constFind(dims.value(0).toLongLong());
        if (it != indexById.cend())
            result[*it].dimensions.append({dims.value(1).toLongLong(), dims.value(2).toDouble()});
    }
    QSqlQuery attributes(m_database.connection());
    attributes.setForwardOnly(true);
    attributes.exec(QStringLiteral(
        "SELECT letter_id, name, value FROM letter_attributes ORDER BY letter_id, position"));
    while (attributes.next()) {
        const auto it = indexById.constFind(attributes.value(0).toLongLong());
        if (it != indexById.cend())
            result[*it].attributes.append(
                {attributes.value(1).toString(), attributes.value(2).toString()});
    }
    // A letter stored before dimensions had their own table (or by hand)
    // still shows its primary dimension.
    for (ComplaintLetter &l : result) {
        if (l.dimensions.isEmpty() && l.primaryDimensionId)
            l.dimensions.append({*l.primaryDimensionId, 1.0});
    }
    return result;
}

QList<ComplaintLetter> ComplaintLetterRepository::all() const
{
    return select(QString(), QVariant());
}

std::optional<ComplaintLetter> ComplaintLetterRepository::find(qint64 id) const
{
    const QList<ComplaintLetter> found = select(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<ComplaintLetter> ComplaintLetterRepository::findForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT id FROM complaint_letters WHERE id = ?") +
                 QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    lock.addBindValue(id);
    if (!lock.exec() || !lock.next())
        return std::nullopt;
    return find(id);
}

int ComplaintLetterRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM complaint_letters")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QSet<QString> ComplaintLetterRepository::contentHashes() const
{
    QSet<QString> hashes;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT content_hash FROM complaint_letters"));
    while (query.next())
        hashes.insert(query.value(0).toString().left(kHashLength));
    return hashes;
}

QHash<QString, QString> ComplaintLetterRepository::textHashesBySourceId() const
{
    QHash<QString, QString> hashes;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT reference, content_hash FROM complaint_letters WHERE source_id = 1"));
    while (query.next())
        hashes.insert(query.value(0).toString(), query.value(1).toString().left(kHashLength));
    return hashes;
}

StorageResult ComplaintLetterRepository::writeAttributes(const ComplaintLetter &letter)
{
    if (letter.attributes.isEmpty())
        return StorageResult::success();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO letter_attributes (letter_id, position, name, value) VALUES (?, ?, ?, ?)"));
    for (qsizetype position = 0; position < letter.attributes.size(); ++position) {
        const LetterAttribute &attribute = letter.attributes.at(position);
        query.addBindValue(letter.id);
        query.addBindValue(int(position));
        query.addBindValue(attribute.name);
        query.addBindValue(attribute.value);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
    }
    return StorageResult::success();
}

QSet<QString> ComplaintLetterRepository::customerRefs() const
{
    QSet<QString> refs;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT DISTINCT customer_ref FROM complaint_letters "
                              "WHERE customer_ref <> ''"));
    while (query.next())
        refs.insert(query.value(0).toString());
    return refs;
}

StorageResult ComplaintLetterRepository::writeDimensions(const ComplaintLetter &letter)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM letter_dimensions WHERE letter_id = ?"));
    query.addBindValue(letter.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    query.prepare(QStringLiteral("INSERT INTO letter_dimensions (letter_id, dimension_id, rank, "
                                 "confidence) VALUES (?, ?, ?, ?)"));
    for (qsizetype rank = 0; rank < letter.dimensions.size(); ++rank) {
        const DimensionLabel &label = letter.dimensions.at(rank);
        query.addBindValue(letter.id);
        query.addBindValue(label.dimensionId);
        query.addBindValue(int(rank));
        query.addBindValue(label.confidence);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
    }
    return StorageResult::success();
}

StorageResult ComplaintLetterRepository::insertMany(QList<ComplaintLetter> &letters)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO complaint_letters (reference, received_at, channel, customer_ref, "
        "key_customer, language, body, content_hash, service_id, primary_dimension_id, "
        "label_status, subject, service_confidence, severity, received_source, source_file, "
        "encoding, masked_card_numbers, status, first_response_at, resolved_at, source_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (ComplaintLetter &l : letters) {
        l.primaryDimensionId = primaryOf(l);
        query.addBindValue(SqlValues::text(l.reference));
        query.addBindValue(SqlValues::dateTime(l.receivedAt));
        query.addBindValue(letterChannelKey(l.channel));
        query.addBindValue(SqlValues::text(l.customerRef));
        query.addBindValue(l.keyCustomer);
        query.addBindValue(SqlValues::text(l.language));
        query.addBindValue(SqlValues::text(l.text));
        query.addBindValue(storedKey(l));
        query.addBindValue(SqlValues::optional(l.serviceId));
        query.addBindValue(SqlValues::optional(l.primaryDimensionId));
        query.addBindValue(labelStatusKey(l.labelStatus));
        query.addBindValue(SqlValues::text(l.subject));
        query.addBindValue(SqlValues::optional(l.serviceConfidence));
        query.addBindValue(severityValue(l.severity));
        query.addBindValue(receivedSourceKey(l.receivedSource));
        query.addBindValue(SqlValues::text(l.sourceFile));
        query.addBindValue(SqlValues::text(l.encoding));
        query.addBindValue(l.maskedCardNumbers);
        query.addBindValue(letterStatusKey(l.status));
        query.addBindValue(SqlValues::dateTime(l.firstResponseAt));
        query.addBindValue(SqlValues::dateTime(l.resolvedAt));
        query.addBindValue(l.referenceIsSourceId);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        l.id = query.lastInsertId().toLongLong();
        if (StorageResult r = writeAttributes(l); !r.ok())
            return r;
        if (l.dimensions.isEmpty() && l.primaryDimensionId)
            l.dimensions.append({*l.primaryDimensionId, 1.0});
        if (StorageResult r = writeDimensions(l); !r.ok())
            return r;
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ComplaintLetterRepository::updateLabels(const ComplaintLetter &letter)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE complaint_letters SET service_id = ?, service_confidence = ?, "
                       "primary_dimension_id = ?, severity = ?, label_status = ? WHERE id = ?"));
    query.addBindValue(SqlValues::optional(letter.serviceId));
    query.addBindValue(SqlValues::optional(letter.serviceConfidence));
    query.addBindValue(SqlValues::optional(primaryOf(letter)));
    query.addBindValue(severityValue(letter.severity));
    query.addBindValue(labelStatusKey(letter.labelStatus));
    query.addBindValue(letter.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (query.numRowsAffected() != 1)
        return StorageResult::failure(QStringLiteral("No letter with id %1").arg(letter.id));
    if (StorageResult r = writeDimensions(letter); !r.ok())
        return r;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ComplaintLetterRepository::updateHandling(const ComplaintLetter &letter)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE complaint_letters SET status = ?, first_response_at = ?, "
                                 "resolved_at = ? WHERE id = ?"));
    query.addBindValue(letterStatusKey(letter.status));
    query.addBindValue(SqlValues::dateTime(letter.firstResponseAt));
    query.addBindValue(SqlValues::dateTime(letter.resolvedAt));
    query.addBindValue(letter.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (query.numRowsAffected() != 1)
        return StorageResult::failure(QStringLiteral("No letter with id %1").arg(letter.id));
    return StorageResult::success();
}

QList<LetterLink> ComplaintLetterRepository::links() const
{
    QList<LetterLink> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT id, letter_id, standard_id, case_id FROM letter_links ORDER BY letter_id, id"));
    while (query.next())
        result.append(linkFrom(query));
    return result;
}

QList<LetterLink> ComplaintLetterRepository::linksOf(qint64 letterId) const
{
    QList<LetterLink> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, letter_id, standard_id, case_id FROM letter_links WHERE letter_id = ? "
        "ORDER BY id"));
    query.addBindValue(letterId);
    query.exec();
    while (query.next())
        result.append(linkFrom(query));
    return result;
}

StorageResult ComplaintLetterRepository::addLink(LetterLink &link)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO letter_links (letter_id, standard_id, case_id) VALUES (?, ?, ?) "
        "ON CONFLICT (letter_id, standard_id) DO UPDATE SET case_id = excluded.case_id "
        "RETURNING id"));
    query.addBindValue(link.letterId);
    query.addBindValue(link.standardId);
    query.addBindValue(SqlValues::text(link.caseId.trimmed()));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (query.next())
        link.id = query.value(0).toLongLong();
    link.caseId = link.caseId.trimmed();
    return StorageResult::success();
}

StorageResult ComplaintLetterRepository::removeLink(qint64 linkId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM letter_links WHERE id = ?"));
    query.addBindValue(linkId);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
