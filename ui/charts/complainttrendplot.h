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
// The classifier's suggestions (series marked suggested) are stacked above
// the confirmed dimensions, hatched in their dimension's colour, with one
// legend key for all of them; a dimension only suggested, never confirmed,
// gets its own hatched entry, since no solid one gives its colour a name.
//
// Object names: bars "dimension" (one per confirmed or unlabelled series, in
// stack order, bottom first), "suggestedDimension" (one per suggested series),
// "suggestedKey" (the legend's key, no data); items "monthTotal",
// "annotation", "annotationLabel".
class ComplaintTrendPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ComplaintTrendPlot)

public:
    static void populate(QCustomPlot *plot, const ComplaintTrendChart &chart,
                         const ChartTheme &theme);
};

} // namespace Yardstick
