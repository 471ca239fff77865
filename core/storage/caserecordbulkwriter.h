// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casechanges.h"
#include "model/caseidentity.h"
#include "model/caserecord.h"
#include "seencasekeys.h"
#include "storedmoment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Yardstick {

class Database;
class ServerCaseWriter;

// How an import's rows meet the cases already stored.
struct CaseWriteMode
{
    CaseIdentity identity = CaseIdentity::PerService;
    // A stored case with other values is a conflict, not an update.
    bool strict = false;
};

// Writes a stream of case records inside one transaction through the sqlite3
// C API (about twice as fast as QSqlQuery, which a million-row import needs)
// and tells, for each record, whether it was new, already there unchanged,
// updated, or clashing with what is there. Every update keeps the old and new
// values of each changed field in the case history, under this import.
class CaseRecordBulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CaseRecordBulkWriter)

public:
    enum class Outcome
    {
        Inserted,
        Duplicate,           // the workbench already holds this case with the same values
        Updated,             // the stored case took this row's values (history kept)
        UpdatedNowCompleted, // the same, and the case was open until now
        Conflict,            // strict: the workbench holds this case with other values
        Ambiguous,           // global ids: more than one service holds this case id
        RepeatedInBatch,     // this case was written earlier in this batch, otherwise
        Failed,              // SQLite refused; see lastError()
    };

    explicit CaseRecordBulkWriter(Database &database);
    // keysInMemory: how many unchanged cases are remembered in memory before
    // they go to a temporary file (see SeenCaseKeys); tests pass a few.
    CaseRecordBulkWriter(Database &database, size_t keysInMemory);
    ~CaseRecordBulkWriter(); // rolls back unless committed
    CaseRecordBulkWriter(const CaseRecordBulkWriter &) = delete;
    CaseRecordBulkWriter &operator=(const CaseRecordBulkWriter &) = delete;

    // Starts the transaction and records the import (its file name and
    // moment, which the case history names); returns the reason on failure.
    // Between begin() and commit() or rollback() the connection is the
    // writer's: the caller may hand the writer to another thread, as long as
    // no other thread uses the connection meanwhile.
    QString begin(const QString &fileName = {}, CaseWriteMode mode = {},
                  const QDateTime &importedAt = QDateTime::currentDateTimeUtc());
    Outcome write(const CaseRow &row);
    Outcome write(const CaseRecord &record);
    QString commit();
    void rollback();
    QString lastError() const;

    // The services whose cases this import added, changed or moved away
    // since they were last marked stale.
    QList<qint64> touchedServices() const;
    // Marks their kept period values stale (see PeriodValueRepository), in
    // the import's transaction, and forgets them; commit() marks those
    // touched since. Empty on success.
    QString markTouchedServicesStale();

private:
    // The writer on a team workbench (PostgreSQL), made by begin(); every
    // public function hands over to it when it is there.
    std::unique_ptr<ServerCaseWriter> m_server;

    void touch(qint64 serviceId);

    QString prepare();
    Outcome writePerService(const CaseRow &row);
    Outcome writeGlobal(const CaseRow &row);
    bool insert(const CaseRow &row, Outcome &failure);
    quint64 keyHash(const CaseRow &row) const;
    Outcome seenUnchanged(const CaseRow &row);
    Outcome classifyExisting(const CaseRow &row);
    std::optional<Outcome> meetStoredIfAny(const CaseRow &row);
    Outcome meetStored(const CaseRow &row, const StoredCase &stored);
    Outcome update(const CaseRow &row, const StoredCase &stored);
    bool addHistory(const CaseRow &row, const char *field, const std::optional<QString> &before,
                    const std::optional<QString> &after);
    bool parentExists(std::vector<qint64> &known, sqlite3_stmt *statement, qint64 id);
    QString sqliteError() const;
    void finalize();
    void restoreSettings(); // undoes what begin() set for speed

    Database &m_database;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_lookup = nullptr;
    sqlite3_stmt *m_lookupById = nullptr; // global ids: by case id alone
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_move = nullptr; // an update that changes the case's service
    sqlite3_stmt *m_history = nullptr;
    sqlite3_stmt *m_serviceExists = nullptr;
    sqlite3_stmt *m_departmentExists = nullptr;
    // Parent ids already seen to exist in this transaction (a dozen or so).
    std::vector<qint64> m_knownServices;
    std::vector<qint64> m_knownDepartments;
    bool m_restoreForeignKeys = false;
    qint64 m_batch = 0; // import_batch of the rows this writer adds
    CaseWriteMode m_mode;
    // The last row met a stored case: the next is tried as one first (a
    // re-import is mostly unchanged cases, a first import mostly new ones).
    bool m_expectStored = false;
    // The cases this import found unchanged (see seenUnchanged()), in
    // memory that does not grow with the file.
    SeenCaseKeys m_unchanged;
    bool m_active = false;
    QString m_lastError;
    std::vector<qint64> m_touchedServices;
};

} // namespace Yardstick
