// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordbulkwriter.h"

#include "database.h"
#include "sqlitehandle.h"

#include <sqlite3.h>

namespace Yardstick {

namespace {

const char *rightFirstTimeKey(RightFirstTime value)
{
    switch (value) {
    case RightFirstTime::Yes:
        return "yes";
    case RightFirstTime::No:
        return "no";
    case RightFirstTime::Unknown:
        break;
    }
    return "unknown";
}

// Binds a QString without copying: SQLite reads UTF-16 straight from it, and
// the string outlives the statement step.
void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

bool sameText(sqlite3_stmt *statement, int column, const QString &text)
{
    const auto *stored = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
    const int bytes = sqlite3_column_bytes16(statement, column);
    return QStringView(stored, bytes / 2) == text;
}

} // namespace

CaseRecordBulkWriter::CaseRecordBulkWriter(Database &database)
    : m_database(database)
{}

CaseRecordBulkWriter::~CaseRecordBulkWriter()
{
    rollback();
}

QString CaseRecordBulkWriter::sqliteError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

QString CaseRecordBulkWriter::begin()
{
    m_handle = sqliteHandle(m_database.connection());
    if (!m_handle)
        return tr("The workbench is not open.");
    // A big transaction touches index pages all over the file; with SQLite's
    // default 2 MiB cache each one would be re-read from the WAL. 64 MiB keeps
    // them in memory for the import and is given back when it ends.
    sqlite3_exec(m_handle, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    if (sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError();
    m_active = true;
    // Each import gets a new batch number, kept in the workbench's properties
    // so finding it needs no scan of the cases.
    sqlite3_stmt *batch = nullptr;
    sqlite3_prepare_v2(m_handle,
                       "INSERT INTO workbench_properties (key, value) "
                       "VALUES ('case_import_batch', '1') ON CONFLICT (key) DO UPDATE "
                       "SET value = CAST(value AS INTEGER) + 1 RETURNING value",
                       -1, &batch, nullptr);
    if (batch && sqlite3_step(batch) == SQLITE_ROW)
        m_batch = sqlite3_column_int64(batch, 0);
    sqlite3_finalize(batch);
    const char *insert =
        "INSERT INTO case_records (service_id, case_id, received_at, completed_at, "
        "right_first_time, department_id, key_customer, import_batch) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service_id, case_id) DO NOTHING";
    const char *lookup = "SELECT import_batch, received_at, completed_at, right_first_time, "
                         "department_id, key_customer FROM case_records "
                         "WHERE service_id = ? AND case_id = ?";
    const char *markSeen =
        "UPDATE case_records SET import_batch = ? WHERE service_id = ? AND case_id = ?";
    if (sqlite3_prepare_v2(m_handle, insert, -1, &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, lookup, -1, &m_lookup, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, markSeen, -1, &m_markSeen, nullptr) != SQLITE_OK) {
        const QString error = sqliteError();
        rollback();
        return error;
    }
    return {};
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::write(const CaseRecord &record)
{
    if (!m_active) {
        m_lastError = tr("No import is in progress.");
        return Outcome::Failed;
    }
    const QString received = record.receivedAt.toIsoString();
    const QString completed = record.completedAt ? record.completedAt->toIsoString() : QString();
    sqlite3_bind_int64(m_insert, 1, record.serviceId);
    bindText(m_insert, 2, record.caseId);
    bindText(m_insert, 3, received);
    if (record.completedAt)
        bindText(m_insert, 4, completed);
    else
        sqlite3_bind_null(m_insert, 4);
    sqlite3_bind_text(m_insert, 5, rightFirstTimeKey(record.rightFirstTime), -1, SQLITE_STATIC);
    if (record.departmentId)
        sqlite3_bind_int64(m_insert, 6, *record.departmentId);
    else
        sqlite3_bind_null(m_insert, 6);
    sqlite3_bind_int(m_insert, 7, record.keyCustomer ? 1 : 0);
    sqlite3_bind_int64(m_insert, 8, m_batch);
    const int status = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (status != SQLITE_DONE) {
        m_lastError = sqliteError();
        return Outcome::Failed;
    }
    if (sqlite3_changes(m_handle) == 1)
        return Outcome::Inserted;
    return classifyExisting(record);
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::classifyExisting(const CaseRecord &record)
{
    sqlite3_bind_int64(m_lookup, 1, record.serviceId);
    bindText(m_lookup, 2, record.caseId);
    if (sqlite3_step(m_lookup) != SQLITE_ROW) {
        m_lastError = sqliteError();
        sqlite3_reset(m_lookup);
        return Outcome::Failed;
    }
    Outcome outcome = Outcome::Duplicate;
    if (sqlite3_column_type(m_lookup, 0) != SQLITE_NULL &&
        sqlite3_column_int64(m_lookup, 0) == m_batch) {
        outcome = Outcome::RepeatedInBatch;
    } else {
        const bool completedMatches = record.completedAt
                                          ? sameText(m_lookup, 2, record.completedAt->toIsoString())
                                          : sqlite3_column_type(m_lookup, 2) == SQLITE_NULL;
        const bool departmentMatches =
            record.departmentId ? sqlite3_column_int64(m_lookup, 4) == *record.departmentId
                                : sqlite3_column_type(m_lookup, 4) == SQLITE_NULL;
        const bool same =
            sameText(m_lookup, 1, record.receivedAt.toIsoString()) && completedMatches &&
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(m_lookup, 3)),
                    rightFirstTimeKey(record.rightFirstTime)) == 0 &&
            departmentMatches && (sqlite3_column_int(m_lookup, 5) != 0) == record.keyCustomer;
        outcome = same ? Outcome::Duplicate : Outcome::Conflict;
    }
    sqlite3_reset(m_lookup);
    if (outcome == Outcome::Duplicate)
        markSeen(record);
    return outcome;
}

// A duplicate is stamped with this batch, so the same case id later in the
// same file is told apart from the stored copy (and reported as repeated).
void CaseRecordBulkWriter::markSeen(const CaseRecord &record)
{
    sqlite3_bind_int64(m_markSeen, 1, m_batch);
    sqlite3_bind_int64(m_markSeen, 2, record.serviceId);
    bindText(m_markSeen, 3, record.caseId);
    sqlite3_step(m_markSeen);
    sqlite3_reset(m_markSeen);
}

QString CaseRecordBulkWriter::commit()
{
    if (!m_active)
        return tr("No import is in progress.");
    finalize();
    if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = sqliteError();
        rollback();
        return error;
    }
    m_active = false;
    restoreSettings();
    return {};
}

void CaseRecordBulkWriter::rollback()
{
    finalize();
    if (m_active)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    m_active = false;
    restoreSettings();
}

void CaseRecordBulkWriter::restoreSettings()
{
    if (m_handle) {
        sqlite3_exec(m_handle, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
    }
}

void CaseRecordBulkWriter::finalize()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_markSeen);
    m_insert = nullptr;
    m_lookup = nullptr;
    m_markSeen = nullptr;
}

} // namespace Yardstick
