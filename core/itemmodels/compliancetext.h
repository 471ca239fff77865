// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancestatus.h"
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
    // "Improving", "Worsening", "Steady".
    static QString trendName(Trend trend);
    // Values, targets and units read by one rule: see ValueFormat.
};

} // namespace Yardstick
