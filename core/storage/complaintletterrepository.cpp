// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintletterrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

ComplaintLetterRepository::ComplaintLetterRepository(Database &database)
    : m_database(database)
{}

QList<ComplaintLetter> ComplaintLetterRepository::all() const
{
    QList<ComplaintLetter> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT id, reference, received_at, channel, customer_ref, key_customer, language, body, "
        "service_id, primary_dimension_id, label_status FROM complaint_letters "
        "ORDER BY received_at, id"));
    while (query.next()) {
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
        result.append(l);
    }
    return result;
}

int ComplaintLetterRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM complaint_letters")) && query.next())
        return query.value(0).toInt();
    return 0;
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
        "label_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (ComplaintLetter &l : letters) {
        query.addBindValue(SqlValues::text(l.reference));
        query.addBindValue(SqlValues::dateTime(l.receivedAt));
        query.addBindValue(letterChannelKey(l.channel));
        query.addBindValue(SqlValues::text(l.customerRef));
        query.addBindValue(l.keyCustomer);
        query.addBindValue(SqlValues::text(l.language));
        query.addBindValue(SqlValues::text(l.text));
        query.addBindValue(l.contentHash());
        query.addBindValue(SqlValues::optional(l.serviceId));
        query.addBindValue(SqlValues::optional(l.primaryDimensionId));
        query.addBindValue(labelStatusKey(l.labelStatus));
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        l.id = query.lastInsertId().toLongLong();
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
