// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Reads and writes case records (one unit of work each).
class CaseRecordRepository final
{
public:
    explicit CaseRecordRepository(Database &database);

    QList<CaseRecord> forService(qint64 serviceId) const; // by received time
    int count() const;
    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<CaseRecord> &cases);

private:
    Database &m_database;
};

} // namespace Yardstick
