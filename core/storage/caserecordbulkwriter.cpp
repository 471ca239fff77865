// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecordbulkwriter.h"

#include "database.h"
#include "servercasewriter.h"
#include "sqlitehandle.h"

#include <QByteArray>
#include <QHash>

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

CaseRecordBulkWriter::CaseRecordBulkWriter(Database &database, size_t keysInMemory)
    : m_database(database)
    , m_unchanged(keysInMemory)
{}

CaseRecordBulkWriter::~CaseRecordBulkWriter()
{
    rollback();
}

QString CaseRecordBulkWriter::lastError() const
{
    // On a server, this object's own error is only write(CaseRecord)'s.
    return m_server && m_lastError.isEmpty() ? m_server->lastError() : m_lastError;
}

QString CaseRecordBulkWriter::sqliteError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

QString CaseRecordBulkWriter::begin(const QString &fileName, CaseWriteMode mode,
                                    const QDateTime &importedAt)
{
    m_server.reset();
    if (m_database.isServer()) {
        m_server = std::make_unique<ServerCaseWriter>(m_database);
        return m_server->begin(fileName, mode, importedAt);
    }
    m_handle = sqliteHandle(m_database.connection());
    if (!m_handle)
        return tr("The workbench is not open.");
    m_mode = mode;
    m_expectStored = false;
    m_unchanged.clear();
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
    sqlite3_stmt *record = nullptr;
    const QByteArray file = fileName.toUtf8();
    const QByteArray at = importedAt.toUTC().toString(Qt::ISODate).toUtf8();
    bool recorded =
        sqlite3_prepare_v2(m_handle,
                           "INSERT OR REPLACE INTO case_imports (batch, file, imported_at) "
                           "VALUES (?, ?, ?)",
                           -1, &record, nullptr) == SQLITE_OK;
    if (recorded) {
        sqlite3_bind_int64(record, 1, m_batch);
        bindText(record, 2, std::string_view(file.constData(), size_t(file.size())));
        bindText(record, 3, std::string_view(at.constData(), size_t(at.size())));
        recorded = sqlite3_step(record) == SQLITE_DONE;
    }
    sqlite3_finalize(record);
    // Finding a case by its id alone needs an index the per-service rule
    // does not: made once, by the first import that asks for it.
    if (recorded && mode.identity == CaseIdentity::Global)
        recorded = sqlite3_exec(m_handle,
                                "CREATE INDEX IF NOT EXISTS case_records_by_case_id "
                                "ON case_records (case_id)",
                                nullptr, nullptr, nullptr) == SQLITE_OK;
    const QString error = recorded ? prepare() : sqliteError();
    if (!error.isEmpty()) {
        rollback();
        return error;
    }
    return {};
}

