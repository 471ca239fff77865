// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/direction.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// How a standard stands in one period.
enum class ComplianceStatus
{
    Met,      // the target is reached (equal to the target counts as met)
    AtRisk,   // between threshold and target (equal to the threshold is at risk)
    Breached, // worse than the threshold
    NoData,   // no value for the period, or no target in force
};

// "met", "at_risk", "breached", "no_data".
QString complianceStatusKey(ComplianceStatus status);
std::optional<ComplianceStatus> complianceStatusFromKey(QStringView key);

// Direction-aware: for LowerIsBetter, value <= target is met, target < value <=
// threshold at risk, value > threshold breached; mirrored for HigherIsBetter.
ComplianceStatus complianceStatusOf(Direction direction, std::optional<double> value, double target,
                                    double threshold);

} // namespace Yardstick
