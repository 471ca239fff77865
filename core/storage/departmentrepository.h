// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "departmentreferences.h"
#include "model/department.h"
#include "model/orgunit.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes the departments of a workbench.
class DepartmentRepository final
{
public:
    explicit DepartmentRepository(Database &database);

    QList<Department> all() const; // ordered by name, retired ones included
    std::optional<Department> byId(qint64 id) const;
    // byId, locking the row until the transaction ends (see ServiceRepository).
    std::optional<Department> byIdForUpdate(qint64 id) const;
    // Sets department.id, or keeps the one it carries (the undo of a merge).
    StorageResult insert(Department &department);
    StorageResult update(const Department &department); // code, name and retired
    // The database refuses while anything still points at the department.
    StorageResult remove(qint64 id);

    OrgUnitUsage usage(qint64 id) const;
    DepartmentReferences references(qint64 id) const;
    // Points everything of `from` at `into` and removes `from`, in one
    // transaction; `references` are from's, read in the same transaction.
    StorageResult merge(const Department &from, const Department &into);
    // The undo of merge(): `from` again, with its id, and its rows back.
    StorageResult unmerge(const Department &from, const DepartmentReferences &references);

private:
    Database &m_database;
};

} // namespace Yardstick
