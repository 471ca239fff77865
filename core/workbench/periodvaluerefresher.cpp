// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluerefresher.h"

#include "analysis/periodvaluebuilder.h"
#include "workbench.h"

namespace Yardstick {

PeriodValueRefresher::PeriodValueRefresher(Workbench &workbench)
    : m_workbench(workbench)
{}

StorageResult PeriodValueRefresher::refreshStale(const Progress &progress)
{
    const QList<qint64> stale = m_workbench.periodValues().staleServices();
    if (stale.isEmpty())
        return StorageResult::success();
    const QList<Standard> standards = m_workbench.catalogue().standards();
    const BusinessCalendar calendar(m_workbench.holidays().days());
    QList<qint64> existing;
    for (const Service &service : m_workbench.services().all())
        existing.append(service.id);
    for (qsizetype i = 0; i < stale.size(); ++i) {
        if (progress && !progress(int(i), int(stale.size())))
            return StorageResult::success();
        const qint64 serviceId = stale.at(i);
        if (!existing.contains(serviceId)) {
            if (StorageResult forgotten = m_workbench.periodValues().forget(serviceId);
                !forgotten.ok())
                return forgotten;
            continue;
        }
        QList<qint64> standardIds;
        for (const Standard &s : standards) {
            if (s.serviceId == serviceId)
                standardIds.append(s.id);
        }
        const ServicePeriodValues values = buildServicePeriodValues(
            serviceId, standards, m_workbench.cases().completedFactsOf(serviceId), calendar);
        if (StorageResult replaced = m_workbench.periodValues().replace(values, standardIds);
            !replaced.ok())
            return replaced;
    }
    if (progress)
        progress(int(stale.size()), int(stale.size()));
    return StorageResult::success();
}

} // namespace Yardstick
