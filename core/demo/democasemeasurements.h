// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"
#include "model/measurement.h"
#include "model/standard.h"

#include <QList>

namespace Yardstick {

// Summarises a service's case log into a standard's weekly measurements, so
// the headline standards agree with the cases they come from. A week holds
// the cases received in it (UTC); open cases count in no turnaround.
//   turnaround_days + mean       mean turnaround of the completed cases
//   turnaround_days + within:N   % of completed cases done within N days
//   right_first_time_pct         % right first time among cases where it is known
class DemoCaseMeasurements final
{
public:
    static bool canMeasure(const Standard &standard);
    // One measurement per week that has cases to measure.
    static QList<Measurement> measure(const Standard &standard, const QList<CaseRecord> &cases);
};

} // namespace Yardstick
