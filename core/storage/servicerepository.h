// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/service.h"
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

    QList<Service> all() const; // ordered by name
    std::optional<Service> byCode(const QString &code) const;
    StorageResult insert(Service &service); // sets service.id

private:
    Database &m_database;
};

} // namespace Yardstick
