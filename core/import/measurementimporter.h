// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateparser.h"
#include "importreport.h"

#include <QCoreApplication>

namespace Yardstick {

class Workbench;

// Imports already aggregated values of standards from CSV with the columns
// standard (its code), period_start, period_end, value and, optionally,
// sample_size; dates in any format the case import reads. A row identical to
// a stored measurement of the same standard and period is a duplicate; the
// same standard and period with another value is a conflict; a period given
// twice in one file is an error. All or nothing unless bad rows are skipped.
class MeasurementImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::MeasurementImporter)

public:
    explicit MeasurementImporter(Workbench &workbench);

    ImportSummary run(const QString &path, const ImportOptions &options,
                      DateFormat dateFormat = DateFormat::Auto);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