QString CaseRecordBulkWriter::prepare()
{
    const char *insert =
        "INSERT INTO case_records (service_id, case_id, received_at, received_offset, "
        "completed_at, completed_offset, right_first_time, department_id, key_customer, "
        "import_batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service_id, case_id) DO NOTHING";
    const char *lookup = "SELECT import_batch, received_at, received_offset, completed_at, "
                         "completed_offset, right_first_time, department_id, key_customer, "
                         "service_id FROM case_records WHERE service_id = ? AND case_id = ?";
    const char *lookupById = "SELECT import_batch, received_at, received_offset, completed_at, "
                             "completed_offset, right_first_time, department_id, key_customer, "
                             "service_id FROM case_records WHERE case_id = ? LIMIT 2";
    // The key's service is set only when the case moves (global ids): SQLite
    // rewrites a WITHOUT ROWID row as a delete and an insert when its key
    // columns are assigned, even to the same value.
    const char *update =
        "UPDATE case_records SET received_at = ?2, received_offset = ?3, "
        "completed_at = ?4, completed_offset = ?5, right_first_time = ?6, department_id = ?7, "
        "key_customer = ?8, import_batch = ?9 WHERE service_id = ?10 AND case_id = ?11";
    const char *move =
        "UPDATE case_records SET service_id = ?1, received_at = ?2, received_offset = ?3, "
        "completed_at = ?4, completed_offset = ?5, right_first_time = ?6, department_id = ?7, "
        "key_customer = ?8, import_batch = ?9 WHERE service_id = ?10 AND case_id = ?11";
    const char *history = "INSERT INTO case_history (service_id, case_id, import_batch, field, "
                          "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)";
    const std::pair<const char *, sqlite3_stmt **> statements[] = {
        {insert, &m_insert},
        {lookup, &m_lookup},
        {lookupById, &m_lookupById},
        {update, &m_update},
        {move, &m_move},
        {history, &m_history},
        {"SELECT 1 FROM services WHERE id = ?", &m_serviceExists},
        {"SELECT 1 FROM departments WHERE id = ?", &m_departmentExists},
    };
    for (const auto &[sql, statement] : statements) {
        // The by-id lookup needs the global index; per-service imports skip it.
        if (statement == &m_lookupById && m_mode.identity != CaseIdentity::Global)
            continue;
        if (sqlite3_prepare_v2(m_handle, sql, -1, statement, nullptr) != SQLITE_OK)
            return sqliteError();
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

namespace {

std::optional<qint64> columnInt(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(statement, column);
}

std::optional<qint32> columnOffset(sqlite3_stmt *statement, int column)
{
    const auto value = columnInt(statement, column);
    return value ? std::optional<qint32>(qint32(*value)) : std::nullopt;
}

// A stored case as the lookups read it (columns 0..8 of m_lookup).
StoredCase readStoredCase(sqlite3_stmt *statement)
{
    StoredCase stored;
    stored.batch = columnInt(statement, 0);
    stored.received = {sqlite3_column_int64(statement, 1), columnOffset(statement, 2)};
    if (const auto completed = columnInt(statement, 3))
        stored.completed = StoredMoment{*completed, columnOffset(statement, 4)};
    stored.rightFirstTime = columnInt(statement, 5);
    stored.departmentId = columnInt(statement, 6);
    stored.keyCustomer = sqlite3_column_int(statement, 7) != 0;
    stored.serviceId = sqlite3_column_int64(statement, 8);
    return stored;
}

} // namespace

namespace {

void bindOptionalText(sqlite3_stmt *statement, int index, const std::optional<QString> &text)
{
    if (text) {
        const QByteArray utf8 = text->toUtf8();
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(statement, index);
    }
}

} // namespace

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::write(const CaseRow &row)
{
    if (m_server) {
        m_lastError.clear();
        return m_server->write(row);
    }
    if (!m_active) {
        m_lastError = tr("No import is in progress.");
        return Outcome::Failed;
    }
    if (!parentExists(m_knownServices, m_serviceExists, row.serviceId) ||
        (row.departmentId &&
         !parentExists(m_knownDepartments, m_departmentExists, *row.departmentId)))
        return Outcome::Failed;
    const Outcome outcome =
        m_mode.identity == CaseIdentity::Global ? writeGlobal(row) : writePerService(row);
    if (outcome == Outcome::Inserted || outcome == Outcome::Updated ||
        outcome == Outcome::UpdatedNowCompleted)
        touch(row.serviceId);
    return outcome;
}

void CaseRecordBulkWriter::touch(qint64 serviceId)
{
    if (std::find(m_touchedServices.cbegin(), m_touchedServices.cend(), serviceId) ==
        m_touchedServices.cend())
        m_touchedServices.push_back(serviceId);
}

QList<qint64> CaseRecordBulkWriter::touchedServices() const
{
    if (m_server)
        return m_server->touchedServices();
    return QList<qint64>(m_touchedServices.cbegin(), m_touchedServices.cend());
}

QString CaseRecordBulkWriter::markTouchedServicesStale()
{
    if (m_server)
        return m_server->markTouchedServicesStale();
    if (!m_active)
        return tr("No import is in progress.");
    for (const qint64 serviceId : m_touchedServices) {
        const QByteArray sql = "INSERT OR IGNORE INTO period_values_stale (service_id) VALUES (" +
                               QByteArray::number(serviceId) + ")";
        if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError();
    }
    // Marked once: a refresh between this and the commit clears the marks,
    // and the commit must not set them again.
    m_touchedServices.clear();
    return {};
}

// A first import tries the insert first (most rows are new), a re-import
// the stored case (most rows are there, mostly unchanged), each falling back
// on the other.
CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::writePerService(const CaseRow &row)
{
    Outcome outcome = Outcome::Inserted;
    if (m_expectStored) {
        // The key set is read after the lookup: its memory is fetched meanwhile.
        m_unchanged.prefetch(keyHash(row));
        if (const std::optional<Outcome> met = meetStoredIfAny(row))
            outcome = *met;
        else if (!insert(row, outcome))
            return outcome;
    } else if (!insert(row, outcome)) {
        return outcome;
    } else if (sqlite3_changes(m_handle) != 1) {
        outcome = classifyExisting(row);
    }
    m_expectStored = outcome != Outcome::Inserted;
    return outcome;
}

std::optional<CaseRecordBulkWriter::Outcome>
CaseRecordBulkWriter::meetStoredIfAny(const CaseRow &row)
{
    sqlite3_bind_int64(m_lookup, 1, row.serviceId);
    bindText(m_lookup, 2, row.caseId);
    const int status = sqlite3_step(m_lookup);
    if (status != SQLITE_ROW) {
        sqlite3_reset(m_lookup);
        if (status == SQLITE_DONE)
            return std::nullopt;
        m_lastError = sqliteError();
        return Outcome::Failed;
    }
    const StoredCase stored = readStoredCase(m_lookup);
    sqlite3_reset(m_lookup);
    return meetStored(row, stored);
}

// By id alone: the stored case is looked for first, as it may be under
// another service (then it moves).
CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::writeGlobal(const CaseRow &row)
{
    bindText(m_lookupById, 1, row.caseId);
    std::vector<StoredCase> found;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(m_lookupById)) == SQLITE_ROW)
        found.push_back(readStoredCase(m_lookupById));
    sqlite3_reset(m_lookupById);
    if (status != SQLITE_DONE) {
        m_lastError = sqliteError();
        return Outcome::Failed;
    }
    if (found.size() > 1)
        return Outcome::Ambiguous;
    if (found.size() == 1)
        return meetStored(row, found.front());
    Outcome outcome = Outcome::Inserted;
    if (!insert(row, outcome))
        return outcome;
    return Outcome::Inserted;
}

