// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "model/audit.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// The demo's staff audits: two behaviour checklists (the application desk and
// the telephone service), a few audits a month in each department that runs
// such a desk over the demo's three years, and the feeds that make the
// catalogue's behaviour-checklist standards (profile FromAudits) measurements
// of them. Ratings follow the story: middling before the quality programme,
// good once it has taken hold, and "answers promptly" on the telephones
// slipping in the last months.
class DemoAudits final
{
public:
    // The two checklists, without ids.
    static QList<AuditTemplate> checklists();
    // The audits of one stored checklist in the given departments (ids).
    static QList<Audit> simulate(const AuditTemplate &checklist, const QList<qint64> &departments);
    // Stores the checklists, their audits and the feeds of the plan's
    // FromAudits standards, and computes those standards' measurements.
    static StorageResult apply(Workbench &workbench, const QList<DemoStandard> &plan);
};

} // namespace Yardstick
