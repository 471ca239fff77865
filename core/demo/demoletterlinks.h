// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageresult.h"

namespace Yardstick {

class Workbench;

// Ties the demo's letters to the standards they complain about, so the
// control charts carry complaint markers and the scorecard its complaints
// per 1,000 cases: each confirmed letter to the first standard
// suggestedStandardIds offers it, without a case.
class DemoLetterLinks final
{
public:
    // Links the stored letters to the stored standards, in one transaction.
    static StorageResult apply(Workbench &workbench);
};

} // namespace Yardstick
