// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseimportsettings.h"

#include <QString>

namespace Yardstick {

// The settings with Auto resolved for this case file: every row's received
// and completed values (the words for "no value" left out) decide the format
// (DateFormatDetector), and the result goes in settings.detectedDates with
// datesDetected set. The wizard shows it and hands these settings to the
// import, which reads with exactly that format. A file that cannot be read
// leaves detectedDates empty. For a workbook, the sheet is read (empty: the
// first).
CaseImportSettings withDetectedDates(const QString &path, CaseImportSettings settings,
                                     const QString &sheet = QString());

} // namespace Yardstick
