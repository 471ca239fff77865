// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancestatus.h"
#include "analysis/period.h"
#include "analysis/thinperiod.h"
#include "analysis/trend.h"

#include <QCoreApplication>
#include <QString>

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
    // Values, targets and units read by one rule: see ValueFormat.
};

} // namespace Yardstick
