// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "surveys/servqual.h"

#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// One dimension's bar: its gap with the 95% interval as whiskers, and the
// same dimension's gap in the previous wave when that wave measured it.
struct ServqualGapBar
{
    QString key;  // "reliability"
    QString name; // "Reliability"
    int n = 0;
    double gap = 0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    double weight = 0; // normalised; 0: not in the weighted score
    std::optional<double> previousGap;
};

// The gap by dimension of one wave. Gaps below zero are where the service
// falls short of what customers expected. The value range always holds
// zero, every bar, whisker, previous gap and the weighted gap, rounded out
// to half points of the scale so the axis ticks fall on round numbers.
struct ServqualGapChart
{
    QString wave;
    QString previousWave; // empty: no previous wave to compare with
    QList<ServqualGapBar> bars;
    std::optional<double> weightedGap;
    std::optional<double> previousWeightedGap;
    double valueLow = -1;
    double valueHigh = 1;
    QString valueLabel;
    QString title;
    QString subtitle;
    QString source;

    bool hasPrevious() const { return !previousWave.isEmpty(); }
};

// previous: the analysis of the wave before (its dimension gaps become the
// second series), or nullptr.
ServqualGapChart servqualGapChart(const ServqualResult &result,
                                  const ServqualResult *previous = nullptr);

// One item in the importance-performance grid.
struct QuadrantPoint
{
    QString code; // the label on the chart, "REL1"
    QString text;
    QString dimensionKey;
    double performance = 0; // across
    double importance = 0;  // up
    ImportanceQuadrant quadrant = ImportanceQuadrant::KeepUp;
};

// Where a quadrant's name is printed: the corner of the plot inside it.
struct QuadrantCorner
{
    ImportanceQuadrant quadrant = ImportanceQuadrant::KeepUp;
    QString label;
    bool top = false;  // high importance
    bool left = false; // low performance
};

// The importance-performance chart (Martilla and James, 1977): performance
// across, importance up, a crosshair at the means over the items and the
// four quadrants named in their corners, "concentrate here" top left.
// Items without an importance cannot be placed and are only counted.
struct QuadrantChart
{
    QString wave;
    QList<QuadrantPoint> points; // in the analysis' item order
    double performanceMean = 0;
    double importanceMean = 0;
    QList<QuadrantCorner> corners; // concentrate here, keep up, low priority, possible overkill
    int unplaced = 0;              // items without importance
    double performanceLow = 0;
    double performanceHigh = 1;
    double importanceLow = 0;
    double importanceHigh = 1;
    QString performanceLabel;
    QString importanceLabel;
    QString title;
    QString subtitle;
    QString source;
};

QuadrantChart quadrantChart(const ServqualResult &result);

} // namespace Yardstick
