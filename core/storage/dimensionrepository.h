// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Reads and writes the quality dimensions of a workbench.
class DimensionRepository final
{
public:
    explicit DimensionRepository(Database &database);

    QList<Dimension> all() const;               // in the order they were defined
    StorageResult insert(Dimension &dimension); // sets dimension.id

private:
    Database &m_database;
};

} // namespace Yardstick
