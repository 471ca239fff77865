// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancestatus.h"

#include <cmath>

namespace Yardstick {

QString complianceStatusKey(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return QStringLiteral("met");
    case ComplianceStatus::AtRisk:
        return QStringLiteral("at_risk");
    case ComplianceStatus::Breached:
        return QStringLiteral("breached");
    case ComplianceStatus::NoData:
        return QStringLiteral("no_data");
    }
    Q_UNREACHABLE();
}

std::optional<ComplianceStatus> complianceStatusFromKey(QStringView key)
{
    // Lenient like the other model keys: surrounding blanks and case are ignored.
    const QStringView k = key.trimmed();
    for (ComplianceStatus status : {ComplianceStatus::Met, ComplianceStatus::AtRisk,
                                    ComplianceStatus::Breached, ComplianceStatus::NoData}) {
        if (k.compare(complianceStatusKey(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

ComplianceStatus complianceStatusOf(Direction direction, std::optional<double> value, double target,
                                    double threshold)
{
    // A NaN target or value is how a missing one arrives from a computation.
    if (!value || std::isnan(*value) || std::isnan(target))
        return ComplianceStatus::NoData;
    if (isAtLeastAsGood(direction, *value, target))
        return ComplianceStatus::Met;
    if (isAtLeastAsGood(direction, *value, threshold))
        return ComplianceStatus::AtRisk;
    return ComplianceStatus::Breached;
}

} // namespace Yardstick
