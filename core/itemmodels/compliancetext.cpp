// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancetext.h"

namespace Yardstick {

QString ComplianceText::statusName(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return tr("Met");
    case ComplianceStatus::AtRisk:
        return tr("At risk");
    case ComplianceStatus::Breached:
        return tr("Breached");
    case ComplianceStatus::NoData:
        break;
    }
    return tr("No data");
}

QString ComplianceText::trendName(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return tr("Improving");
    case Trend::Worsening:
        return tr("Worsening");
    case Trend::Steady:
        break;
    }
    return tr("Steady");
}

} // namespace Yardstick
