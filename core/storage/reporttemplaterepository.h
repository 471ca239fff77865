// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reporttemplate.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// The report templates saved in a workbench, by name.
class ReportTemplateRepository final
{
public:
    explicit ReportTemplateRepository(Database &database);

    QList<ReportTemplate> all() const; // by name; unreadable ones are skipped
    std::optional<ReportTemplate> find(const QString &name) const;
    StorageResult save(const ReportTemplate &reportTemplate); // replaces one of the same name
    StorageResult remove(const QString &name);

private:
    Database &m_database;
};

} // namespace Yardstick
