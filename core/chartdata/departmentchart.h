// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "workbench/referencedata.h"

#include <QList>
#include <QString>

namespace Yardstick {

struct DepartmentBar
{
    qint64 departmentId = 0;
    QString name;
    int met = 0;
    int assessed = 0;        // standards with data in the period
    double sharePercent = 0; // met / assessed x 100; 0 when nothing assessed
};

// The share of its standards each department met in the scorecard's period.
struct DepartmentChart
{
    Period period;
    QList<DepartmentBar> bars; // by department name
    QString title;
    QString subtitle;
    QString source;
};

DepartmentChart buildDepartmentChart(const Scorecard &scorecard, const ReferenceData &reference);

} // namespace Yardstick
