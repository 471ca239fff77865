// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"

namespace Yardstick {

class Workbench;

// Reads what the compliance engine needs from a workbench: the catalogue,
// every measurement, the holidays, and the completed cases of the services
// whose case-derived standards have no measurements (measurements take
// precedence, so other cases would never be read for values). The letters
// linked to standards come with their received days; the cases of their
// services are read too, as the denominator of complaints per 1,000 cases,
// but only cases read for values set the range of days with data.
class ComplianceDataLoader final
{
public:
    // alsoCasesOf: services whose completed cases are read even though no
    // standard's values need them (the goal review counts a turnaround's
    // cases beside its stored measurements).
    static ComplianceData load(Workbench &workbench, const QList<qint64> &alsoCasesOf = {});
};

} // namespace Yardstick
