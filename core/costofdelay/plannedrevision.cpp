// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedrevision.h"

#include <QLocale>

namespace Yardstick {

Standard PlannedRevisions::applied(const Standard &standard, const PlannedRevision &revision)
{
    Standard revised = standard;
    revised.revise(revision.effectiveFrom, revision.target, revision.threshold, revision.reason,
                   revision.recordedAt);
    // revise() leaves the new revision last, whether added or amended.
    StandardRevision &last = revised.revisions.last();
    last.recordedBy = revision.recordedBy;
    last.prediction = revision.prediction;
    return revised;
}

RevisionPrediction PlannedRevisions::record(const PlannerInput &input,
                                            const TargetPrediction &prediction)
{
    RevisionPrediction kept;
    kept.caseShare = prediction.caseShare;
    kept.periodShare = prediction.periodShare;
    kept.annualValue = prediction.annualValue;
    kept.basis = basisText(input);
    return kept;
}

QString PlannedRevisions::basisText(const PlannerInput &input)
{
    const int periods = int(input.periods.size());
    const QString cases = QLocale().toString(input.caseCount());
    // Whole sentences per kind and for one period, so a translation can
    // inflect each.
    switch (input.periodKind) {
    case PeriodKind::Week:
        return periods == 1 ? tr("last week, %1 cases").arg(cases)
                            : tr("last %n weeks, %1 cases", nullptr, periods).arg(cases);
    case PeriodKind::Month:
        return periods == 1 ? tr("last month, %1 cases").arg(cases)
                            : tr("last %n months, %1 cases", nullptr, periods).arg(cases);
    case PeriodKind::Quarter:
        return periods == 1 ? tr("last quarter, %1 cases").arg(cases)
                            : tr("last %n quarters, %1 cases", nullptr, periods).arg(cases);
    }
    return {};
}

} // namespace Yardstick
