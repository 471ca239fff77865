// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserecordbulkwriter.h"
#include "seencasekeys.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct pg_conn;

namespace Yardstick {

class BulkRows;

// CaseRecordBulkWriter on a team workbench (PostgreSQL): the same outcomes,
// history and stale marks, through libpq on the QPSQL connection.
//
// New cases of a service that held no case when the import began go in
// with COPY, in blocks (one round trip per few thousand rows): nothing
// stored can meet them, so their outcome is known from the import itself (a
// hash of each case's key and values, 16 bytes a case). For a service that
// holds cases (a re-import, an update), the first of its rows reads the
// hashes of its stored cases in one pass (16 bytes a case again): a row whose
// key is not among them is new and goes in with COPY as above, a row that
// says what is stored is a duplicate without a round trip, and a row that
// changes a case is written with others of its kind a block at a time: one
// query reads their stored values, the history goes in with COPY and one
// UPDATE … FROM a temporary table writes them. A case met again in the same
// import, and every row with global ids, is looked up and written with
// prepared statements, as the file writer does.
// Its messages are the file writer's (the same words, translated once).
class ServerCaseWriter final
{
public:
    using Outcome = CaseRecordBulkWriter::Outcome;

    explicit ServerCaseWriter(Database &database);
    ~ServerCaseWriter();
    ServerCaseWriter(const ServerCaseWriter &) = delete;
    ServerCaseWriter &operator=(const ServerCaseWriter &) = delete;

    QString begin(const QString &fileName, CaseWriteMode mode, const QDateTime &importedAt);
    Outcome write(const CaseRow &row);
    QString commit();
    void rollback();
    QString lastError() const { return m_lastError; }
    QList<qint64> touchedServices() const;
    QString markTouchedServicesStale();

private:
    class Statement;

    bool exec(const char *sql);
    bool parentExists(QSet<qint64> &known, const char *table, qint64 id);
    bool serviceIsFresh(qint64 serviceId) const;
    bool loadStored(qint64 serviceId);
    Outcome writeKnown(const CaseRow &row);
    Outcome writeFresh(const CaseRow &row);
    Outcome writeLookedUp(const CaseRow &row);
    Outcome meetStored(const CaseRow &row, const StoredCase &stored);
    Outcome update(const CaseRow &row, const StoredCase &stored);
    bool addHistory(const CaseRow &row, const char *field, const std::optional<QString> &before,
                    const std::optional<QString> &after);
    bool flushCopy();
    bool flushUpdates();
    quint64 keyHash(qint64 serviceId, std::string_view caseId) const;
    quint64 keyHash(const CaseRow &row) const { return keyHash(row.serviceId, row.caseId); }
    void touch(qint64 serviceId);
    void finish();

    Database &m_database;
    pg_conn *m_handle = nullptr;
    CaseWriteMode m_mode;
    qint64 m_batch = 0;
    bool m_active = false;
    QString m_lastError;
    // Services holding at least one case when the import began.
    QSet<qint64> m_servicesWithCases;
    bool m_anyCase = false;
    QSet<qint64> m_knownServices;
    QSet<qint64> m_knownDepartments;
    // Fresh services' cases of this import, to tell a repeated row from a
    // conflicting one without reading back what COPY wrote: the hashes of
    // their keys, and of key and values together. Both spill to a temporary
    // file beyond a million keys, so memory does not grow with the file
    // (a hash table of both took about 30 bytes a case: 378 MiB at 10M).
    SeenCaseKeys m_freshKeys;
    SeenCaseKeys m_freshRows;
    // The stored cases of the services this import met (all of them with
    // global ids), read when their first row came: (key hash, values hash),
    // sorted by key; a key held twice has kAmbiguousValues.
    std::vector<std::pair<quint64, quint64>> m_stored;
    QSet<qint64> m_loadedServices;
    bool m_loadedAll = false;
    // Keys this import met with other values than stored: from then on their
    // rows are looked up, since the stored case may have changed.
    QSet<quint64> m_lookedUpKeys;
    // Rows that change a stored case (ids per service, not strict), written
    // a block at a time: their outcome is known from the hashes, and one
    // round trip reads the stored values the history needs.
    struct PendingUpdate
    {
        CaseRow row;
        QByteArray caseId; // owns the text row.caseId views
    };
    std::vector<PendingUpdate> m_pendingUpdates;
    bool m_updateTableMade = false;
    // Cases found stored and unchanged (see CaseRecordBulkWriter).
    QSet<quint64> m_unchanged;
    std::unique_ptr<BulkRows> m_copy;
    int m_copiedRows = 0;
    std::vector<std::unique_ptr<Statement>> m_statements;
    std::vector<qint64> m_touchedServices;
};

} // namespace Yardstick
