// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "costofdelay.h"

namespace Yardstick {

std::optional<double> daysPerUnit(const Standard &standard)
{
    // A within:N standard's value is a share of cases, not a duration.
    if (standard.statistic.kind == Statistic::Kind::ShareWithin)
        return std::nullopt;
    switch (standard.metric) {
    case Metric::TurnaroundDays:
        return 1.0;
    case Metric::TurnaroundHours:
        return 1.0 / 24.0;
    case Metric::RightFirstTimePct:
    case Metric::ErrorRatePct:
    case Metric::CountPer1000:
    case Metric::SurveyScore:
    case Metric::AuditScore:
        break;
    }
    return std::nullopt;
}

double daysSaved(double before, double after, Direction direction)
{
    return direction == Direction::LowerIsBetter ? before - after : after - before;
}

double annualValueOfImprovement(const ValueModel &model, double beforeDays, double afterDays,
                                CostTreatment cost)
{
    const double value =
        daysSaved(beforeDays, afterDays, Direction::LowerIsBetter) * model.annualValuePerDay();
    if (cost == CostTreatment::NetOfCost)
        return value - model.costPerYear.value_or(0);
    return value;
}

std::optional<ValueOfChange> valueOfChange(const Standard &standard, const ValueModel &model,
                                           double beforeValue, double afterValue)
{
    const std::optional<double> days = daysPerUnit(standard);
    if (!days)
        return std::nullopt;
    ValueOfChange change;
    change.standard = standard;
    change.model = model;
    change.beforeValue = beforeValue;
    change.afterValue = afterValue;
    change.daysSaved = daysSaved(beforeValue, afterValue, standard.direction) * *days;
    change.annualValue = change.daysSaved * model.annualValuePerDay();
    return change;
}

std::optional<ValueOfChange> valueOfChange(const Standard &standard, const ValueModel &model,
                                           const PeriodValue &before, const PeriodValue &after)
{
    if (!before.value || !after.value)
        return std::nullopt;
    std::optional<ValueOfChange> change =
        valueOfChange(standard, model, *before.value, *after.value);
    if (change) {
        change->before = before.period;
        change->after = after.period;
    }
    return change;
}

std::optional<double> dollarsAtStake(const Standard &standard, const ValueModel &model,
                                     const PeriodValue &value)
{
    const std::optional<double> days = daysPerUnit(standard);
    if (!days || !value.value || !value.target)
        return std::nullopt;
    // Days the value would have to gain to reach the target.
    const double shortfall = -daysSaved(*value.target, *value.value, standard.direction) * *days;
    return shortfall > 0 ? shortfall * model.annualValuePerDay() : 0.0;
}

std::optional<ValueModel> valueModelFor(qint64 standardId, const QList<ValueModel> &models)
{
    for (const ValueModel &model : models) {
        if (model.standardId == standardId)
            return model;
    }
    return std::nullopt;
}

} // namespace Yardstick
