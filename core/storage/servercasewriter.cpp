// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercasewriter.h"

#include "copybulkrows.h"
#include "database.h"
#include "pghandle.h"

#include <algorithm>
#include <cstdlib>
#include <libpq-fe.h>

namespace Yardstick {

namespace {

using Param = std::optional<QByteArray>;

Param number(qint64 value)
{
    return QByteArray::number(value);
}

Param optionalNumber(std::optional<qint64> value)
{
    return value ? number(*value) : Param();
}

std::optional<qint64> digitsOf(const std::optional<StoredMoment> &moment)
{
    return moment ? std::optional<qint64>(moment->digits) : std::nullopt;
}

std::optional<qint64> offsetOf(const std::optional<StoredMoment> &moment)
{
    return moment && moment->utcOffsetSeconds ? std::optional<qint64>(*moment->utcOffsetSeconds)
                                              : std::nullopt;
}

std::optional<qint64> offsetOf(const StoredMoment &moment)
{
    return moment.utcOffsetSeconds ? std::optional<qint64>(*moment.utcOffsetSeconds) : std::nullopt;
}

std::optional<qint64> intAt(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return std::nullopt;
    return std::strtoll(PQgetvalue(result, row, column), nullptr, 10);
}

quint64 mix(quint64 hash, quint64 value)
{
    return (hash ^ value) * 0x100000001b3ULL + (hash >> 29);
}

// What a case says besides its key, as stored, for the hash that tells an
// unchanged case from a changed one.
struct CaseValues
{
    qint64 serviceId = 0;
    qint64 received = 0;
    std::optional<qint64> receivedOffset;
    std::optional<qint64> completed;
    std::optional<qint64> completedOffset;
    std::optional<qint64> rightFirstTime;
    std::optional<qint64> departmentId;
    bool keyCustomer = false;
};

CaseValues valuesOf(const CaseRow &row)
{
    return {row.serviceId,
            row.receivedAt.digits,
            offsetOf(row.receivedAt),
            digitsOf(row.completedAt),
            offsetOf(row.completedAt),
            rightFirstTimeValue(row.rightFirstTime),
            row.departmentId,
            row.keyCustomer};
}

// The lowest two bits are left clear: the stored hashes keep marks there.
quint64 valuesHash(const CaseValues &values)
{
    quint64 hash = mix(0xcbf29ce484222325ULL, quint64(values.serviceId));
    hash = mix(hash, quint64(values.received));
    hash = mix(hash, quint64(values.receivedOffset.value_or(-1'000'000)));
    hash = mix(hash, quint64(values.completed.value_or(-1)));
    hash = mix(hash, quint64(values.completedOffset.value_or(-1'000'000)));
    hash = mix(hash, quint64(values.rightFirstTime.value_or(-1)));
    hash = mix(hash, quint64(values.departmentId.value_or(-1)));
    hash = mix(hash, values.keyCustomer ? 1 : 0);
    return hash & ~quint64(3);
}

// A row's key and values as one hash (splitmix64's finaliser over both), so
// that "this key with these values" is one entry of a key set.
quint64 keyAndValuesHash(quint64 key, quint64 values)
{
    quint64 x = key ^ (values + 0x9E3779B97F4A7C15ULL + (key << 6) + (key >> 2));
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// In a stored hash: this import met the case unchanged.
constexpr quint64 kSeenUnchanged = 1;
// In a stored hash: the stored case is open (not completed).
constexpr quint64 kStoredOpen = 2;
constexpr quint64 kMarks = kSeenUnchanged | kStoredOpen;

// A PostgreSQL array literal of texts: each element quoted, its quotes and
// backslashes escaped.
void appendArrayText(QByteArray &array, std::string_view text)
{
    array += array.isEmpty() ? "{\"" : ",\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            array += '\\';
        array += c;
    }
    array += '"';
}
// A key more than one stored case has (global ids): only a lookup can tell.
constexpr quint64 kAmbiguousValues = ~quint64(0);

} // namespace

// One prepared statement on the server, run with text parameters.
class ServerCaseWriter::Statement final
{
public:
    Statement(PGconn *handle, const char *name, const char *sql, int parameters)
        : m_handle(handle)
        , m_name(name)
        , m_parameters(parameters)
    {
        PGresult *result = PQprepare(handle, name, sql, parameters, nullptr);
        m_ready = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!m_ready)
            m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    ~Statement()
    {
        // Prepared statements live as long as the session: dropped here so
        // the next import on the connection can prepare them again.
        if (m_ready) {
            const QByteArray sql = "DEALLOCATE " + m_name;
            PQclear(PQexec(m_handle, sql.constData()));
        }
    }

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }

