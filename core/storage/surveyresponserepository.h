// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/surveyresponse.h"
#include "storageresult.h"

#include <QList>
#include <QStringList>

namespace Yardstick {

class Database;

// Reads and writes survey answers (one respondent, one item each).
class SurveyResponseRepository final
{
public:
    explicit SurveyResponseRepository(Database &database);

    QList<SurveyResponse> all() const; // by wave, respondent, item
    int count() const;
    // The answers of one wave, by respondent and item.
    QList<SurveyResponse> ofWave(const QString &wave) const;
    int countOfWave(const QString &wave) const;
    // The names of the waves that have answers, by name.
    QStringList waves() const;
    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<SurveyResponse> &responses);
    // Deletes every answer of the wave (its definition stays).
    StorageResult removeWave(const QString &wave);

private:
    QList<SurveyResponse> select(const QString &where, const QString &value) const;

    Database &m_database;
};

} // namespace Yardstick
