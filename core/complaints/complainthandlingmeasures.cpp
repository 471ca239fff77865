// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainthandlingmeasures.h"

#include "analysis/period.h"
#include "analysis/statistics.h"
#include "workbench/workbench.h"

#include <QMap>

#include <vector>

namespace Yardstick {

namespace {

QDateTime eventTime(const ComplaintLetter &letter, ComplaintEvent event)
{
    return event == ComplaintEvent::FirstResponse ? letter.firstResponseAt : letter.resolvedAt;
}

// Elapsed time in the standard's unit: hours for an hours standard (a
// "first contact within 24 hours" reads the same letters), days otherwise.
double elapsed(const QDateTime &from, const QDateTime &to, Metric metric)
{
    const double seconds = double(from.secsTo(to));
    return metric == Metric::TurnaroundHours ? seconds / 3600.0 : seconds / 86400.0;
}

} // namespace

QString complaintHandlingSource()
{
    // Stored with each measurement to find them again; not shown translated.
    return QStringLiteral("complaint letters");
}

QList<Measurement> complaintHandlingMeasurements(const ComplaintHandlingRule &rule,
                                                 const Standard &standard,
                                                 const QList<ComplaintLetter> &letters)
{
    // Months in calendar order, keyed by their first day.
    QMap<QDate, std::vector<double>> byMonth;
    for (const ComplaintLetter &letter : letters) {
        if (rule.keyCustomersOnly && !letter.keyCustomer)
            continue;
        const QDateTime at = eventTime(letter, rule.event);
        if (!at.isValid() || !letter.receivedAt.isValid())
            continue;
        // The same calendar day the Pareto of complaints uses for the letter.
        const Period month = periodContaining(PeriodKind::Month, at.date());
        byMonth[month.start].push_back(elapsed(letter.receivedAt, at, standard.metric));
    }

    QList<Measurement> result;
    for (auto it = byMonth.begin(); it != byMonth.end(); ++it) {
        std::vector<double> &values = it.value();
        const int count = int(values.size());
        const std::optional<double> value = Statistics::evaluate(standard.statistic, values);
        if (!value)
            continue;
        const Period month = periodContaining(PeriodKind::Month, it.key());
        Measurement m;
        m.standardId = standard.id;
        m.periodStart = month.start;
        m.periodEnd = month.end;
        m.value = *value;
        m.sampleSize = count;
        m.source = complaintHandlingSource();
        result.append(m);
    }
    return result;
}

StorageResult refreshComplaintHandlingMeasurements(Workbench &workbench)
{
    const QList<ComplaintHandlingRule> rules = workbench.complaintHandling().rules();
    if (rules.isEmpty())
        return StorageResult::success();
    const QList<ComplaintLetter> letters = workbench.letters().all();
    for (const ComplaintHandlingRule &rule : rules) {
        const std::optional<Standard> standard =
            workbench.standardRepository().byId(rule.standardId);
        if (!standard)
            continue; // the rule goes with its standard; nothing to feed
        QList<Measurement> measurements = complaintHandlingMeasurements(rule, *standard, letters);
        if (StorageResult r = workbench.measurements().replaceDerived(
                standard->id, complaintHandlingSource(), measurements);
            !r.ok())
            return r;
    }
    return StorageResult::success();
}

} // namespace Yardstick
