// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/department.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Reads and writes the departments of a workbench.
class DepartmentRepository final
{
public:
    explicit DepartmentRepository(Database &database);

    QList<Department> all() const;                // ordered by name
    StorageResult insert(Department &department); // sets department.id

private:
    Database &m_database;
};

} // namespace Yardstick