    // The result (owned by the caller, PQclear), or nullptr with error() set.
    PGresult *run(const std::vector<Param> &params)
    {
        std::vector<const char *> values(params.size());
        std::vector<int> lengths(params.size());
        for (size_t i = 0; i < params.size(); ++i) {
            values[i] = params[i] ? params[i]->constData() : nullptr;
            lengths[i] = params[i] ? int(params[i]->size()) : 0;
        }
        PGresult *result = PQexecPrepared(m_handle, m_name.constData(), m_parameters, values.data(),
                                          lengths.data(), nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
            return nullptr;
        }
        return result;
    }

private:
    PGconn *m_handle;
    QByteArray m_name;
    int m_parameters;
    bool m_ready = false;
    QString m_error;
};

namespace {

enum StatementIndex
{
    Insert,
    Lookup,
    LookupById,
    Update,
    History,
    StatementCount
};

const struct
{
    const char *name;
    const char *sql;
    int parameters;
} kStatements[StatementCount] = {
    {"yardstick_case_insert",
     "INSERT INTO case_records (service_id, case_id, received_at, received_offset, "
     "completed_at, completed_offset, right_first_time, department_id, key_customer, "
     "import_batch) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
     10},
    {"yardstick_case_lookup",
     "SELECT import_batch, received_at, received_offset, completed_at, completed_offset, "
     "right_first_time, department_id, key_customer, service_id FROM case_records "
     "WHERE service_id = $1 AND case_id = $2",
     2},
    {"yardstick_case_lookup_by_id",
     "SELECT import_batch, received_at, received_offset, completed_at, completed_offset, "
     "right_first_time, department_id, key_customer, service_id FROM case_records "
     "WHERE case_id = $1 LIMIT 2",
     1},
    {"yardstick_case_update",
     "UPDATE case_records SET service_id = $1, received_at = $2, received_offset = $3, "
     "completed_at = $4, completed_offset = $5, right_first_time = $6, department_id = $7, "
     "key_customer = $8, import_batch = $9 WHERE service_id = $10 AND case_id = $11",
     11},
    {"yardstick_case_history",
     "INSERT INTO case_history (service_id, case_id, import_batch, field, old_value, "
     "new_value) VALUES ($1, $2, $3, $4, $5, $6)",
     6},
};

} // namespace

namespace {

// A stored case as the lookups read it.
StoredCase readStoredCase(const PGresult *result, int row)
{
    const auto offset = [&](int column) {
        const auto value = intAt(result, row, column);
        return value ? std::optional<qint32>(qint32(*value)) : std::nullopt;
    };
    StoredCase stored;
    stored.batch = intAt(result, row, 0);
    stored.received = {intAt(result, row, 1).value_or(0), offset(2)};
    if (const auto completed = intAt(result, row, 3))
        stored.completed = StoredMoment{*completed, offset(4)};
    stored.rightFirstTime = intAt(result, row, 5);
    stored.departmentId = intAt(result, row, 6);
    stored.keyCustomer = intAt(result, row, 7).value_or(0) != 0;
    stored.serviceId = intAt(result, row, 8).value_or(0);
    return stored;
}

} // namespace

ServerCaseWriter::ServerCaseWriter(Database &database)
    : m_database(database)
{}

ServerCaseWriter::~ServerCaseWriter()
{
    rollback();
}

bool ServerCaseWriter::exec(const char *sql)
{
    PGresult *result = PQexec(m_handle, sql);
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok)
        m_lastError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return ok;
}

