// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartkind.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

} // namespace

QList<ChartKind> allChartKinds()
{
    return chartsPageKinds() << ChartKind::ServqualGaps << ChartKind::ServqualQuadrant;
}

QList<ChartKind> chartsPageKinds()
{
    return {ChartKind::Trend,
            ChartKind::ControlChart,
            ChartKind::ComplaintsByService,
            ChartKind::ComplaintsByDimension,
            ChartKind::ComplaintsPerMonth,
            ChartKind::BreachedStandards,
            ChartKind::DollarsAtStake,
            ChartKind::Heatmap,
            ChartKind::Departments};
}

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend:
        return QStringLiteral("trend");
    case ChartKind::ControlChart:
        return QStringLiteral("control");
    case ChartKind::ComplaintsByService:
        return QStringLiteral("complaints-service");
    case ChartKind::ComplaintsByDimension:
        return QStringLiteral("complaints-dimension");
    case ChartKind::ComplaintsPerMonth:
        return QStringLiteral("complaints-per-month");
    case ChartKind::BreachedStandards:
        return QStringLiteral("breaches");
    case ChartKind::DollarsAtStake:
        return QStringLiteral("dollars-at-stake");
    case ChartKind::Heatmap:
        return QStringLiteral("heatmap");
    case ChartKind::Departments:
        return QStringLiteral("departments");
    case ChartKind::ServqualGaps:
        return QStringLiteral("servqual-gaps");
    case ChartKind::ServqualQuadrant:
        return QStringLiteral("servqual-quadrant");
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (ChartKind kind : allChartKinds()) {
        if (chartKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString chartKindDisplayName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend:
        return tr("Trend");
    case ChartKind::ControlChart:
        return tr("Control chart");
    case ChartKind::ComplaintsByService:
        return tr("Pareto of complaints by service");
    case ChartKind::ComplaintsByDimension:
        return tr("Pareto of complaints by dimension");
    case ChartKind::ComplaintsPerMonth:
        return tr("Complaints per month by dimension");
    case ChartKind::BreachedStandards:
        return tr("Pareto of breached standards");
    case ChartKind::DollarsAtStake:
        return tr("Dollars at stake");
    case ChartKind::Heatmap:
        return tr("Heat map");
    case ChartKind::Departments:
        return tr("Departments");
    case ChartKind::ServqualGaps:
        return tr("SERVQUAL gaps by dimension");
    case ChartKind::ServqualQuadrant:
        return tr("SERVQUAL importance and performance");
    }
    return {};
}

bool isStandardChart(ChartKind kind)
{
    return kind == ChartKind::Trend || kind == ChartKind::ControlChart;
}

} // namespace Yardstick
