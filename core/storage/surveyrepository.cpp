// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Yardstick {

namespace {

QString surveyColumns()
{
    return QStringLiteral("SELECT id, name, service_id, scale_min, scale_max, description "
                          "FROM surveys ");
}

Survey readSurvey(const QSqlQuery &query)
{
    Survey s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.serviceId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    s.scaleMin = query.value(3).toDouble();
    s.scaleMax = query.value(4).toDouble();
    s.description = query.value(5).toString();
    return s;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString bindSurvey(QSqlQuery &query, const Survey &survey)
{
    query.addBindValue(SqlValues::text(survey.name));
    query.addBindValue(optionalId(survey.serviceId));
    query.addBindValue(survey.scaleMin);
    query.addBindValue(survey.scaleMax);
    query.addBindValue(SqlValues::text(survey.description));
    return SqlValues::exec(query);
}

void bindItem(QSqlQuery &query, const SurveyItem &item)
{
    query.addBindValue(SqlValues::text(item.code));
    query.addBindValue(SqlValues::text(item.text));
    query.addBindValue(item.dimensionId);
    query.addBindValue(SqlValues::optional(item.importance));
    query.addBindValue(item.position);
}

void bindWave(QSqlQuery &query, const SurveyWave &wave)
{
    query.addBindValue(SqlValues::text(wave.name));
    query.addBindValue(SqlValues::date(wave.startsOn));
    query.addBindValue(SqlValues::date(wave.endsOn));
    query.addBindValue(surveyChannelKey(wave.channel));
}

QString insertItem(QSqlDatabase db, qint64 surveyId, SurveyItem &item)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO survey_items (survey_id, code, text, dimension_id, "
                                 "importance, position) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(surveyId);
    bindItem(query, item);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return error;
    item.id = query.lastInsertId().toLongLong();
    item.surveyId = surveyId;
    return QString();
}

QString insertWave(QSqlDatabase db, qint64 surveyId, SurveyWave &wave)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO survey_waves (survey_id, name, starts_on, ends_on, "
                                 "channel) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(surveyId);
    bindWave(query, wave);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return error;
    wave.id = query.lastInsertId().toLongLong();
    wave.surveyId = surveyId;
    return QString();
}

// Deletes the answers given in the named waves; they mean nothing without
// the wave.
QString removeAnswersOfWaves(QSqlDatabase db, const QStringList &waves)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM survey_responses WHERE wave = ?"));
    for (const QString &wave : waves) {
        query.addBindValue(wave);
        if (QString error = SqlValues::exec(query); !error.isEmpty())
            return error;
    }
    return QString();
}

} // namespace

SurveyRepository::SurveyRepository(Database &database)
    : m_database(database)
{}

static void loadChildren(QSqlDatabase db, Survey &survey)
{
    QSqlQuery items(db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT id, survey_id, code, text, dimension_id, importance, "
                                 "position FROM survey_items WHERE survey_id = ? "
                                 "ORDER BY position, id"));
    items.addBindValue(survey.id);
    items.exec();
    while (items.next()) {
        SurveyItem item;
        item.id = items.value(0).toLongLong();
        item.surveyId = items.value(1).toLongLong();
        item.code = items.value(2).toString();
        item.text = items.value(3).toString();
        item.dimensionId = items.value(4).toLongLong();
        item.importance = SqlValues::toOptionalDouble(items.value(5));
        item.position = items.value(6).toInt();
        survey.items.append(item);
    }

    QSqlQuery waves(db);
    waves.setForwardOnly(true);
    // Waves without dates (an upgraded file's) sort first, as SQLite puts
    // NULL before any text.
    waves.prepare(QStringLiteral("SELECT id, survey_id, name, starts_on, ends_on, channel "
                                 "FROM survey_waves WHERE survey_id = ? "
                                 "ORDER BY starts_on, name"));
    waves.addBindValue(survey.id);
    waves.exec();
    while (waves.next()) {
        SurveyWave wave;
        wave.id = waves.value(0).toLongLong();
        wave.surveyId = waves.value(1).toLongLong();
        wave.name = waves.value(2).toString();
        wave.startsOn = SqlValues::toDate(waves.value(3));
        wave.endsOn = SqlValues::toDate(waves.value(4));
        wave.channel =
            surveyChannelFromKey(waves.value(5).toString()).value_or(SurveyChannel::Mail);
        survey.waves.append(wave);
    }
}

