// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/dateparser.h"
#include "import/importreport.h"
#include "storage/storageresult.h"

#include <functional>

namespace Yardstick {

class Workbench;

// Imports filled-in checklists of one template from CSV in long format, one
// row per rating: audit,department,audited_on,auditor,subject,item,rating
// (auditor and subject optional). Rows with the same `audit` id make one
// audit; the department is found by code or name, the item by its code in
// the checklist. An empty rating leaves the item unrated. Rejected, with file,
// line, column and reason: unknown department or item, a rating that is not
// a number or lies outside 0..scaleMax, an unreadable date, a department or
// date that contradicts an earlier row of the same audit, an item rated twice
// in one audit, a row with the wrong number of fields. All or nothing unless
// bad rows are skipped. The audits are written in one transaction, taken
// only once the file is read.
class AuditImporter final
{
public:
    // More writing that belongs to the import (AuditService refreshes the
    // audit measurements): run in the import's transaction after the audits
    // are written; its failure keeps nothing.
    using AlsoWrite = std::function<StorageResult()>;

    explicit AuditImporter(Workbench &workbench);

    ImportSummary run(const QString &path, qint64 templateId, const ImportOptions &options,
                      DateFormat dateFormat = DateFormat::Auto, const AlsoWrite &alsoWrite = {});

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
