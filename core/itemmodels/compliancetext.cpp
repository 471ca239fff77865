// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancetext.h"

#include <QLocale>

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

} // namespace Yardstick
