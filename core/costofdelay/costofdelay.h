// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/standardseries.h"
#include "model/standard.h"
#include "model/valuemodel.h"

#include <QList>

#include <optional>

namespace Yardstick {

// What a day is worth, applied: the value of a turnaround improvement and the
// money at stake while a standard is missed. Only turnaround standards whose
// values are durations have a value of a day (days, or hours / 24); a rate,
// a score or a share of cases done within N days does not.

// Days in one unit of the standard's values: 1 for turnaround in days, 1/24
// for hours; nullopt when its values are not durations.
std::optional<double> daysPerUnit(const Standard &standard);

// Days sooner going from `before` to `after` (both in days): positive when
// the change is for the better, negative when it got worse.
double daysSaved(double before, double after, Direction direction);

enum class CostTreatment
{
    Gross,     // the value alone
    NetOfCost, // less the model's cost per year (when it has one)
};

// The annual value of going from beforeDays to afterDays on a lower-is-better
// turnaround: days saved x value per day x cases per year; negative when it
// got worse.
double annualValueOfImprovement(const ValueModel &model, double beforeDays, double afterDays,
                                CostTreatment cost = CostTreatment::Gross);

// The value of a standard's change between two periods, in full so a tooltip
// can show how it was reached.
struct ValueOfChange
{
    Standard standard;
    ValueModel model;
    Period before; // invalid when the value comes from a phase mean
    Period after;
    double beforeValue = 0; // in the standard's unit
    double afterValue = 0;
    double daysSaved = 0;
    double annualValue = 0; // gross: days saved x value per day x cases per year

    // The annual value less the model's cost per year, if it has one.
    double netValue() const { return annualValue - model.costPerYear.value_or(0); }
};

// The value of going from beforeValue to afterValue (in the standard's unit);
// nullopt when the standard's values are not durations.
std::optional<ValueOfChange> valueOfChange(const Standard &standard, const ValueModel &model,
                                           double beforeValue, double afterValue);
// The same between two periods; nullopt also when either has no value.
std::optional<ValueOfChange> valueOfChange(const Standard &standard, const ValueModel &model,
                                           const PeriodValue &before, const PeriodValue &after);

// What missing the target costs a year at the period's value: the days the
// value is worse than the target x value per day x cases per year. Zero when
// the target is met; nullopt when there is no value, no target or no value
// of a day.
std::optional<double> dollarsAtStake(const Standard &standard, const ValueModel &model,
                                     const PeriodValue &value);

// The standard's model in the list, if it has one.
std::optional<ValueModel> valueModelFor(qint64 standardId, const QList<ValueModel> &models);

} // namespace Yardstick
