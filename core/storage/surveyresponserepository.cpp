// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyresponserepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

SurveyResponseRepository::SurveyResponseRepository(Database &database)
    : m_database(database)
{}

QList<SurveyResponse> SurveyResponseRepository::select(const QString &where,
                                                       const QString &value) const
{
    QList<SurveyResponse> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, wave, respondent, item, dimension_id, expectation, "
                                 "perception, importance, customer_ref FROM survey_responses ") +
                  where + QStringLiteral(" ORDER BY wave, respondent, item"));
    if (!where.isEmpty())
        query.addBindValue(value);
    query.exec();
    while (query.next()) {
        SurveyResponse r;
        r.id = query.value(0).toLongLong();
        r.wave = query.value(1).toString();
        r.respondent = query.value(2).toString();
        r.item = query.value(3).toString();
        r.dimensionId = query.value(4).toLongLong();
        r.expectation = SqlValues::toOptionalDouble(query.value(5));
        r.perception = SqlValues::toOptionalDouble(query.value(6));
        r.importance = SqlValues::toOptionalDouble(query.value(7));
        r.customerRef = query.value(8).toString();
        result.append(r);
    }
    return result;
}

QList<SurveyResponse> SurveyResponseRepository::all() const
{
    return select(QString(), QString());
}

QList<SurveyResponse> SurveyResponseRepository::ofWave(const QString &wave) const
{
    return select(QStringLiteral("WHERE wave = ?"), wave);
}

int SurveyResponseRepository::countOfWave(const QString &wave) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE wave = ?"));
    query.addBindValue(wave);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QStringList SurveyResponseRepository::waves() const
{
    QStringList result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT DISTINCT wave FROM survey_responses ORDER BY wave"));
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

StorageResult SurveyResponseRepository::removeWave(const QString &wave)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM survey_responses WHERE wave = ?"));
    query.addBindValue(wave);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

int SurveyResponseRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM survey_responses")) && query.next())
        return query.value(0).toInt();
    return 0;
}

StorageResult SurveyResponseRepository::insertMany(QList<SurveyResponse> &responses)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO survey_responses (wave, respondent, item, dimension_id, expectation, "
        "perception, importance, customer_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (SurveyResponse &r : responses) {
        query.addBindValue(SqlValues::text(r.wave));
        query.addBindValue(SqlValues::text(r.respondent));
        query.addBindValue(SqlValues::text(r.item));
        query.addBindValue(r.dimensionId);
        query.addBindValue(SqlValues::optional(r.expectation));
        query.addBindValue(SqlValues::optional(r.perception));
        query.addBindValue(SqlValues::optional(r.importance));
        query.addBindValue(SqlValues::text(r.customerRef));
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return StorageResult::failure(error);
        r.id = query.lastInsertId().toLongLong();
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