bool CaseRecordBulkWriter::insert(const CaseRow &row, Outcome &failure)
{
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
        failure = Outcome::Failed;
        return false;
    }
    return true;
}

// The case's identity as a hash: its id, and its service unless ids are global.
quint64 CaseRecordBulkWriter::keyHash(const CaseRow &row) const
{
    const size_t id = qHashBits(row.caseId.data(), row.caseId.size(), 0x9e3779b97f4a7c15ULL);
    if (m_mode.identity == CaseIdentity::Global)
        return id;
    return id ^ (quint64(row.serviceId) * 0xff51afd7ed558ccdULL);
}

// An unchanged case is remembered, not stamped: a re-import of a mostly
// unchanged export then writes nothing for most rows. The same case
// with other values later in the file is told apart from the stored copy and
// reported as repeated.
CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::seenUnchanged(const CaseRow &row)
{
    m_unchanged.insert(keyHash(row));
    return Outcome::Duplicate;
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
    const StoredCase stored = readStoredCase(m_lookup);
    sqlite3_reset(m_lookup);
    return meetStored(row, stored);
}

// A row for a case the workbench holds: seen already in this import, the
// same, or an update (a conflict when strict).
CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::meetStored(const CaseRow &row,
                                                               const StoredCase &stored)
{
    const bool same = sameValues(stored, row);
    // Written earlier in this import: the same row again is a duplicate,
    // another version of the case is the file contradicting itself.
    if (stored.batch == m_batch)
        return same ? Outcome::Duplicate : Outcome::RepeatedInBatch;
    if (same)
        return seenUnchanged(row);
    if (m_unchanged.contains(keyHash(row)))
        return Outcome::RepeatedInBatch;
    if (m_mode.strict)
        return Outcome::Conflict;
    return update(row, stored);
}

