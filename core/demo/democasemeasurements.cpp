// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democasemeasurements.h"

#include "demostory.h"

namespace Yardstick {

namespace {

struct WeekTally
{
    double sum = 0; // of turnaround days, or of cases counted as a success
    int count = 0;
};

} // namespace

bool DemoCaseMeasurements::canMeasure(const Standard &standard)
{
    if (standard.metric == Metric::RightFirstTimePct)
        return true;
    return standard.metric == Metric::TurnaroundDays &&
           (standard.statistic.kind == Statistic::Kind::Mean ||
            standard.statistic.kind == Statistic::Kind::ShareWithin);
}

QList<Measurement> DemoCaseMeasurements::measure(const Standard &standard,
                                                 const QList<CaseRecord> &cases)
{
    if (!canMeasure(standard))
        return {};
    const bool rightFirstTime = standard.metric == Metric::RightFirstTimePct;
    const bool share = standard.statistic.kind == Statistic::Kind::ShareWithin;
    const double withinDays = standard.statistic.parameter;

    QList<WeekTally> weeks(DemoStory::weekCount());
    for (const CaseRecord &c : cases) {
        const int week = DemoStory::weekOf(c.receivedAt.date);
        if (week < 0 || week >= weeks.size())
            continue;
        WeekTally &tally = weeks[week];
        if (rightFirstTime) {
            if (c.rightFirstTime == RightFirstTime::Unknown)
                continue;
            tally.sum += c.rightFirstTime == RightFirstTime::Yes ? 1 : 0;
            ++tally.count;
        } else if (const std::optional<double> days = c.turnaroundDays()) {
            tally.sum += share ? (*days <= withinDays ? 1 : 0) : *days;
            ++tally.count;
        }
    }

    QList<Measurement> result;
    for (int week = 0; week < weeks.size(); ++week) {
        const WeekTally &tally = weeks.at(week);
        if (tally.count == 0)
            continue;
        const double mean = tally.sum / tally.count;
        Measurement m;
        m.standardId = standard.id;
        m.periodStart = DemoStory::weekStart(week);
        m.periodEnd = m.periodStart.addDays(6);
        m.value = (rightFirstTime || share) ? 100 * mean : mean;
        m.sampleSize = tally.count;
        m.source = QStringLiteral("demo");
        result.append(m);
    }
    return result;
}

} // namespace Yardstick
