// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintchartjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Yardstick {

namespace {

void addCaption(QJsonObject &o, const QString &title, const QString &subtitle,
                const QString &source, const QString &note)
{
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("subtitle"), subtitle);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("note"), note);
}

} // namespace

QJsonObject paretoToJson(const ParetoChart &chart)
{
    QJsonObject o;
    addCaption(o, chart.title, chart.subtitle, chart.source, chart.note);
    o.insert(QStringLiteral("weight_label"), chart.weightLabel);
    o.insert(QStringLiteral("total"), chart.total);
    o.insert(QStringLiteral("suggested"), chart.suggested);
    o.insert(QStringLiteral("vital_few"), chart.vitalFew);
    QJsonArray bars;
    for (const ParetoBar &bar : chart.bars) {
        bars.append(QJsonObject{{QStringLiteral("label"), bar.label},
                                {QStringLiteral("weight"), bar.weight},
                                {QStringLiteral("suggested"), bar.suggested},
                                {QStringLiteral("cumulative_percent"), bar.cumulativePercent},
                                {QStringLiteral("lumped"), bar.lumped}});
    }
    o.insert(QStringLiteral("bars"), bars);
    return o;
}

QJsonObject complaintTrendToJson(const ComplaintTrendChart &chart)
{
    QJsonObject o;
    addCaption(o, chart.title, chart.subtitle, chart.source, chart.note);
    QJsonArray months;
    for (const Period &month : chart.months)
        months.append(month.start.toString(QStringLiteral("yyyy-MM")));
    o.insert(QStringLiteral("months"), months);
    QJsonArray totals;
    for (int count : chart.totals)
        totals.append(count);
    o.insert(QStringLiteral("totals"), totals);
    o.insert(QStringLiteral("total"), chart.total);
    o.insert(QStringLiteral("suggested"), chart.suggested);
    QJsonArray series;
    for (const ComplaintTrendSeries &s : chart.series) {
        QJsonArray counts;
        for (int count : s.counts)
            counts.append(count);
        series.append(QJsonObject{{QStringLiteral("label"), s.label},
                                  {QStringLiteral("suggested"), s.suggested},
                                  {QStringLiteral("counts"), counts},
                                  {QStringLiteral("total"), s.total}});
    }
    o.insert(QStringLiteral("series"), series);
    QJsonArray annotations;
    for (const TrendAnnotation &a : chart.annotations) {
        annotations.append(QJsonObject{{QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                                       {QStringLiteral("label"), a.label}});
    }
    o.insert(QStringLiteral("annotations"), annotations);
    return o;
}

QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace Yardstick
