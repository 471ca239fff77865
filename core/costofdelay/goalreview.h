// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/period.h"
#include "model/standard.h"

#include <QList>

#include <optional>

namespace Yardstick {

// One revision of a standard as a goal review shows it: the rule before and
// after, why and by whom, what the planner predicted (when it was proposed
// from the planner) and what happened in the periods it governed.
struct GoalReviewRow
{
    QDate effectiveFrom;
    std::optional<double> oldTarget; // none for the first revision
    std::optional<double> oldThreshold;
    double newTarget = 0;
    double newThreshold = 0;
    QString reason;
    QString recordedBy;
    QDateTime recordedAt;
    RevisionPrediction prediction;

    // The outcome over the periods judged by this revision (those whose last
    // day falls in its time), up to the last day with data.
    int periodsWithData = 0;
    int periodsMet = 0;
    std::optional<double> periodShare; // % met
    qint64 cases = 0;
    std::optional<double> caseShare; // % of cases meeting it, from cases only
};

class GoalReview final
{
public:
    // The standard's revisions, oldest first, with their outcomes in periods
    // of kind. Period shares come from standardSeries (measurements or
    // cases, as the scorecard reads them); case shares from the service's
    // case records for a turnaround standard that has them, whatever the
    // periods' values come from, with "meets" as TargetPlanner counts it.
    static QList<GoalReviewRow> review(const Standard &standard, const ComplianceData &data,
                                       PeriodKind kind);
};

} // namespace Yardstick
