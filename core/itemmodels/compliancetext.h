// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancestatus.h"
#include "analysis/period.h"
#include "analysis/thinperiod.h"
#include "analysis/trend.h"
#include "model/direction.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Yardstick {

// The words and numbers of the scorecard, shared by its models and the
// dashboard so a value reads the same in the table and on a tile.
class ComplianceText final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ComplianceText)

public:
    // "Met", "At risk", "Breached", "No data".
    static QString statusName(ComplianceStatus status);
    // "Improving", "Worsening", "Steady", "Too few periods".
    static QString trendName(Trend trend);
    // "Thin month: 12 cases against a usual 1,040".
    static QString thinPeriod(PeriodKind kind, const ThinPeriod &thin);
    // The trend's tooltip when it gives no word: how many periods with
    // usable values the window held, against the six it needs.
    static QString tooFewPeriods(PeriodKind kind, int withValues, int thinLeftOut);
    // In the user's locale: no decimal from 100 up, one from 1, two below.
    // Given the target it is judged against, with as many more decimals as
    // it takes to tell them apart: 15.04 against 15 is "15.04", not "15.0".
    static QString number(double value, std::optional<double> against = std::nullopt);
    // The number with its unit: "15.0 days", "97.1%".
    static QString measure(double value, const QString &unit,
                           std::optional<double> against = std::nullopt);
    // A target or threshold as the rule it states: "≤ 15", "≥ 95".
    static QString bound(Direction direction, double value);
};

} // namespace Yardstick
