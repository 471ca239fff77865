// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlchartjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Yardstick {

namespace {

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject pointToJson(const ChartPoint &point)
{
    return QJsonObject{
        {QStringLiteral("index"), point.index},
        {QStringLiteral("value"), point.value},
        {QStringLiteral("center"), point.center},
        {QStringLiteral("lcl"), point.lcl},
        {QStringLiteral("ucl"), point.ucl},
        {QStringLiteral("signals"), QJsonArray::fromStringList(point.brokenRules)},
        {QStringLiteral("phase"), point.inPhase1 ? 1 : 2},
        {QStringLiteral("excluded"), point.excluded},
        {QStringLiteral("standard_error"), point.standardError},
    };
}

QJsonArray pointsToJson(const ChartSeries &series)
{
    QJsonArray points;
    for (const ChartPoint &point : series.points)
        points.append(pointToJson(point));
    return points;
}

QJsonObject seriesToJson(const ChartSeries &series)
{
    return QJsonObject{
        {QStringLiteral("chart"), series.chart},
        {QStringLiteral("center"), json(series.center)},
        {QStringLiteral("lcl"), json(series.lcl)},
        {QStringLiteral("ucl"), json(series.ucl)},
        {QStringLiteral("points"), pointsToJson(series)},
    };
}

} // namespace

QJsonObject controlChartToJson(const ControlChart &chart)
{
    QJsonObject meanings;
    for (const QString &rule : ruleNames(chart.rules))
        meanings.insert(rule, ruleMeaning(rule));
    return QJsonObject{
        {QStringLiteral("chart"), controlChartTypeKey(chart.kind)},
        {QStringLiteral("phase1"), QJsonObject{{QStringLiteral("first"), chart.phase1.first},
                                               {QStringLiteral("last"), chart.phase1.last}}},
        {QStringLiteral("rules"), ruleSetKey(chart.rules)},
        {QStringLiteral("center"), json(chart.primary.center)},
        {QStringLiteral("lcl"), json(chart.primary.lcl)},
        {QStringLiteral("ucl"), json(chart.primary.ucl)},
        {QStringLiteral("sigma"), chart.sigma},
        {QStringLiteral("points"), pointsToJson(chart.primary)},
        {QStringLiteral("dispersion"), chart.dispersion
                                           ? QJsonValue(seriesToJson(*chart.dispersion))
                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rule_meanings"), meanings},
    };
}

QByteArray controlChartToJsonText(const ControlChart &chart)
{
    return QJsonDocument(controlChartToJson(chart)).toJson(QJsonDocument::Indented);
}

} // namespace Yardstick
