// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/departmentchart.h"
#include "charttheme.h"

#include <QCoreApplication>

class QCustomPlot;

namespace Yardstick {

// Draws a DepartmentChart: one horizontal bar per department, top to bottom
// in the chart's order, showing the share of its assessed standards met on
// a pale track to 100%, labelled "12 of 15 (80%)".
//
// Object names: bars "share", "track"; items "barLabel".
class DepartmentPlot final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::DepartmentPlot)

public:
    static void populate(QCustomPlot *plot, const DepartmentChart &chart, const ChartTheme &theme);

    // "12 of 15 (80%)", or that nothing was assessed.
    static QString barLabel(const DepartmentBar &bar);
};

} // namespace Yardstick