QString ServerCaseWriter::begin(const QString &fileName, CaseWriteMode mode,
                                const QDateTime &importedAt)
{
    m_handle = pgHandle(m_database.connection());
    if (!m_handle)
        return QCoreApplication::translate("Yardstick::CaseRecordBulkWriter",
                                           "The workbench is not open.");
    m_mode = mode;
    m_lastError.clear();
    m_freshKeys.clear();
    m_freshRows.clear();
    m_unchanged.clear();
    m_knownServices.clear();
    m_knownDepartments.clear();
    m_servicesWithCases.clear();
    m_stored.clear();
    m_loadedServices.clear();
    m_loadedAll = false;
    m_lookedUpKeys.clear();
    m_pendingUpdates.clear();
    m_updateTableMade = false;
    m_touchedServices.clear();
    if (!exec("BEGIN"))
        return m_lastError;
    m_active = true;
    const auto fail = [this] {
        const QString error = m_lastError;
        rollback();
        return error;
    };
    PGresult *batch = PQexec(m_handle, "INSERT INTO workbench_properties (key, value) "
                                       "VALUES ('case_import_batch', '1') ON CONFLICT (key) DO "
                                       "UPDATE SET value = CAST(CAST(workbench_properties.value "
                                       "AS BIGINT) + 1 AS TEXT) RETURNING value");
    const bool numbered = PQresultStatus(batch) == PGRES_TUPLES_OK && PQntuples(batch) == 1;
    if (numbered)
        m_batch = std::strtoll(PQgetvalue(batch, 0, 0), nullptr, 10);
    else
        m_lastError = QString::fromUtf8(PQresultErrorMessage(batch)).trimmed();
    PQclear(batch);
    if (!numbered)
        return fail();
    const QByteArray batchText = QByteArray::number(m_batch);
    const QByteArray file = fileName.toUtf8();
    const QByteArray at = importedAt.toUTC().toString(Qt::ISODate).toUtf8();
    const char *values[] = {batchText.constData(), file.constData(), at.constData()};
    PGresult *record =
        PQexecParams(m_handle,
                     "INSERT INTO case_imports (batch, file, imported_at) VALUES ($1, $2, $3) "
                     "ON CONFLICT (batch) DO UPDATE SET file = excluded.file, imported_at = "
                     "excluded.imported_at",
                     3, nullptr, values, nullptr, nullptr, 0);
    const bool recorded = PQresultStatus(record) == PGRES_COMMAND_OK;
    if (!recorded)
        m_lastError = QString::fromUtf8(PQresultErrorMessage(record)).trimmed();
    PQclear(record);
    if (!recorded)
        return fail();
    // Only the table's owner may create the index, even when it exists: an
    // analyst's import asks first (see TeamRoles).
    if (mode.identity == CaseIdentity::Global) {
        PGresult *index = PQexec(m_handle, "SELECT to_regclass('case_records_by_case_id')");
        const bool present = PQresultStatus(index) == PGRES_TUPLES_OK && PQntuples(index) == 1 &&
                             !PQgetisnull(index, 0, 0);
        PQclear(index);
        if (!present &&
            !exec("CREATE INDEX IF NOT EXISTS case_records_by_case_id ON case_records (case_id)"))
            return fail();
    }
    // Which services hold cases now: the others' rows can only be new.
    PGresult *services =
        PQexec(m_handle, "SELECT s.id FROM services s WHERE EXISTS "
                         "(SELECT 1 FROM case_records c WHERE c.service_id = s.id)");
    if (PQresultStatus(services) != PGRES_TUPLES_OK) {
        m_lastError = QString::fromUtf8(PQresultErrorMessage(services)).trimmed();
        PQclear(services);
        return fail();
    }
    for (int i = 0; i < PQntuples(services); ++i)
        m_servicesWithCases.insert(std::strtoll(PQgetvalue(services, i, 0), nullptr, 10));
    m_anyCase = PQntuples(services) > 0;
    PQclear(services);
    for (const auto &statement : kStatements) {
        m_statements.push_back(std::make_unique<Statement>(m_handle, statement.name, statement.sql,
                                                           statement.parameters));
        if (!m_statements.back()->ready()) {
            m_lastError = m_statements.back()->error();
            return fail();
        }
    }
    return {};
}

