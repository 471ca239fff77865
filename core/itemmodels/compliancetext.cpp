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

namespace {

QString fixed(double value, int decimals)
{
    // A value that rounds to zero is shown as 0, never as "-0.0".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString ComplianceText::number(double value, std::optional<double> against)
{
    const double magnitude = std::abs(value);
    int decimals = magnitude >= 100 ? 0 : (magnitude >= 1 || magnitude == 0 ? 1 : 2);
    if (against && *against != value) {
        while (decimals < 4 && fixed(value, decimals) == fixed(*against, decimals))
            ++decimals;
    }
    return fixed(value, decimals);
}

QString ComplianceText::measure(double value, const QString &unit, std::optional<double> against)
{
    const QString shown = number(value, against);
    if (unit.isEmpty())
        return shown;
    if (unit == QLatin1String("%"))
        return shown + unit;
    return tr("%1 %2").arg(shown, unit);
}

QString ComplianceText::bound(Direction direction, double value)
{
    // Targets are set by people and usually round: no trailing ".0".
    const QString shown = QLocale().toString(value, 'g', 6);
    return direction == Direction::LowerIsBetter ? tr("≤ %1").arg(shown) : tr("≥ %1").arg(shown);
}

} // namespace Yardstick
