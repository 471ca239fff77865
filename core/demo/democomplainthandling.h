// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "model/complainthandling.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// The demo's complaint-handling standards (profile FromLetters) measured from
// the demo letters: which event each one times, and whether only key
// customers count.
class DemoComplaintHandling final
{
public:
    // One rule per FromLetters standard of the plan (ids as stored).
    static QList<ComplaintHandlingRule> rules(const QList<DemoStandard> &plan);

    // Stores the rules and the measurements they give from the stored letters.
    static StorageResult apply(Workbench &workbench, const QList<DemoStandard> &plan);
};

} // namespace Yardstick
