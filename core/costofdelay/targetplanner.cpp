// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetplanner.h"

#include "analysis/compliancestatus.h"
#include "analysis/statistics.h"
#include "costofdelay/costofdelay.h"

#include <algorithm>

namespace Yardstick {

namespace {

// The value a single case is judged by: its turnaround against the target,
// or, for within:N, against N.
double caseLimit(const Standard &standard, double proposedTarget)
{
    return TargetPlanner::targetIsShare(standard) ? standard.statistic.parameter : proposedTarget;
}

// Within:N counts cases done within N days, so a case is "good" when it is
// at most N whatever the standard's direction (which is that of the share).
Direction caseDirection(const Standard &standard)
{
    return TargetPlanner::targetIsShare(standard) ? Direction::LowerIsBetter : standard.direction;
}

} // namespace

qint64 PlannerInput::caseCount() const
{
    qint64 n = 0;
    for (const std::vector<double> &period : values)
        n += qint64(period.size());
    return n;
}

bool TargetPlanner::targetIsShare(const Standard &standard)
{
    return standard.statistic.kind == Statistic::Kind::ShareWithin;
}

TargetPrediction TargetPlanner::predict(const PlannerInput &input, double proposedTarget,
                                        double proposedThreshold,
                                        const std::optional<ValueModel> &valueModel)
{
    const Standard &standard = input.standard;
    TargetPrediction prediction;
    prediction.proposedTarget = proposedTarget;
    const double limit = caseLimit(standard, proposedTarget);
    const Direction direction = caseDirection(standard);
    std::vector<double> pooled;
    for (const std::vector<double> &period : input.values) {
        for (double value : period) {
            if (isAtLeastAsGood(direction, value, limit))
                ++prediction.casesMeeting;
        }
        pooled.insert(pooled.end(), period.begin(), period.end());
        if (period.empty())
            continue;
        std::vector<double> copy = period;
        const std::optional<double> value = Statistics::evaluate(standard.statistic, copy);
        if (!value)
            continue;
        ++prediction.periodsWithData;
        switch (complianceStatusOf(standard.direction, value, proposedTarget, proposedThreshold)) {
        case ComplianceStatus::Met:
            ++prediction.periodsMet;
            break;
        case ComplianceStatus::Breached:
            ++prediction.periodsBreached;
            break;
        case ComplianceStatus::AtRisk:
        case ComplianceStatus::NoData:
            break;
        }
    }
    prediction.cases = qint64(pooled.size());
    if (prediction.cases > 0)
        prediction.caseShare = 100.0 * double(prediction.casesMeeting) / double(prediction.cases);
    if (prediction.periodsWithData > 0) {
        prediction.periodShare =
            100.0 * double(prediction.periodsMet) / double(prediction.periodsWithData);
        prediction.breachedShare =
            100.0 * double(prediction.periodsBreached) / double(prediction.periodsWithData);
    }
    prediction.currentValue = Statistics::evaluate(standard.statistic, pooled);

    if (valueModel && valueModel->costPerYear)
        prediction.costPerYear = *valueModel->costPerYear;
    // The days are priced as every value of a day is (core/value/costofdelay):
    // a share target (within:N) has no days to put a price on.
    const std::optional<double> unitDays = daysPerUnit(standard);
    if (!prediction.currentValue || !unitDays)
        return prediction;
    prediction.daysGained =
        daysSaved(*prediction.currentValue, proposedTarget, standard.direction) * *unitDays;
    if (!valueModel)
        return prediction;
    prediction.annualValue =
        valueOfChange(standard, *valueModel, *prediction.currentValue, proposedTarget)->annualValue;
    if (prediction.costPerYear)
        prediction.netValue = *prediction.annualValue - *prediction.costPerYear;
    return prediction;
}

QList<PlannerCurvePoint> TargetPlanner::curve(const PlannerInput &input, int maxPoints)
{
    std::vector<double> sorted;
    sorted.reserve(size_t(input.caseCount()));
    for (const std::vector<double> &period : input.values)
        sorted.insert(sorted.end(), period.begin(), period.end());
    QList<PlannerCurvePoint> points;
    if (sorted.empty())
        return points;
    std::sort(sorted.begin(), sorted.end());
    const bool higherIsBetter = caseDirection(input.standard) == Direction::HigherIsBetter;
    const double n = double(sorted.size());
    // Share of cases at least as good as x: <= x when lower is better, >= x
    // when higher is better (equal counts as meeting it).
    const auto shareAt = [&](double x) {
        const auto count = higherIsBetter
                               ? sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), x)
                               : std::upper_bound(sorted.begin(), sorted.end(), x) - sorted.begin();
        return 100.0 * double(count) / n;
    };
    std::vector<double> xs = sorted;
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    if (maxPoints >= 2 && xs.size() > size_t(maxPoints)) {
        const double low = sorted.front(), high = sorted.back();
        xs.clear();
        for (int i = 0; i < maxPoints; ++i)
            xs.push_back(low + (high - low) * double(i) / double(maxPoints - 1));
    }
    points.reserve(qsizetype(xs.size()));
    for (double x : xs)
        points.append({x, shareAt(x)});
    return points;
}

} // namespace Yardstick
