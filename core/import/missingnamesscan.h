// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseimportsettings.h"
#include "importreport.h"
#include "missingnames.h"

namespace Yardstick {

class NameLookup;

// One quick pass over a case file's service and department columns, read
// through the import's own mapping (and its set values), to find the names
// the workbench lacks. Rows, dates and the rest are not checked: the import
// does that. A file that cannot be read, or lacks a mapped column, has no
// missing names; the import says what is wrong with it.
class MissingNamesScan final
{
public:
    MissingNamesScan(const NameLookup &services, const NameLookup &departments);

    MissingNames run(const QString &path, const CaseImportSettings &settings,
                     const ImportOptions &options) const;

private:
    const NameLookup &m_services;
    const NameLookup &m_departments;
};

} // namespace Yardstick
