// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartkindchoice.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick::ChartKindChoice", text);
}

} // namespace

QList<ChartKindChoice> allChartKindChoices()
{
    return {ChartKindChoice::Trend,
            ChartKindChoice::ControlChart,
            ChartKindChoice::ComplaintsByService,
            ChartKindChoice::ComplaintsByDimension,
            ChartKindChoice::ComplaintsPerMonth,
            ChartKindChoice::BreachedStandards,
            ChartKindChoice::DollarsAtStake,
            ChartKindChoice::Heatmap,
            ChartKindChoice::Departments};
}

QString chartKindChoiceKey(ChartKindChoice choice)
{
    switch (choice) {
    case ChartKindChoice::Trend:
        return QStringLiteral("trend");
    case ChartKindChoice::ControlChart:
        return QStringLiteral("control");
    case ChartKindChoice::ComplaintsByService:
        return QStringLiteral("complaints-service");
    case ChartKindChoice::ComplaintsByDimension:
        return QStringLiteral("complaints-dimension");
    case ChartKindChoice::ComplaintsPerMonth:
        return QStringLiteral("complaints-per-month");
    case ChartKindChoice::BreachedStandards:
        return QStringLiteral("breaches");
    case ChartKindChoice::DollarsAtStake:
        return QStringLiteral("dollars-at-stake");
    case ChartKindChoice::Heatmap:
        return QStringLiteral("heatmap");
    case ChartKindChoice::Departments:
        return QStringLiteral("departments");
    }
    return {};
}

std::optional<ChartKindChoice> chartKindChoiceFromKey(const QString &key)
{
    for (ChartKindChoice choice : allChartKindChoices()) {
        if (chartKindChoiceKey(choice) == key)
            return choice;
    }
    return std::nullopt;
}

QString chartKindChoiceDisplayName(ChartKindChoice choice)
{
    switch (choice) {
    case ChartKindChoice::Trend:
        return tr("Trend");
    case ChartKindChoice::ControlChart:
        return tr("Control chart");
    case ChartKindChoice::ComplaintsByService:
        return tr("Pareto of complaints by service");
    case ChartKindChoice::ComplaintsByDimension:
        return tr("Pareto of complaints by dimension");
    case ChartKindChoice::ComplaintsPerMonth:
        return tr("Complaints per month by dimension");
    case ChartKindChoice::BreachedStandards:
        return tr("Pareto of breached standards");
    case ChartKindChoice::DollarsAtStake:
        return tr("Dollars at stake");
    case ChartKindChoice::Heatmap:
        return tr("Heat map");
    case ChartKindChoice::Departments:
        return tr("Departments");
    }
    return {};
}

bool isStandardChart(ChartKindChoice choice)
{
    return choice == ChartKindChoice::Trend || choice == ChartKindChoice::ControlChart;
}

} // namespace Yardstick
