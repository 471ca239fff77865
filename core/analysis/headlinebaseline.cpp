// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlinebaseline.h"

#include "analysis/statistics.h"

#include <QCoreApplication>

#include <vector>

namespace Yardstick {

PeriodValue HeadlineBaseline::asPeriodValue() const
{
    PeriodValue v;
    v.period = span;
    v.value = value;
    return v;
}

QDate baselineEnd(qint64 standardId, const QList<ProcessPhase> &phases, QDate programmeStart)
{
    QDate end = programmeStart;
    for (const ProcessPhase &phase : phases) {
        if (phase.standardId && *phase.standardId != standardId)
            continue; // another standard's rebase is not this one's change
        if (phase.startsOn.isValid() && (!end.isValid() || phase.startsOn < end))
            end = phase.startsOn;
    }
    return end;
}

HeadlineBaseline headlineBaseline(const Standard &standard, const ComplianceData &data,
                                  PeriodKind kind, QDate end)
{
    HeadlineBaseline baseline;
    if (!end.isValid() || !data.earliestDataDay.isValid() || data.earliestDataDay >= end)
        return baseline;
    // The last period that ends before the change; earlier ones back to the
    // first day of data.
    Period last = periodContaining(kind, end.addDays(-1));
    if (last.end >= end)
        last = previousPeriod(kind, last);
    const Period first = periodContaining(kind, data.earliestDataDay);
    if (last.end < first.start)
        return baseline;
    const QList<Period> periods = periodsBetween(kind, first.start, last.end);
    std::vector<double> values;
    QDate spanStart;
    QDate spanEnd;
    for (const PeriodValue &v : standardSeries(standard, data, periods)) {
        if (!v.value)
            continue;
        values.push_back(*v.value);
        if (!spanStart.isValid())
            spanStart = v.period.start;
        spanEnd = v.period.end;
    }
    // Without a value the span still says which periods were looked at.
    baseline.span = values.empty() ? Period{first.start, last.end} : Period{spanStart, spanEnd};
    baseline.value = Statistics::mean(values);
    baseline.periods = int(values.size());
    return baseline;
}

QString periodSpanLabel(PeriodKind kind, const Period &span)
{
    if (!span.isValid())
        return {};
    const Period first = periodContaining(kind, span.start);
    const Period last = periodContaining(kind, span.end);
    if (first == last)
        return periodLabel(kind, first);
    //: A run of periods, e.g. "2024-01 to 2025-02"
    return QCoreApplication::translate("Yardstick::HeadlineBaseline", "%1 to %2")
        .arg(periodLabel(kind, first), periodLabel(kind, last));
}

} // namespace Yardstick
