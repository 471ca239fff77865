// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualcharts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick", text, comment, n);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// Widens [low, high] a little past what it must hold, so a value label at
// the end still has room, and out to whole half points so the ticks are
// round; a span of at least half a point keeps a flat chart readable.
std::pair<double, double> roundedRange(double low, double high)
{
    const double span = std::max(0.5, high - low);
    const double pad = span * 0.05;
    return {std::floor((low - pad) * 2) / 2, std::ceil((high + pad) * 2) / 2};
}

struct Extent
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();

    void add(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    void add(const std::optional<double> &v)
    {
        if (v)
            add(*v);
    }
};

} // namespace

ServqualGapChart servqualGapChart(const ServqualResult &result, const ServqualResult *previous)
{
    ServqualGapChart chart;
    chart.wave = result.wave;
    chart.weightedGap = result.weightedGap;
    if (previous) {
        chart.previousWave = previous->wave;
        chart.previousWeightedGap = previous->weightedGap;
    }
    Extent extent;
    extent.add(0.0);
    extent.add(result.weightedGap);
    extent.add(chart.previousWeightedGap);
    for (const DimensionGap &dimension : result.dimensions) {
        ServqualGapBar bar;
        bar.key = dimension.key;
        bar.name = dimension.name.isEmpty() ? dimension.key : dimension.name;
        bar.n = dimension.n;
        bar.gap = dimension.gap;
        bar.ciLow = dimension.ciLow;
        bar.ciHigh = dimension.ciHigh;
        bar.weight = dimension.weight;
        if (previous) {
            // Matched by key: the previous wave may lack a dimension or list
            // them in another order.
            for (const DimensionGap &before : previous->dimensions) {
                if (before.key == dimension.key && before.n > 0)
                    bar.previousGap = before.gap;
            }
        }
        extent.add(bar.gap);
        extent.add(bar.ciLow);
        extent.add(bar.ciHigh);
        extent.add(bar.previousGap);
        chart.bars.append(bar);
    }
    std::tie(chart.valueLow, chart.valueHigh) = roundedRange(extent.low, extent.high);

    chart.valueLabel = tr("Gap (perception − expectation)");
    chart.title = tr("SERVQUAL gap by dimension, %1").arg(result.wave);
    // Whole words for one and many: there is no English plural translation.
    const QString respondents =
        (result.respondents == 1 ? tr("%1 respondent") : tr("%1 respondents"))
            .arg(result.respondents);
    if (!result.weightedGap) {
        chart.subtitle = tr("%1; no dimension carries a weight, so there is no weighted gap. "
                            "Whiskers: 95% confidence interval.")
                             .arg(respondents);
    } else if (chart.previousWeightedGap) {
        chart.subtitle = tr("Weighted gap %1 (%2 in %3), %4. Below zero the service falls short "
                            "of expectations; whiskers: 95% confidence interval.")
                             .arg(number(*result.weightedGap), number(*chart.previousWeightedGap),
                                  chart.previousWave, respondents);
    } else {
        chart.subtitle = tr("Weighted gap %1, %2. Below zero the service falls short of "
                            "expectations; whiskers: 95% confidence interval.")
                             .arg(number(*result.weightedGap), respondents);
    }
    chart.source = tr("Source: survey answers of wave %1 in the workbench").arg(result.wave);
    return chart;
}

QuadrantChart quadrantChart(const ServqualResult &result)
{
    QuadrantChart chart;
    chart.wave = result.wave;
    Extent performance;
    Extent importance;
    for (const ItemResult &item : result.items) {
        if (!item.importance || !item.performance || !item.quadrant) {
            ++chart.unplaced;
            continue;
        }
        QuadrantPoint point;
        point.code = item.item;
        point.text = item.text;
        point.dimensionKey = item.dimensionKey;
        point.performance = *item.performance;
        point.importance = *item.importance;
        point.quadrant = *item.quadrant;
        performance.add(point.performance);
        importance.add(point.importance);
        chart.points.append(point);
    }
    chart.performanceMean = result.performanceMean.value_or(0);
    chart.importanceMean = result.importanceMean.value_or(0);
    if (!chart.points.isEmpty()) {
        performance.add(chart.performanceMean);
        importance.add(chart.importanceMean);
        std::tie(chart.performanceLow, chart.performanceHigh) =
            roundedRange(performance.low, performance.high);
        std::tie(chart.importanceLow, chart.importanceHigh) =
            roundedRange(importance.low, importance.high);
    }
    chart.corners = {
        {ImportanceQuadrant::ConcentrateHere, tr("Concentrate here"), true, true},
        {ImportanceQuadrant::KeepUp, tr("Keep up the good work"), true, false},
        {ImportanceQuadrant::LowPriority, tr("Low priority"), false, true},
        {ImportanceQuadrant::PossibleOverkill, tr("Possible overkill"), false, false},
    };
    chart.performanceLabel = tr("Performance (mean perception)");
    chart.importanceLabel = tr("Importance (mean stated importance)");
    chart.title = tr("Importance and performance, %1").arg(result.wave);
    chart.subtitle = tr("Each item at its mean importance and mean perception; the lines cross "
                        "at the means over the items (%1, %2).")
                         .arg(number(chart.performanceMean), number(chart.importanceMean));
    if (chart.unplaced > 0) {
        chart.subtitle += QLatin1Char(' ') +
                          (chart.unplaced == 1 ? tr("%1 item without an importance is not shown.")
                                               : tr("%1 items without an importance are not "
                                                    "shown."))
                              .arg(chart.unplaced);
    }
    chart.source = tr("Source: survey answers of wave %1 in the workbench").arg(result.wave);
    return chart;
}

} // namespace Yardstick