QList<Survey> SurveyRepository::all() const
{
    QList<Survey> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(surveyColumns() + QStringLiteral("ORDER BY name"));
    while (query.next())
        result.append(readSurvey(query));
    for (Survey &survey : result)
        loadChildren(m_database.connection(), survey);
    return result;
}

std::optional<Survey> SurveyRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(surveyColumns() + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Survey survey = readSurvey(query);
    loadChildren(m_database.connection(), survey);
    return survey;
}

std::optional<Survey> SurveyRepository::findForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT id FROM surveys WHERE id = ?") +
                 QString::fromLatin1(SqlDialect::of(db).lockingRead()));
    lock.addBindValue(id);
    if (!lock.exec() || !lock.next())
        return std::nullopt;
    return find(id);
}

std::optional<Survey> SurveyRepository::findByWave(const QString &waveName) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT survey_id FROM survey_waves WHERE name = ?"));
    query.addBindValue(waveName);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return find(query.value(0).toLongLong());
}

StorageResult SurveyRepository::insert(Survey &survey)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO surveys (name, service_id, scale_min, scale_max, "
                                 "description) VALUES (?, ?, ?, ?, ?)"));
    if (QString error = bindSurvey(query, survey); !error.isEmpty())
        return StorageResult::failure(error);
    const qint64 id = query.lastInsertId().toLongLong();
    for (SurveyItem &item : survey.items) {
        if (QString error = insertItem(db, id, item); !error.isEmpty())
            return StorageResult::failure(error);
    }
    for (SurveyWave &wave : survey.waves) {
        if (QString error = insertWave(db, id, wave); !error.isEmpty())
            return StorageResult::failure(error);
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    survey.id = id;
    return StorageResult::success();
}

