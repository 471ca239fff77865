// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/surveyresponse.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Reads and writes survey answers (one respondent, one item each).
class SurveyResponseRepository final
{
public:
    explicit SurveyResponseRepository(Database &database);

    QList<SurveyResponse> all() const; // by wave, respondent, item
    int count() const;
    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<SurveyResponse> &responses);

private:
    Database &m_database;
};

} // namespace Yardstick
