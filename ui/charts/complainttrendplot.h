// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/complainttrendchart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a ComplaintTrendChart: a bar per calendar month on a period axis,
// stacked by dimension in Okabe-Ito colours (each dimension's colour from its
// place in the workbench, "Not yet labelled" grey on top), the month's total over its bar
// when the bars are wide enough to carry it, and the workbench's process
// changes as dashed lines labelled at the top.
//
// Object names: bars "dimension" (one per series, in stack order, bottom
// first); items "monthTotal", "annotation", "annotationLabel".
class ComplaintTrendPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ComplaintTrendPlot)

public:
    static void populate(QCustomPlot *plot, const ComplaintTrendChart &chart,
                         const ChartTheme &theme);
};

} // namespace Yardstick
