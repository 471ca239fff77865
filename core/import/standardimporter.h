// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QCoreApplication>

namespace Yardstick {

class Workbench;

// Imports the standards catalogue from the CSV analysts keep it in:
// code,title,service,dimension,metric,statistic,direction,target,threshold,
// unit,department,basis,rationale,effective_from (and optionally status,
// retired_on and day_basis, which the export adds). Services, dimensions and
// departments named there are created when missing, and the summary says
// which. A code already in the catalogue is updated in place, and a changed
// target or threshold becomes a new revision: from the row's effective_from
// when that is later than the revision in force, otherwise from the day of
// the import. Rows equal to the catalogue count as duplicates.
class StandardImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardImporter)

public:
    explicit StandardImporter(Workbench &workbench);

    ImportSummary run(const QString &path, const ImportOptions &options);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
