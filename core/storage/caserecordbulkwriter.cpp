// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordbulkwriter.h"

#include "database.h"
#include "sqlitehandle.h"

#include <algorithm>
#include <sqlite3.h>

namespace Yardstick {

namespace {

void bindOptionalInt(sqlite3_stmt *statement, int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

// A stored moment's two columns: digits and offset (both NULL for none).
std::optional<qint64> digitsOf(const std::optional<StoredMoment> &moment)
{
    return moment ? std::optional<qint64>(moment->digits) : std::nullopt;
}

std::optional<qint64> offsetOf(const std::optional<StoredMoment> &moment)
{
    return moment && moment->utcOffsetSeconds ? std::optional<qint64>(*moment->utcOffsetSeconds)
                                              : std::nullopt;
}

void bindMoment(sqlite3_stmt *statement, int index, const std::optional<StoredMoment> &moment)
{
    bindOptionalInt(statement, index, digitsOf(moment));
    bindOptionalInt(statement, index + 1, offsetOf(moment));
}

// Whether a nullable integer column holds the value (NULL for nullopt).
bool sameInt(sqlite3_stmt *statement, int column, std::optional<qint64> value)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return !value;
    return value && sqlite3_column_int64(statement, column) == *value;
}

bool sameMoment(sqlite3_stmt *statement, int column, const std::optional<StoredMoment> &moment)
{
    return sameInt(statement, column, digitsOf(moment)) &&
           sameInt(statement, column + 1, offsetOf(moment));
}

// right_first_time: 1 yes, 0 no, NULL unknown.
std::optional<qint64> rightFirstTimeValue(RightFirstTime value)
{
    if (value == RightFirstTime::Unknown)
        return std::nullopt;
    return value == RightFirstTime::Yes ? 1 : 0;
}

// Binds UTF-8 text without copying: the caller keeps it alive until the
// statement has stepped, and SQLite stores UTF-8 as it is (UTF-16 would be
// translated, with an allocation, for every value).
void bindText(sqlite3_stmt *statement, int index, std::string_view text)
{
    sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

constexpr const char *kForeignKeyFailed = "FOREIGN KEY constraint failed";

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
    // SQLite's own foreign-key check costs two b-tree searches per row. The
    // writer makes the same check itself, once per distinct service and
    // department inside this transaction (see parentExists): nothing in it
    // deletes a parent, so a parent seen once stays there until the commit.
    // The pragma is a no-op inside a transaction, hence before BEGIN.
    m_restoreForeignKeys = false;
    sqlite3_stmt *foreignKeys = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA foreign_keys", -1, &foreignKeys, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(foreignKeys) == SQLITE_ROW)
        m_restoreForeignKeys = sqlite3_column_int(foreignKeys, 0) != 0;
    sqlite3_finalize(foreignKeys);
    if (m_restoreForeignKeys)
        sqlite3_exec(m_handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    m_knownServices.clear();
    m_knownDepartments.clear();
    if (sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = sqliteError();
        restoreSettings();
        return error;
    }
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
        "INSERT INTO case_records (service_id, case_id, received_at, received_offset, "
        "completed_at, completed_offset, right_first_time, department_id, key_customer, "
        "import_batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service_id, case_id) DO NOTHING";
    const char *lookup = "SELECT import_batch, received_at, received_offset, completed_at, "
                         "completed_offset, right_first_time, department_id, key_customer "
                         "FROM case_records WHERE service_id = ? AND case_id = ?";
    const char *markSeen =
        "UPDATE case_records SET import_batch = ? WHERE service_id = ? AND case_id = ?";
    if (sqlite3_prepare_v2(m_handle, insert, -1, &m_insert, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, lookup, -1, &m_lookup, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, markSeen, -1, &m_markSeen, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "SELECT 1 FROM services WHERE id = ?", -1, &m_serviceExists,
                           nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_handle, "SELECT 1 FROM departments WHERE id = ?", -1,
                           &m_departmentExists, nullptr) != SQLITE_OK) {
        const QString error = sqliteError();
        rollback();
        return error;
    }
    // The same for every row; a reset keeps bindings.
    sqlite3_bind_int64(m_insert, 10, m_batch);
    return {};
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::write(const CaseRecord &record)
{
    const QByteArray caseId = record.caseId.toUtf8();
    const std::optional<StoredCaseMoments> moments = toStoredMoments(record);
    if (!moments) {
        m_lastError = tr("A case date must fall in the years 1 to 9999.");
        return Outcome::Failed;
    }
    CaseRow row;
    row.serviceId = record.serviceId;
    row.caseId = std::string_view(caseId.constData(), size_t(caseId.size()));
    row.receivedAt = moments->received;
    row.completedAt = moments->completed;
    row.rightFirstTime = record.rightFirstTime;
    row.departmentId = record.departmentId;
    row.keyCustomer = record.keyCustomer;
    return write(row);
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::write(const CaseRow &row)
{
    if (!m_active) {
        m_lastError = tr("No import is in progress.");
        return Outcome::Failed;
    }
    if (!parentExists(m_knownServices, m_serviceExists, row.serviceId) ||
        (row.departmentId &&
         !parentExists(m_knownDepartments, m_departmentExists, *row.departmentId)))
        return Outcome::Failed;
    sqlite3_bind_int64(m_insert, 1, row.serviceId);
    bindText(m_insert, 2, row.caseId);
    bindMoment(m_insert, 3, row.receivedAt);
    bindMoment(m_insert, 5, row.completedAt);
    bindOptionalInt(m_insert, 7, rightFirstTimeValue(row.rightFirstTime));
    bindOptionalInt(m_insert, 8, row.departmentId);
    sqlite3_bind_int(m_insert, 9, row.keyCustomer ? 1 : 0);
    const int status = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (status != SQLITE_DONE) {
        m_lastError = sqliteError();
        return Outcome::Failed;
    }
    if (sqlite3_changes(m_handle) == 1)
        return Outcome::Inserted;
    return classifyExisting(row);
}

// What SQLite's foreign-key check would find, asked once per id: the answer
// cannot change before the commit, as this transaction deletes no parent and
// holds the write lock. A missing parent fails the write as SQLite would.
bool CaseRecordBulkWriter::parentExists(std::vector<qint64> &known, sqlite3_stmt *statement,
                                        qint64 id)
{
    if (std::find(known.cbegin(), known.cend(), id) != known.cend())
        return true;
    sqlite3_bind_int64(statement, 1, id);
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status == SQLITE_ROW) {
        known.push_back(id);
        return true;
    }
    m_lastError = status == SQLITE_DONE ? QString::fromLatin1(kForeignKeyFailed) : sqliteError();
    return false;
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::classifyExisting(const CaseRow &row)
{
    sqlite3_bind_int64(m_lookup, 1, row.serviceId);
    bindText(m_lookup, 2, row.caseId);
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
        const bool same = sameMoment(m_lookup, 1, row.receivedAt) &&
                          sameMoment(m_lookup, 3, row.completedAt) &&
                          sameInt(m_lookup, 5, rightFirstTimeValue(row.rightFirstTime)) &&
                          sameInt(m_lookup, 6, row.departmentId) &&
                          (sqlite3_column_int(m_lookup, 7) != 0) == row.keyCustomer;
        outcome = same ? Outcome::Duplicate : Outcome::Conflict;
    }
    sqlite3_reset(m_lookup);
    if (outcome == Outcome::Duplicate)
        markSeen(row);
    return outcome;
}

// A duplicate is stamped with this batch, so the same case id later in the
// same file is told apart from the stored copy (and reported as repeated).
void CaseRecordBulkWriter::markSeen(const CaseRow &row)
{
    sqlite3_bind_int64(m_markSeen, 1, m_batch);
    sqlite3_bind_int64(m_markSeen, 2, row.serviceId);
    bindText(m_markSeen, 3, row.caseId);
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
        if (m_restoreForeignKeys)
            sqlite3_exec(m_handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        m_restoreForeignKeys = false;
    }
}

void CaseRecordBulkWriter::finalize()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_lookup);
    sqlite3_finalize(m_markSeen);
    sqlite3_finalize(m_serviceExists);
    sqlite3_finalize(m_departmentExists);
    m_insert = nullptr;
    m_lookup = nullptr;
    m_markSeen = nullptr;
    m_serviceExists = nullptr;
    m_departmentExists = nullptr;
}

} // namespace Yardstick
