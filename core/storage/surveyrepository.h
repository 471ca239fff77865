// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/survey.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes survey definitions (items and waves) and which
// survey-score standards they feed. Answers live in SurveyResponseRepository.
class SurveyRepository final
{
public:
    explicit SurveyRepository(Database &database);

    QList<Survey> all() const; // by name, each with its items and waves
    std::optional<Survey> find(qint64 id) const;
    // find, with the survey's row locked until the transaction ends (on a
    // server; a file's write transaction already excludes other writers).
    std::optional<Survey> findForUpdate(qint64 id) const;
    // The survey that has a wave of this name.
    std::optional<Survey> findByWave(const QString &waveName) const;

    // Stores the survey with its items and waves; sets every id.
    StorageResult insert(Survey &survey);
    // Rewrites name, service, scale, description, items and waves in one
    // transaction (items and waves matched by id; new ones get ids; missing
    // ones are deleted, a deleted wave with its answers).
    StorageResult update(Survey &survey);
    // Deletes the survey, its waves and their answers.
    StorageResult remove(qint64 id);

    QList<SurveyFeed> feeds() const; // by standard id
    // Adds the feed, or replaces the standard's feed.
    StorageResult setFeed(const SurveyFeed &feed);
    StorageResult removeFeed(qint64 standardId);

private:
    Database &m_database;
};

} // namespace Yardstick
