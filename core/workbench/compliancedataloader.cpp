// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancedataloader.h"

#include "workbench.h"

namespace Yardstick {

namespace {

// Fills the received days of the letters linked to each standard; returns
// the services of the standards they are linked to.
QList<qint64> linkedComplaintsInto(Workbench &workbench, ComplianceData &data)
{
    QList<qint64> services;
    const QList<LetterLink> links = workbench.letters().links();
    if (links.isEmpty())
        return services;
    QHash<qint64, QDate> received;
    for (const ComplaintLetter &letter : workbench.letters().all())
        received.insert(letter.id, letter.receivedAt.date());
    QHash<qint64, qint64> serviceOf;
    for (const Standard &s : std::as_const(data.standards))
        serviceOf.insert(s.id, s.serviceId);
    for (const LetterLink &link : links) {
        const QDate day = received.value(link.letterId);
        if (!day.isValid() || !serviceOf.contains(link.standardId))
            continue; // a letter without a date belongs to no period
        data.linkedComplaintDays[link.standardId].append(day);
        if (!services.contains(serviceOf.value(link.standardId)))
            services.append(serviceOf.value(link.standardId));
    }
    return services;
}

} // namespace

ComplianceData ComplianceDataLoader::load(Workbench &workbench, const QList<qint64> &alsoCasesOf)
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
    const QList<qint64> valueServices = services;
    for (qint64 service : linkedComplaintsInto(workbench, data)) {
        if (!services.contains(service))
            services.append(service);
    }
    // Services whose values are kept and current need none of their cases:
    // only stale ones (changed since their values were computed) are read,
    // and those a caller asks for by name.
    data.stored = workbench.periodValues().load();
    services.removeIf([&data](qint64 service) { return data.stored.covers(service); });
    for (qint64 service : alsoCasesOf) {
        if (!services.contains(service))
            services.append(service);
    }
    if (!services.isEmpty())
        data.completedCasesByService = workbench.cases().completedFacts(services);
    const auto widen = [&data](QDate day) {
        if (!day.isValid())
            return;
        if (!data.latestDataDay.isValid() || day > data.latestDataDay)
            data.latestDataDay = day;
        if (!data.earliestDataDay.isValid() || day < data.earliestDataDay)
            data.earliestDataDay = day;
    };
    for (qint64 service : valueServices) {
        const auto facts = data.completedCasesByService.constFind(service);
        if (facts == data.completedCasesByService.cend()) {
            const auto [first, last] = data.stored.completedRange(service);
            widen(first);
            widen(last);
            continue;
        }
        for (const CaseFact &fact : *facts)
            widen(QDate::fromJulianDay(fact.completedDay));
    }
    data.calendar = BusinessCalendar(workbench.holidays().days());
    return data;
}

} // namespace Yardstick
