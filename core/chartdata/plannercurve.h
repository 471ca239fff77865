// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costofdelay/targetplanner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Yardstick {

// The target planner's chart: the share of the window's cases that meet
// each possible target, with the current and proposed targets marked. For a
// days (or hours) target the marks are vertical lines at the targets. For a
// within:N target the target is a share, so the curve is read at N (a
// vertical line) against the current and proposed shares (horizontal lines).
struct PlannerCurve
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PlannerCurve)

public:
    QString title;
    QString subtitle;
    QString source;
    QString xLabel; // "Target (days)"
    QList<PlannerCurvePoint> points;
    bool targetIsShare = false;
    double currentTarget = 0;
    double proposedTarget = 0;
    double withinLimit = 0; // N of within:N

    static PlannerCurve of(const PlannerInput &input, double proposedTarget);
};

} // namespace Yardstick
