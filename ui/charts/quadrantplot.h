// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/servqualcharts.h"
#include "charttheme.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QCustomPlot;

namespace Yardstick {

// Draws a QuadrantChart: every item a marker in its quadrant's colour and
// shape, labelled with its code where the label covers no other marker,
// line or label, dashed lines at the means and the quadrants' names in the
// plot's corners.
//
// Object names: graphs "quadrant" (one per quadrant that has items); items
// "crosshair", "cornerLabel", "itemLabel".
class QuadrantPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::QuadrantPlot)

public:
    static void populate(QCustomPlot *plot, const QuadrantChart &chart, const ChartTheme &theme);

    // The same colour and symbol mark a quadrant on the chart and in the
    // Surveys page's item table: ▲ concentrate here, ● keep up, ◆ low
    // priority, ■ possible overkill.
    static QColor colour(ImportanceQuadrant quadrant);
    static QString symbol(ImportanceQuadrant quadrant);
};

} // namespace Yardstick