StorageResult SurveyRepository::update(Survey &survey)
{
    const std::optional<Survey> stored = find(survey.id);
    if (!stored) {
        return StorageResult::failure(
            QCoreApplication::translate("SurveyRepository", "The survey no longer exists."));
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE surveys SET name = ?, service_id = ?, scale_min = ?, "
                                 "scale_max = ?, description = ? WHERE id = ?"));
    query.addBindValue(SqlValues::text(survey.name));
    query.addBindValue(optionalId(survey.serviceId));
    query.addBindValue(survey.scaleMin);
    query.addBindValue(survey.scaleMax);
    query.addBindValue(SqlValues::text(survey.description));
    query.addBindValue(survey.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);

    // Deletions first, then renames, then additions, so a code or wave name
    // freed by one edit can be taken by another in the same update.
    QSet<qint64> keptItems, keptWaves;
    for (const SurveyItem &item : std::as_const(survey.items))
        keptItems.insert(item.id);
    for (const SurveyWave &wave : std::as_const(survey.waves))
        keptWaves.insert(wave.id);

    QHash<qint64, SurveyWave> storedWaves;
    QStringList removedWaves;
    for (const SurveyWave &wave : stored->waves) {
        storedWaves.insert(wave.id, wave);
        if (!keptWaves.contains(wave.id))
            removedWaves.append(wave.name);
    }
    if (QString error = removeAnswersOfWaves(db, removedWaves); !error.isEmpty())
        return StorageResult::failure(error);
    QSqlQuery removeWave(db);
    removeWave.prepare(QStringLiteral("DELETE FROM survey_waves WHERE id = ?"));
    QSqlQuery removeItem(db);
    removeItem.prepare(QStringLiteral("DELETE FROM survey_items WHERE id = ?"));
    QHash<qint64, SurveyItem> storedItems;
    for (const SurveyItem &item : stored->items) {
        storedItems.insert(item.id, item);
        if (keptItems.contains(item.id))
            continue;
        removeItem.addBindValue(item.id);
        if (QString error = SqlValues::exec(removeItem); !error.isEmpty())
            return StorageResult::failure(error);
    }
    for (const SurveyWave &wave : stored->waves) {
        if (keptWaves.contains(wave.id))
            continue;
        removeWave.addBindValue(wave.id);
        if (QString error = SqlValues::exec(removeWave); !error.isEmpty())
            return StorageResult::failure(error);
    }

    // Answers refer to items and waves by name, so a rename carries them.
    const QStringList waveNames = [&] {
        QStringList names;
        for (const SurveyWave &wave : stored->waves) {
            if (keptWaves.contains(wave.id))
                names.append(wave.name);
        }
        return names;
    }();
    QSqlQuery updateItem(db);
    updateItem.prepare(QStringLiteral("UPDATE survey_items SET code = ?, text = ?, "
                                      "dimension_id = ?, importance = ?, position = ? "
                                      "WHERE id = ? AND survey_id = ?"));
    QSqlQuery renameItem(db);
    renameItem.prepare(QStringLiteral("UPDATE survey_responses SET item = ? "
                                      "WHERE item = ? AND wave = ?"));
    for (SurveyItem &item : survey.items) {
        const auto old = storedItems.constFind(item.id);
        if (old == storedItems.cend()) {
            if (QString error = insertItem(db, survey.id, item); !error.isEmpty())
                return StorageResult::failure(error);
            continue;
        }
        bindItem(updateItem, item);
        updateItem.addBindValue(item.id);
        updateItem.addBindValue(survey.id);
        if (QString error = SqlValues::exec(updateItem); !error.isEmpty())
            return StorageResult::failure(error);
        item.surveyId = survey.id;
        if (old->code == item.code)
            continue;
        for (const QString &wave : waveNames) {
            renameItem.addBindValue(SqlValues::text(item.code));
            renameItem.addBindValue(old->code);
            renameItem.addBindValue(wave);
            if (QString error = SqlValues::exec(renameItem); !error.isEmpty())
                return StorageResult::failure(error);
        }
    }

    QSqlQuery updateWave(db);
    updateWave.prepare(QStringLiteral("UPDATE survey_waves SET name = ?, starts_on = ?, "
                                      "ends_on = ?, channel = ? WHERE id = ? AND survey_id = ?"));
    QSqlQuery renameWave(db);
    renameWave.prepare(QStringLiteral("UPDATE survey_responses SET wave = ? WHERE wave = ?"));
    for (SurveyWave &wave : survey.waves) {
        const auto old = storedWaves.constFind(wave.id);
        if (old == storedWaves.cend()) {
            if (QString error = insertWave(db, survey.id, wave); !error.isEmpty())
                return StorageResult::failure(error);
            continue;
        }
        bindWave(updateWave, wave);
        updateWave.addBindValue(wave.id);
        updateWave.addBindValue(survey.id);
        if (QString error = SqlValues::exec(updateWave); !error.isEmpty())
            return StorageResult::failure(error);
        wave.surveyId = survey.id;
        if (old->name == wave.name)
            continue;
        renameWave.addBindValue(SqlValues::text(wave.name));
        renameWave.addBindValue(old->name);
        if (QString error = SqlValues::exec(renameWave); !error.isEmpty())
            return StorageResult::failure(error);
    }

    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult SurveyRepository::remove(qint64 id)
{
    const std::optional<Survey> stored = find(id);
    if (!stored)
        return StorageResult::success();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QStringList waves;
    for (const SurveyWave &wave : stored->waves)
        waves.append(wave.name);
    if (QString error = removeAnswersOfWaves(db, waves); !error.isEmpty())
        return StorageResult::failure(error);
    // Items, waves and feeds go with the survey (ON DELETE CASCADE).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM surveys WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

QList<SurveyFeed> SurveyRepository::feeds() const
{
    QList<SurveyFeed> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT standard_id, survey_id FROM survey_feeds "
                              "ORDER BY standard_id"));
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return result;
}

StorageResult SurveyRepository::setFeed(const SurveyFeed &feed)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO survey_feeds (standard_id, survey_id) VALUES (?, ?) "
                                 "ON CONFLICT (standard_id) DO UPDATE SET "
                                 "survey_id = excluded.survey_id"));
    query.addBindValue(feed.standardId);
    query.addBindValue(feed.surveyId);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult SurveyRepository::removeFeed(qint64 standardId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM survey_feeds WHERE standard_id = ?"));
    query.addBindValue(standardId);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
