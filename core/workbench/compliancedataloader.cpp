// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancedataloader.h"

#include "workbench.h"

namespace Yardstick {

ComplianceData ComplianceDataLoader::load(Workbench &workbench)
{
    ComplianceData data;
    data.standards = workbench.catalogue().standards();
    for (const Measurement &m : workbench.measurements().all()) {
        data.measurementsByStandard[m.standardId].append(m);
        if (!data.latestDataDay.isValid() || m.periodEnd > data.latestDataDay)
            data.latestDataDay = m.periodEnd;
        if (!data.earliestDataDay.isValid() || m.periodEnd < data.earliestDataDay)
            data.earliestDataDay = m.periodEnd;
    }
    QList<qint64> services;
    for (const Standard &s : std::as_const(data.standards)) {
        // Measurements take precedence, so cases are read only for standards
        // that have none.
        if (isCaseDerived(s) && !data.measurementsByStandard.contains(s.id) &&
            !services.contains(s.serviceId))
            services.append(s.serviceId);
    }
    if (!services.isEmpty())
        data.completedCasesByService = workbench.cases().completedFacts(services);
    for (const std::vector<CaseFact> &facts : std::as_const(data.completedCasesByService)) {
        for (const CaseFact &fact : facts) {
            const QDate day = QDate::fromJulianDay(fact.completedDay);
            if (!data.latestDataDay.isValid() || day > data.latestDataDay)
                data.latestDataDay = day;
            if (!data.earliestDataDay.isValid() || day < data.earliestDataDay)
                data.earliestDataDay = day;
        }
    }
    data.calendar = BusinessCalendar(workbench.holidays().days());
    return data;
}

} // namespace Yardstick
