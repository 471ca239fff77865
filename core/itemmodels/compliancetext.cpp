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
    case Trend::TooFewPeriods:
        return tr("Too few periods");
    case Trend::Steady:
        break;
    }
    return tr("Steady");
}

QString ComplianceText::thinPeriod(PeriodKind kind, const ThinPeriod &thin)
{
    // Counts are whole cases; a median of an even number of periods can end
    // in .5, which no analyst needs to read.
    const QLocale locale;
    const QString count = locale.toString(thin.count);
    const QString usual = locale.toString(qRound64(thin.usual));
    switch (kind) {
    case PeriodKind::Week:
        return tr("Thin week: %1 cases against a usual %2").arg(count, usual);
    case PeriodKind::Quarter:
        return tr("Thin quarter: %1 cases against a usual %2").arg(count, usual);
    case PeriodKind::Month:
        break;
    }
    return tr("Thin month: %1 cases against a usual %2").arg(count, usual);
}

QString ComplianceText::tooFewPeriods(PeriodKind kind, int withValues, int thinLeftOut)
{
    QString window;
    switch (kind) {
    case PeriodKind::Week:
        window = tr("%n of the last 6 weeks", nullptr, withValues);
        break;
    case PeriodKind::Quarter:
        window = tr("%n of the last 6 quarters", nullptr, withValues);
        break;
    case PeriodKind::Month:
        window = tr("%n of the last 6 months", nullptr, withValues);
        break;
    }
    if (thinLeftOut > 0)
        return tr("Too few periods: a trend is called from %1 periods with values; %2 had "
                  "one (thin periods left out: %3).")
            .arg(kMinTrendPoints)
            .arg(window)
            .arg(thinLeftOut);
    return tr("Too few periods: a trend is called from %1 periods with values; %2 had one.")
        .arg(kMinTrendPoints)
        .arg(window);
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
