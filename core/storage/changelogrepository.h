// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// The workbench's audit trail (table change_log, schema version 13): one
// line per user action that changed the catalogue, a letter, the
// organisation, a phase, a value model or the holidays, and one per import.
// Lines are only ever added. A line is written in the transaction of the
// change it records, so the trail never claims a change that was rolled back.
class ChangeLogRepository final
{
public:
    explicit ChangeLogRepository(Database &database);

    struct Filter
    {
        QDateTime since; // invalid: from the beginning
        std::optional<ChangeSubject> subject;
        std::optional<qint64> subjectId; // with subject
    };

    // Adds a line stamped with this connection's user and the current time
    // (on a server, the server's user and clock, whatever the client says).
    StorageResult record(ChangeSubject subject, qint64 subjectId, const QString &subjectName,
                         const QString &action, const QString &detail);
    // Oldest first.
    QList<ChangeEntry> entries(const Filter &filter = {}) const;
    // The newest line about one standard, letter…; nullopt if none.
    std::optional<ChangeEntry> latest(ChangeSubject subject, qint64 subjectId) const;

private:
    Database &m_database;
};

} // namespace Yardstick