CaseRecordBulkWriter::Outcome CaseRecordBulkWriter::update(const CaseRow &row,
                                                           const StoredCase &stored)
{
    sqlite3_stmt *statement = stored.serviceId == row.serviceId ? m_update : m_move;
    touch(stored.serviceId); // a case that moves leaves its old service
    if (statement == m_move)
        sqlite3_bind_int64(statement, 1, row.serviceId);
    bindMoment(statement, 2, row.receivedAt);
    bindMoment(statement, 4, row.completedAt);
    bindOptionalInt(statement, 6, rightFirstTimeValue(row.rightFirstTime));
    bindOptionalInt(statement, 7, row.departmentId);
    sqlite3_bind_int(statement, 8, row.keyCustomer ? 1 : 0);
    sqlite3_bind_int64(statement, 9, m_batch);
    sqlite3_bind_int64(statement, 10, stored.serviceId);
    bindText(statement, 11, row.caseId);
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status != SQLITE_DONE) {
        m_lastError = sqliteError();
        return Outcome::Failed;
    }
    for (const CaseFieldChange &change : changesOf(stored, row)) {
        if (!addHistory(row, change.field, change.before, change.after))
            return Outcome::Failed;
    }
    return !stored.completed && row.completedAt ? Outcome::UpdatedNowCompleted : Outcome::Updated;
}

bool CaseRecordBulkWriter::addHistory(const CaseRow &row, const char *field,
                                      const std::optional<QString> &before,
                                      const std::optional<QString> &after)
{
    sqlite3_bind_int64(m_history, 1, row.serviceId);
    bindText(m_history, 2, row.caseId);
    sqlite3_bind_int64(m_history, 3, m_batch);
    sqlite3_bind_text(m_history, 4, field, -1, SQLITE_STATIC);
    bindOptionalText(m_history, 5, before);
    bindOptionalText(m_history, 6, after);
    const int status = sqlite3_step(m_history);
    sqlite3_reset(m_history);
    if (status != SQLITE_DONE) {
        m_lastError = sqliteError();
        return false;
    }
    return true;
}

QString CaseRecordBulkWriter::commit()
{
    if (m_server)
        return m_server->commit();
    if (!m_active)
        return tr("No import is in progress.");
    // The services whose cases changed have stale kept values until they are
    // recomputed (PeriodValueRefresher, usually before this commit).
    if (const QString error = markTouchedServicesStale(); !error.isEmpty()) {
        rollback();
        return error;
    }
    finalize();
    if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = sqliteError();
        rollback();
        return error;
    }
    m_active = false;
    m_unchanged.clear();
    restoreSettings();
    return {};
}

void CaseRecordBulkWriter::rollback()
{
    if (m_server) {
        m_server->rollback();
        return;
    }
    finalize();
    if (m_active)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    m_active = false;
    m_unchanged.clear();
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
    sqlite3_finalize(m_lookupById);
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_move);
    sqlite3_finalize(m_history);
    sqlite3_finalize(m_serviceExists);
    sqlite3_finalize(m_departmentExists);
    m_insert = nullptr;
    m_lookup = nullptr;
    m_lookupById = nullptr;
    m_update = nullptr;
    m_move = nullptr;
    m_history = nullptr;
    m_serviceExists = nullptr;
    m_departmentExists = nullptr;
}

} // namespace Yardstick
