// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/casefact.h"
#include "model/caserecord.h"
#include "storageresult.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Yardstick {

class Database;

// Reads and writes case records (one unit of work each).
class CaseRecordRepository final
{
public:
    explicit CaseRecordRepository(Database &database);

    QList<CaseRecord> forService(qint64 serviceId) const; // by received time
    // The cases stored under this id, in any service.
    QList<CaseRecord> withCaseId(const QString &caseId) const;
    int count() const;
    // Every completed case, by service id, through the sqlite3 C API (a
    // million rows in a few hundred milliseconds). Only the services listed,
    // or all when the list is empty.
    QHash<qint64, std::vector<CaseFact>> completedFacts(const QList<qint64> &serviceIds) const;
    // The completed cases of one service, in the same order.
    std::vector<CaseFact> completedFactsOf(qint64 serviceId) const;
    // All or nothing, in one transaction.
    StorageResult insertMany(QList<CaseRecord> &cases);

private:
    Database &m_database;
};

} // namespace Yardstick