bool ServerCaseWriter::parentExists(QSet<qint64> &known, const char *table, qint64 id)
{
    if (known.contains(id))
        return true;
    const QByteArray sql =
        "SELECT 1 FROM " + QByteArray(table) + " WHERE id = " + QByteArray::number(id);
    if (!flushCopy())
        return false;
    PGresult *result = PQexec(m_handle, sql.constData());
    const bool found = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    if (!found) {
        m_lastError = PQresultStatus(result) == PGRES_TUPLES_OK
                          ? QStringLiteral("FOREIGN KEY constraint failed")
                          : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    PQclear(result);
    if (found)
        known.insert(id);
    return found;
}

bool ServerCaseWriter::serviceIsFresh(qint64 serviceId) const
{
    if (m_mode.identity == CaseIdentity::Global)
        return !m_anyCase;
    return !m_servicesWithCases.contains(serviceId);
}

CaseRecordBulkWriter::Outcome ServerCaseWriter::write(const CaseRow &row)
{
    if (!m_active) {
        m_lastError = QCoreApplication::translate("Yardstick::CaseRecordBulkWriter",
                                                  "No import is in progress.");
        return Outcome::Failed;
    }
    if (!parentExists(m_knownServices, "services", row.serviceId) ||
        (row.departmentId && !parentExists(m_knownDepartments, "departments", *row.departmentId)))
        return Outcome::Failed;
    const Outcome outcome = serviceIsFresh(row.serviceId) ? writeFresh(row) : writeKnown(row);
    if (outcome == Outcome::Inserted || outcome == Outcome::Updated ||
        outcome == Outcome::UpdatedNowCompleted)
        touch(row.serviceId);
    return outcome;
}

quint64 ServerCaseWriter::keyHash(qint64 serviceId, std::string_view caseId) const
{
    const size_t id = qHashBits(caseId.data(), caseId.size(), 0x9e3779b97f4a7c15ULL);
    if (m_mode.identity == CaseIdentity::Global)
        return id;
    return id ^ (quint64(serviceId) * 0xff51afd7ed558ccdULL);
}

// The hashes of the service's stored cases (all cases with global ids), once
// per import, before this import writes any of them: a cursor read in blocks
// keeps the client's memory at a block of rows.
bool ServerCaseWriter::loadStored(qint64 serviceId)
{
    const bool global = m_mode.identity == CaseIdentity::Global;
    if (global ? m_loadedAll : m_loadedServices.contains(serviceId))
        return true;
    if (!flushCopy())
        return false;
    QByteArray sql = "DECLARE yardstick_stored_cases NO SCROLL CURSOR FOR SELECT case_id, "
                     "service_id, received_at, received_offset, completed_at, completed_offset, "
                     "right_first_time, department_id, key_customer FROM case_records";
    if (!global)
        sql += " WHERE service_id = " + QByteArray::number(serviceId);
    if (!exec(sql.constData()))
        return false;
    const size_t before = m_stored.size();
    for (;;) {
        PGresult *block = PQexec(m_handle, "FETCH 20000 FROM yardstick_stored_cases");
        if (PQresultStatus(block) != PGRES_TUPLES_OK) {
            m_lastError = QString::fromUtf8(PQresultErrorMessage(block)).trimmed();
            PQclear(block);
            return false;
        }
        const int rows = PQntuples(block);
        for (int i = 0; i < rows; ++i) {
            CaseValues values;
            values.serviceId = intAt(block, i, 1).value_or(0);
            values.received = intAt(block, i, 2).value_or(0);
            values.receivedOffset = intAt(block, i, 3);
            values.completed = intAt(block, i, 4);
            values.completedOffset = values.completed ? intAt(block, i, 5) : std::nullopt;
            values.rightFirstTime = intAt(block, i, 6);
            values.departmentId = intAt(block, i, 7);
            values.keyCustomer = intAt(block, i, 8).value_or(0) != 0;
            const std::string_view caseId(PQgetvalue(block, i, 0),
                                          size_t(PQgetlength(block, i, 0)));
            m_stored.emplace_back(keyHash(values.serviceId, caseId),
                                  valuesHash(values) | (values.completed ? 0 : kStoredOpen));
        }
        PQclear(block);
        if (rows == 0)
            break;
    }
    if (!exec("CLOSE yardstick_stored_cases"))
        return false;
    const auto byKey = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    std::sort(m_stored.begin() + qsizetype(before), m_stored.end(), byKey);
    std::inplace_merge(m_stored.begin(), m_stored.begin() + qsizetype(before), m_stored.end(),
                       byKey);
    // A key twice: one entry that sends its rows to a lookup.
    size_t kept = 0;
    for (size_t i = 0; i < m_stored.size(); ++i) {
        if (kept > 0 && m_stored[kept - 1].first == m_stored[i].first)
            m_stored[kept - 1].second = kAmbiguousValues;
        else
            m_stored[kept++] = m_stored[i];
    }
    m_stored.resize(kept);
    if (global)
        m_loadedAll = true;
    else
        m_loadedServices.insert(serviceId);
    return true;
}

// A row of a service that held cases when the import began: its stored
// case, if any, is known by its hashes.
CaseRecordBulkWriter::Outcome ServerCaseWriter::writeKnown(const CaseRow &row)
{
    if (!loadStored(row.serviceId))
        return Outcome::Failed;
    const quint64 key = keyHash(row);
    if (!m_lookedUpKeys.contains(key)) {
        const auto stored = std::lower_bound(
            m_stored.begin(), m_stored.end(), key,
            [](const auto &entry, quint64 wanted) { return entry.first < wanted; });
        if (stored == m_stored.end() || stored->first != key)
            return writeFresh(row); // nothing stored has its key: new
        if (stored->second != kAmbiguousValues) {
            // As meetStored() decides, without reading the case: it is not
            // from this import, which has not changed it.
            if ((stored->second & ~kMarks) == valuesHash(valuesOf(row))) {
                stored->second |= kSeenUnchanged;
                return Outcome::Duplicate;
            }
            if (stored->second & kSeenUnchanged)
                return Outcome::RepeatedInBatch;
            // Changed since it was stored, and met for the first time.
            if (m_mode.strict)
                return Outcome::Conflict;
            if (m_mode.identity == CaseIdentity::PerService) {
                m_lookedUpKeys.insert(key);
                PendingUpdate pending{row,
                                      QByteArray(row.caseId.data(), qsizetype(row.caseId.size()))};
                pending.row.caseId =
                    std::string_view(pending.caseId.constData(), size_t(pending.caseId.size()));
                const bool wasOpen = stored->second & kStoredOpen;
                m_pendingUpdates.push_back(std::move(pending));
                if (m_pendingUpdates.size() >= 5000 && !flushUpdates())
                    return Outcome::Failed;
                return wasOpen && row.completedAt ? Outcome::UpdatedNowCompleted : Outcome::Updated;
            }
        }
        m_lookedUpKeys.insert(key);
    }
    return writeLookedUp(row);
}

// The pending changed rows: their stored values in one query, the history
// through COPY, the new values through a temporary table and one UPDATE.
bool ServerCaseWriter::flushUpdates()
{
    if (m_pendingUpdates.empty())
        return true;
    if (!flushCopy())
        return false;
    std::vector<PendingUpdate> pending;
    pending.swap(m_pendingUpdates);
    QByteArray services;
    QByteArray caseIds;
    for (const PendingUpdate &update : pending) {
        services += services.isEmpty() ? '{' : ',';
        services += QByteArray::number(update.row.serviceId);
        appendArrayText(caseIds, update.row.caseId);
    }
    services += '}';
    caseIds += '}';
    const char *values[] = {services.constData(), caseIds.constData()};
    PGresult *found = PQexecParams(
        m_handle,
        "SELECT c.import_batch, c.received_at, c.received_offset, c.completed_at, "
        "c.completed_offset, c.right_first_time, c.department_id, c.key_customer, c.service_id, "
        "c.case_id FROM case_records c JOIN unnest(CAST($1 AS BIGINT[]), CAST($2 AS TEXT[])) AS "
        "k(service_id, case_id) ON c.service_id = k.service_id AND c.case_id = k.case_id",
        2, nullptr, values, nullptr, nullptr, 0);
    if (PQresultStatus(found) != PGRES_TUPLES_OK) {
        m_lastError = QString::fromUtf8(PQresultErrorMessage(found)).trimmed();
        PQclear(found);
        return false;
    }
    // By service and case id.
    const auto keyOf = [](qint64 serviceId, const char *caseId, qsizetype length) {
        QByteArray key = QByteArray::number(serviceId);
        key += '/';
        key.append(caseId, length);
        return key;
    };
    QHash<QByteArray, StoredCase> stored;
    stored.reserve(PQntuples(found));
    for (int i = 0; i < PQntuples(found); ++i) {
        const StoredCase read = readStoredCase(found, i);
        stored.insert(keyOf(read.serviceId, PQgetvalue(found, i, 9), PQgetlength(found, i, 9)),
                      read);
    }
    PQclear(found);
    if (!m_updateTableMade) {
        if (!exec("CREATE TEMPORARY TABLE yardstick_case_updates (service_id BIGINT, case_id "
                  "TEXT, received_at BIGINT, received_offset BIGINT, completed_at BIGINT, "
                  "completed_offset BIGINT, right_first_time BIGINT, department_id BIGINT, "
                  "key_customer BIGINT) ON COMMIT DROP"))
            return false;
        m_updateTableMade = true;
    } else if (!exec("TRUNCATE yardstick_case_updates")) {
        return false;
    }
    const auto optional = [](BulkRows &rows, std::optional<qint64> value) {
        if (value)
            rows.add(*value);
        else
            rows.add(std::optional<double>());
    };
    {
        CopyBulkRows history(m_handle, "case_history",
                             BulkRowsColumns{"service_id", "case_id", "import_batch", "field",
                                             "old_value", "new_value"});
        for (const PendingUpdate &update : pending) {
            const auto before = stored.constFind(
                keyOf(update.row.serviceId, update.caseId.constData(), update.caseId.size()));
            if (before == stored.cend()) {
                m_lastError = QCoreApplication::translate(
                    "Yardstick::CaseRecordBulkWriter",
                    "A changed case could not be read again from the workbench.");
                return false;
            }
            for (const CaseFieldChange &change : changesOf(*before, update.row)) {
                const auto text = [&](const std::optional<QString> &value) {
                    if (value)
                        history.add(value->toUtf8());
                    else
                        history.add(std::optional<double>());
                };
                history.add(update.row.serviceId);
                history.add(update.caseId);
                history.add(m_batch);
                history.add(QByteArray(change.field));
                text(change.before);
                text(change.after);
                if (!history.endRow()) {
                    m_lastError = history.error();
                    return false;
                }
            }
        }
        if (const QString error = history.finish(); !error.isEmpty()) {
            m_lastError = error;
            return false;
        }
    }
    {
        CopyBulkRows rows(m_handle, "yardstick_case_updates",
                          BulkRowsColumns{"service_id", "case_id", "received_at", "received_offset",
                                          "completed_at", "completed_offset", "right_first_time",
                                          "department_id", "key_customer"});
        for (const PendingUpdate &update : pending) {
            const CaseRow &row = update.row;
            rows.add(row.serviceId);
            rows.add(update.caseId);
            rows.add(row.receivedAt.digits);
            optional(rows, offsetOf(row.receivedAt));
            optional(rows, digitsOf(row.completedAt));
            optional(rows, offsetOf(row.completedAt));
            optional(rows, rightFirstTimeValue(row.rightFirstTime));
            optional(rows, row.departmentId);
            rows.add(qint64(row.keyCustomer ? 1 : 0));
            if (!rows.endRow()) {
                m_lastError = rows.error();
                return false;
            }
        }
        if (const QString error = rows.finish(); !error.isEmpty()) {
            m_lastError = error;
            return false;
        }
    }
    const QByteArray batch = QByteArray::number(m_batch);
    const char *batchValue[] = {batch.constData()};
    PGresult *updated = PQexecParams(
        m_handle,
        "UPDATE case_records c SET received_at = u.received_at, received_offset = "
        "u.received_offset, completed_at = u.completed_at, completed_offset = u.completed_offset, "
        "right_first_time = u.right_first_time, department_id = u.department_id, key_customer = "
        "u.key_customer, import_batch = CAST($1 AS BIGINT) FROM yardstick_case_updates u WHERE "
        "c.service_id = u.service_id AND c.case_id = u.case_id",
        1, nullptr, batchValue, nullptr, nullptr, 0);
    const bool ok = PQresultStatus(updated) == PGRES_COMMAND_OK;
    if (!ok)
        m_lastError = QString::fromUtf8(PQresultErrorMessage(updated)).trimmed();
    PQclear(updated);
    return ok;
}

// Nothing stored can meet the row: new, or this import's own earlier row.
CaseRecordBulkWriter::Outcome ServerCaseWriter::writeFresh(const CaseRow &row)
{
    const quint64 key = keyHash(row);
    const quint64 whole = keyAndValuesHash(key, valuesHash(valuesOf(row)));
    if (m_freshKeys.contains(key))
        return m_freshRows.contains(whole) ? Outcome::Duplicate : Outcome::RepeatedInBatch;
    m_freshKeys.insert(key);
    m_freshRows.insert(whole);
    // On the handle: write() may run on the importer's writer thread.
    if (!m_copy)
        m_copy = std::make_unique<CopyBulkRows>(
            m_handle, "case_records",
            BulkRowsColumns{"service_id", "case_id", "received_at", "received_offset",
                            "completed_at", "completed_offset", "right_first_time", "department_id",
                            "key_customer", "import_batch"});
    const auto optional = [&](std::optional<qint64> value) {
        if (value)
            m_copy->add(*value);
        else
            m_copy->add(std::optional<double>());
    };
    m_copy->add(row.serviceId);
    m_copy->add(QByteArray(row.caseId.data(), qsizetype(row.caseId.size())));
    m_copy->add(row.receivedAt.digits);
    optional(offsetOf(row.receivedAt));
    optional(digitsOf(row.completedAt));
    optional(offsetOf(row.completedAt));
    optional(rightFirstTimeValue(row.rightFirstTime));
    optional(row.departmentId);
    m_copy->add(qint64(row.keyCustomer ? 1 : 0));
    m_copy->add(m_batch);
    if (!m_copy->endRow()) {
        m_lastError = m_copy->error();
        return Outcome::Failed;
    }
    // A block at a time: the server checks each block's services and
    // departments once (see migration 13), and a COPY left open would hold
    // the connection.
    if (++m_copiedRows >= 100000 && !flushCopy())
        return Outcome::Failed;
    return Outcome::Inserted;
}

bool ServerCaseWriter::flushCopy()
{
    if (!m_copy)
        return true;
    const QString error = m_copy->finish();
    m_copy.reset();
    m_copiedRows = 0;
    if (!error.isEmpty())
        m_lastError = error;
    return error.isEmpty();
}

CaseRecordBulkWriter::Outcome ServerCaseWriter::writeLookedUp(const CaseRow &row)
{
    if (!flushUpdates() || !flushCopy())
        return Outcome::Failed;
    const Param caseId = QByteArray(row.caseId.data(), qsizetype(row.caseId.size()));
    const bool global = m_mode.identity == CaseIdentity::Global;
    Statement &lookup = *m_statements[global ? LookupById : Lookup];
    PGresult *found = global ? lookup.run({caseId}) : lookup.run({number(row.serviceId), caseId});
    if (!found) {
        m_lastError = lookup.error();
        return Outcome::Failed;
    }
    const int rows = PQntuples(found);
    std::optional<StoredCase> stored;
    if (rows == 1)
        stored = readStoredCase(found, 0);
    PQclear(found);
    if (rows > 1)
        return Outcome::Ambiguous;
    if (stored)
        return meetStored(row, *stored);
    Statement &insert = *m_statements[Insert];
    PGresult *inserted = insert.run(
        {number(row.serviceId), caseId, number(row.receivedAt.digits),
         optionalNumber(offsetOf(row.receivedAt)), optionalNumber(digitsOf(row.completedAt)),
         optionalNumber(offsetOf(row.completedAt)),
         optionalNumber(rightFirstTimeValue(row.rightFirstTime)), optionalNumber(row.departmentId),
         number(row.keyCustomer ? 1 : 0), number(m_batch)});
    if (!inserted) {
        m_lastError = insert.error();
        return Outcome::Failed;
    }
    PQclear(inserted);
    return Outcome::Inserted;
}

// As the file writer decides (CaseRecordBulkWriter::meetStored).
CaseRecordBulkWriter::Outcome ServerCaseWriter::meetStored(const CaseRow &row,
                                                           const StoredCase &stored)
{
    const bool same = sameValues(stored, row);
    if (stored.batch == m_batch)
        return same ? Outcome::Duplicate : Outcome::RepeatedInBatch;
    if (same) {
        m_unchanged.insert(keyHash(row));
        return Outcome::Duplicate;
    }
    if (m_unchanged.contains(keyHash(row)))
        return Outcome::RepeatedInBatch;
    if (m_mode.strict)
        return Outcome::Conflict;
    return update(row, stored);
}

CaseRecordBulkWriter::Outcome ServerCaseWriter::update(const CaseRow &row, const StoredCase &stored)
{
    touch(stored.serviceId); // a case that moves leaves its old service
    const Param caseId = QByteArray(row.caseId.data(), qsizetype(row.caseId.size()));
    Statement &statement = *m_statements[Update];
    PGresult *updated = statement.run(
        {number(row.serviceId), number(row.receivedAt.digits),
         optionalNumber(offsetOf(row.receivedAt)), optionalNumber(digitsOf(row.completedAt)),
         optionalNumber(offsetOf(row.completedAt)),
         optionalNumber(rightFirstTimeValue(row.rightFirstTime)), optionalNumber(row.departmentId),
         number(row.keyCustomer ? 1 : 0), number(m_batch), number(stored.serviceId), caseId});
    if (!updated) {
        m_lastError = statement.error();
        return Outcome::Failed;
    }
    PQclear(updated);
    for (const CaseFieldChange &change : changesOf(stored, row)) {
        if (!addHistory(row, change.field, change.before, change.after))
            return Outcome::Failed;
    }
    return !stored.completed && row.completedAt ? Outcome::UpdatedNowCompleted : Outcome::Updated;
}

bool ServerCaseWriter::addHistory(const CaseRow &row, const char *field,
                                  const std::optional<QString> &before,
                                  const std::optional<QString> &after)
{
    const auto text = [](const std::optional<QString> &value) {
        return value ? Param(value->toUtf8()) : Param();
    };
    Statement &history = *m_statements[History];
    PGresult *added = history.run({number(row.serviceId),
                                   QByteArray(row.caseId.data(), qsizetype(row.caseId.size())),
                                   number(m_batch), QByteArray(field), text(before), text(after)});
    if (!added) {
        m_lastError = history.error();
        return false;
    }
    PQclear(added);
    return true;
}

void ServerCaseWriter::touch(qint64 serviceId)
{
    if (std::find(m_touchedServices.cbegin(), m_touchedServices.cend(), serviceId) ==
        m_touchedServices.cend())
        m_touchedServices.push_back(serviceId);
}

QList<qint64> ServerCaseWriter::touchedServices() const
{
    return QList<qint64>(m_touchedServices.cbegin(), m_touchedServices.cend());
}

QString ServerCaseWriter::markTouchedServicesStale()
{
    if (!m_active)
        return QCoreApplication::translate("Yardstick::CaseRecordBulkWriter",
                                           "No import is in progress.");
    if (!flushUpdates() || !flushCopy())
        return m_lastError;
    for (const qint64 serviceId : m_touchedServices) {
        const QByteArray sql = "INSERT INTO period_values_stale (service_id) VALUES (" +
                               QByteArray::number(serviceId) + ") ON CONFLICT DO NOTHING";
        if (!exec(sql.constData()))
            return m_lastError;
    }
    m_touchedServices.clear();
    return {};
}

QString ServerCaseWriter::commit()
{
    if (!m_active)
        return QCoreApplication::translate("Yardstick::CaseRecordBulkWriter",
                                           "No import is in progress.");
    if (const QString error = markTouchedServicesStale(); !error.isEmpty()) {
        rollback();
        return error;
    }
    finish();
    if (!exec("COMMIT")) {
        const QString error = m_lastError;
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void ServerCaseWriter::rollback()
{
    m_copy.reset();
    // Ended first: an aborted transaction refuses even DEALLOCATE.
    if (m_active && m_handle)
        PQclear(PQexec(m_handle, "ROLLBACK"));
    m_active = false;
    finish();
}

void ServerCaseWriter::finish()
{
    m_pendingUpdates.clear();
    // A COPY still open is abandoned by its destructor before the
    // statements are deallocated.
    m_copy.reset();
    m_statements.clear();
}

} // namespace Yardstick
