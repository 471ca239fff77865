// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "model/standard.h"
#include "model/valuemodel.h"

#include <QList>

#include <optional>
#include <vector>

namespace Yardstick {

// The cases of the periods a prediction is drawn from: for each period
// (consecutive, oldest first) the values of the cases completed in it, in the
// standard's unit (turnaround days or hours, as standardSeries reads them).
struct PlannerInput
{
    Standard standard;
    PeriodKind periodKind = PeriodKind::Month;
    QList<Period> periods;
    std::vector<std::vector<double>> values; // one list per period

    qint64 caseCount() const;
};

// One point of the curve "target -> share of cases meeting it".
struct PlannerCurvePoint
{
    double target = 0;    // in the standard's unit (days or hours)
    double caseShare = 0; // % of the window's cases that meet it
};

// What a proposed target would have meant over the window.
struct TargetPrediction
{
    double proposedTarget = 0;
    qint64 cases = 0;
    qint64 casesMeeting = 0;
    int periodsWithData = 0;
    int periodsMet = 0;
    int periodsBreached = 0;           // worse than the proposed threshold
    std::optional<double> caseShare;   // %; nullopt without cases
    std::optional<double> periodShare; // %; nullopt without a period with cases
    std::optional<double> breachedShare;
    // The standard's statistic over all the window's cases pooled.
    std::optional<double> currentValue;
    // Days a case would gain a year on average if the target were reached
    // (current value minus proposed target for lower-is-better), and what
    // that is worth: days x value per day x cases a year. Only for a days or
    // hours target (not within:N, whose target is a share) with a value model.
    std::optional<double> daysGained;
    std::optional<double> annualValue;
    std::optional<double> costPerYear;
    std::optional<double> netValue; // annual value less the cost, when both are known
};

// Feedforward: before a target is set, what share of cases and of periods
// would have met it in the last periods, and what it is worth.
//
// What "meets" means, by statistic:
// - mean, median, pNN (a target in days or hours): a case meets the target
//   when its own turnaround is at least as good as the target (lower is
//   better: turnaround <= target; higher is better: >=). A period meets it
//   when its statistic over its cases is at least as good as the target.
// - within:N (the target is a share, %, of cases done within N): a case
//   meets it when its turnaround is <= N, whatever the target; a period
//   meets it when its share within N is at least as good as the target
//   (normally share >= target).
// Equal counts as met, as in complianceStatusOf. Periods without cases are
// left out of the period share's denominator.
class TargetPlanner final
{
public:
    static TargetPrediction predict(const PlannerInput &input, double proposedTarget,
                                    double proposedThreshold,
                                    const std::optional<ValueModel> &valueModel = std::nullopt);

    // The empirical distribution of the window's case values: for each
    // distinct value x (or, past maxPoints of them, evenly spaced x from the
    // smallest to the largest), the share of cases at least as good as x.
    // Empty without cases.
    static QList<PlannerCurvePoint> curve(const PlannerInput &input, int maxPoints = 200);

    // Whether the target is a share of cases (within:N) rather than a
    // duration, so the curve's x axis is not the target itself.
    static bool targetIsShare(const Standard &standard);
};

} // namespace Yardstick
