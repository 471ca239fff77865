// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancetext.h"

#include <QLocale>

#include <cmath>

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

QString ComplianceText::number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : 1);
}

QString ComplianceText::measure(double value, const QString &unit)
{
    if (unit.isEmpty())
        return number(value);
    if (unit == QLatin1String("%"))
        return number(value) + unit;
    return tr("%1 %2").arg(number(value), unit);
}

QString ComplianceText::bound(Direction direction, double value)
{
    // Targets are set by people and usually round: no trailing ".0".
    const QString shown = QLocale().toString(value, 'g', 6);
    return direction == Direction::LowerIsBetter ? tr("≤ %1").arg(shown) : tr("≥ %1").arg(shown);
}

} // namespace Yardstick
