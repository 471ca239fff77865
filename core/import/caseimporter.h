// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseimportsettings.h"
#include "importreport.h"

#include <QCoreApplication>

namespace Yardstick {

class CsvImportRun;
class KnownNames;
class Workbench;
struct MissingNames;

// Imports case records from a CSV file in one streaming pass and one
// transaction: constant memory whatever the file size. Each row is checked
// (known service and department, readable dates, completion not before
// receipt, yes/no values, a case id) and written; a row identical to a case
// already in the workbench is skipped as a duplicate, the same service and
// case id with other values is a conflict, and a case id repeated within the
// file is an error. Nothing is kept if anything was rejected, unless the
// options allow skipping bad rows. With ImportOptions::createMissing, the
// services and departments the file names that the workbench lacks are
// created first, in the same transaction, and listed in the notes.
class CaseImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CaseImporter)

public:
    explicit CaseImporter(Workbench &workbench);

    ImportSummary run(const QString &path, const CaseImportSettings &settings,
                      const ImportOptions &options);

private:
    // Creates what a scan found missing; false (with the reason recorded)
    // when the workbench refused one.
    bool createMissing(const MissingNames &missing, KnownNames &services, KnownNames &departments,
                       CsvImportRun &run, QStringList &notes);

    Workbench &m_workbench;
};

} // namespace Yardstick
