// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/businesscalendar.h"
#include "costofdelay/targetplanner.h"
#include "model/casefact.h"

#include <vector>

namespace Yardstick {

class Workbench;

// Gathers the case values a target plan is drawn from. A case belongs to
// the period it was completed in; its value is read as standardSeries reads
// it (calendar or business days, x 24 for hours).
class PlannerInputLoader final
{
public:
    // The last periodCount periods of the standard's service, ending with the
    // one holding its latest completed case (not today: a workbench may hold
    // an older year). No periods when the service has no completed case.
    static PlannerInput load(Workbench &workbench, const Standard &standard, PeriodKind kind,
                             int periodCount);

    // The same from cases already read, over the given periods.
    static PlannerInput fromCases(const Standard &standard, const std::vector<CaseFact> &facts,
                                  const BusinessCalendar &calendar, PeriodKind kind,
                                  const QList<Period> &periods);

    // periodCount consecutive periods of kind ending with the one holding
    // lastDay, oldest first.
    static QList<Period> lastPeriods(PeriodKind kind, int periodCount, QDate lastDay);
};

} // namespace Yardstick
