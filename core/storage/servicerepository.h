// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orgunit.h"
#include "model/service.h"
#include "servicereferences.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes the services of a workbench.
class ServiceRepository final
{
public:
    explicit ServiceRepository(Database &database);

    QList<Service> all() const; // ordered by name, retired ones included
    std::optional<Service> byId(qint64 id) const;
    // byId, locking the row until the transaction ends (on a server; a file's
    // write transaction already excludes other writers): what an edit
    // compares with what it started from.
    std::optional<Service> byIdForUpdate(qint64 id) const;
    std::optional<Service> byCode(const QString &code) const;
    // Sets service.id, or keeps the one it carries (the undo of a merge).
    StorageResult insert(Service &service);
    // Code, name, description and retired; the lexicon's service terms keyed
    // by the old code follow a new code.
    StorageResult update(const Service &service);
    // The database refuses while anything still points at the service.
    StorageResult remove(qint64 id);

    OrgUnitUsage usage(qint64 id) const;
    // Case ids both services hold: merging one into the other would make two
    // cases one, so a merge is refused while there are any.
    QStringList sharedCaseIds(qint64 first, qint64 second) const;
    ServiceReferences references(const Service &from, const Service &into) const;
    // Points everything of `from` at `into` and removes `from`, in one
    // transaction; `references` are from's, read in the same transaction.
    StorageResult merge(const Service &from, const Service &into,
                        const ServiceReferences &references);
    // The undo of merge(): `from` again, with its id, and its rows back.
    StorageResult unmerge(const Service &from, const Service &into,
                          const ServiceReferences &references);

private:
    Database &m_database;
};

} // namespace Yardstick
