// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/casechange.h"

#include <QList>
#include <QString>

namespace Yardstick {

class Database;

// Reads the case history that imports write (see CaseRecordBulkWriter).
class CaseHistoryRepository final
{
public:
    explicit CaseHistoryRepository(Database &database);

    // Every change to a case with this id, in any service, oldest first.
    QList<CaseChange> changesOf(const QString &caseId) const;
    // How many changes the history holds (all cases).
    qint64 count() const;

private:
    Database &m_database;
};

} // namespace Yardstick
