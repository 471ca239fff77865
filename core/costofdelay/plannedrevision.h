// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costofdelay/targetplanner.h"
#include "model/standard.h"

#include <QCoreApplication>

namespace Yardstick {

// A target chosen in the planner, as it becomes a revision of the standard:
// the rule, who chose it and when, and what the planner predicted for it, so
// the next goal review can set the prediction against the outcome.
struct PlannedRevision
{
    QDate effectiveFrom;
    double target = 0;
    double threshold = 0;
    QString reason;
    QString recordedBy;
    QDateTime recordedAt; // UTC
    RevisionPrediction prediction;
};

class PlannedRevisions final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PlannedRevisions)

public:
    // The standard with the revision added (or, on the current revision's
    // own date, amended in place, as Standard::revise does). The caller
    // stores it through the catalogue, which validates it.
    static Standard applied(const Standard &standard, const PlannedRevision &revision);

    // What is kept of a prediction: the shares, the annual value and the
    // window it was drawn from ("last 12 months, 7,812 cases").
    static RevisionPrediction record(const PlannerInput &input, const TargetPrediction &prediction);
    static QString basisText(const PlannerInput &input);
};

} // namespace Yardstick
