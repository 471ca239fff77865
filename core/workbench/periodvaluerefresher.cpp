// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodvaluerefresher.h"

#include "analysis/periodvaluebuilder.h"
#include "workbench.h"

#include <future>

namespace Yardstick {

namespace {

// 8 MiB of CaseFacts.
constexpr size_t kOverlapCases = size_t(1) << 18;

} // namespace

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
    // The next service's cases are read (on this thread, which owns the
    // connection) while the last one's values are computed on another, so
    // the computation (about 40 % of a service's time) is hidden behind the
    // reading. That holds two services' cases and the computation's arrays
    // at once: a service above kOverlapCases is computed alone, so that the
    // memory of an import stays what one large service needs (at ten
    // million cases the overlap took the import from 155 to 217 MiB).
    std::future<ServicePeriodValues> computing;
    QList<qint64> computingStandards;
    const auto storeComputed = [&]() {
        if (!computing.valid())
            return StorageResult::success();
        const ServicePeriodValues values = computing.get();
        return m_workbench.periodValues().replace(values, computingStandards);
    };
    for (qsizetype i = 0; i < stale.size(); ++i) {
        if (progress && !progress(int(i), int(stale.size())))
            return storeComputed();
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
        std::vector<CaseFact> facts = m_workbench.cases().completedFactsOf(serviceId);
        if (StorageResult stored = storeComputed(); !stored.ok())
            return stored;
        if (facts.size() > kOverlapCases) {
            const ServicePeriodValues values =
                buildServicePeriodValues(serviceId, standards, std::move(facts), calendar);
            if (StorageResult replaced = m_workbench.periodValues().replace(values, standardIds);
                !replaced.ok())
                return replaced;
            continue;
        }
        computingStandards = standardIds;
        computing = std::async(std::launch::async, [&standards, &calendar, serviceId,
                                                    facts = std::move(facts)]() mutable {
            return buildServicePeriodValues(serviceId, standards, std::move(facts), calendar);
        });
    }
    if (StorageResult stored = storeComputed(); !stored.ok())
        return stored;
    if (progress)
        progress(int(stale.size()), int(stale.size()));
    return StorageResult::success();
}

} // namespace Yardstick
