// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalreview.h"

#include "analysis/standardseries.h"
#include "costofdelay/plannerinputloader.h"
#include "costofdelay/targetplanner.h"

namespace Yardstick {

namespace {

// The periods whose last day the revision governs, up to the data's end.
QList<Period> governedPeriods(const Standard &standard, qsizetype index, PeriodKind kind,
                              QDate lastDataDay)
{
    const StandardRevision &revision = standard.revisions.at(index);
    QDate last = lastDataDay;
    if (index + 1 < standard.revisions.size())
        last = qMin(last, standard.revisions.at(index + 1).effectiveFrom.addDays(-1));
    QList<Period> periods;
    for (const Period &p : periodsBetween(kind, revision.effectiveFrom, last)) {
        if (standard.revisionOn(p.end) == &revision)
            periods.append(p);
    }
    return periods;
}

} // namespace

QList<GoalReviewRow> GoalReview::review(const Standard &standard, const ComplianceData &data,
                                        PeriodKind kind)
{
    QList<GoalReviewRow> rows;
    // The case share is counted from the service's case records whenever the
    // standard is a turnaround, as the planner counts its prediction, even
    // when the periods' values come from stored measurements (the demo's
    // weekly values are computed from those same cases): otherwise a planned
    // case share would have nothing to be compared with.
    const auto serviceCases = data.completedCasesByService.constFind(standard.serviceId);
    const bool fromCases =
        (standard.metric == Metric::TurnaroundDays || standard.metric == Metric::TurnaroundHours) &&
        serviceCases != data.completedCasesByService.cend() && !serviceCases->empty();
    for (qsizetype i = 0; i < standard.revisions.size(); ++i) {
        const StandardRevision &revision = standard.revisions.at(i);
        GoalReviewRow row;
        row.effectiveFrom = revision.effectiveFrom;
        if (i > 0) {
            row.oldTarget = standard.revisions.at(i - 1).target;
            row.oldThreshold = standard.revisions.at(i - 1).threshold;
        }
        row.newTarget = revision.target;
        row.newThreshold = revision.threshold;
        row.reason = revision.reason;
        row.recordedBy = revision.recordedBy;
        row.recordedAt = revision.recordedAt;
        row.prediction = revision.prediction;

        const QList<Period> periods = governedPeriods(standard, i, kind, data.latestDataDay);
        for (const PeriodValue &value : standardSeries(standard, data, periods)) {
            if (!value.value)
                continue;
            ++row.periodsWithData;
            if (value.status == ComplianceStatus::Met)
                ++row.periodsMet;
        }
        if (row.periodsWithData > 0)
            row.periodShare = 100.0 * row.periodsMet / row.periodsWithData;
        if (fromCases && !periods.isEmpty()) {
            const PlannerInput input = PlannerInputLoader::fromCases(standard, *serviceCases,
                                                                     data.calendar, kind, periods);
            const TargetPrediction outcome =
                TargetPlanner::predict(input, revision.target, revision.threshold);
            row.cases = outcome.cases;
            row.caseShare = outcome.caseShare;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace Yardstick
