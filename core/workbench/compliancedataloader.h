// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"

namespace Yardstick {

class Workbench;

// Reads what the compliance engine needs from a workbench: the catalogue,
// every measurement, the completed cases of the services that have
// case-derived standards, and the holidays.
class ComplianceDataLoader final
{
public:
    static ComplianceData load(Workbench &workbench);
};

} // namespace Yardstick
