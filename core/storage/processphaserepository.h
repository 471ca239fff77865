// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/processphase.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// One entry of the audit trail of phase changes: what a phase looked like
// after it was added or changed, or just before it was removed.
struct ProcessPhaseLogEntry
{
    enum class Action
    {
        Added,
        Changed,
        Removed,
    };

    Action action = Action::Added;
    ProcessPhase phase; // recordedAt: when this action happened
};

QString phaseLogActionKey(ProcessPhaseLogEntry::Action action); // added, changed, removed

// The recorded process changes and their audit trail. Every write appends to
// the trail in the same transaction, so the trail cannot miss a change.
class ProcessPhaseRepository final
{
public:
    explicit ProcessPhaseRepository(Database &database);

    QList<ProcessPhase> all() const; // by start date, workbench-wide first on a tie
    std::optional<ProcessPhase> find(qint64 id) const;

    // Stamps recordedAt with the current time when it is not set.
    StorageResult add(ProcessPhase &phase);
    StorageResult update(ProcessPhase &phase);
    // update() only if the stored phase still says what `expected` says
    // (the one the edit started from): another analyst's change in between
    // is refused naming who made it and when, never written over.
    StorageResult update(ProcessPhase &phase, const ProcessPhase &expected);
    StorageResult remove(qint64 id);

    // Oldest first; for a standard, its own entries and the workbench-wide ones.
    QList<ProcessPhaseLogEntry> log(std::optional<qint64> standardId = std::nullopt) const;

private:
    StorageResult appendLog(ProcessPhaseLogEntry::Action action, const ProcessPhase &phase);

    Database &m_database;
};

} // namespace Yardstick
