// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Yardstick {

class Database;

// Writes a stream of case records inside one transaction through the sqlite3
// C API (about twice as fast as QSqlQuery, which a million-row import needs)
// and tells, for each record, whether it was new, already there unchanged,
// or clashing with what is there.
class CaseRecordBulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CaseRecordBulkWriter)

public:
    enum class Outcome
    {
        Inserted,
        Duplicate,       // the workbench already holds this case with the same values
        Conflict,        // the workbench holds this service and case id with other values
        RepeatedInBatch, // this service and case id were written earlier in this batch
        Failed,          // SQLite refused; see lastError()
    };

    explicit CaseRecordBulkWriter(Database &database);
    ~CaseRecordBulkWriter(); // rolls back unless committed
    CaseRecordBulkWriter(const CaseRecordBulkWriter &) = delete;
    CaseRecordBulkWriter &operator=(const CaseRecordBulkWriter &) = delete;

    // Starts the transaction; returns the reason on failure.
    QString begin();
    Outcome write(const CaseRecord &record);
    QString commit();
    void rollback();
    QString lastError() const { return m_lastError; }

private:
    Outcome classifyExisting(const CaseRecord &record);
    QString sqliteError() const;
    void finalize();
    void markSeen(const CaseRecord &record);
    void restoreSettings(); // undoes what begin() set for speed

    Database &m_database;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_markSeen = nullptr;
    qint64 m_batch = 0; // import_batch of the rows this writer adds
    bool m_active = false;
    QString m_lastError;
};

} // namespace Yardstick
