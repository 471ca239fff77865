// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QString>

namespace Yardstick {

class Workbench;

// Adds the audit line of a committed import: "cases.csv imported: cases,
// 1200 rows read, 1100 imported, 80 updated, 5 rejected". Written right
// after the import's own commit; an import that did not commit leaves no
// line. `what` names what was imported ("cases", "letters").
void recordImport(Workbench &workbench, const QString &what, const ImportSummary &summary);

} // namespace Yardstick
