// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Yardstick {

class Workbench;

// What a workbench holds, counted: the dashboard's and the CLI's overview.
struct WorkbenchSummary
{
    QString title;
    int activeStandards = 0;
    int retiredStandards = 0;
    int services = 0;
    int departments = 0;
    int dimensions = 0;
    int measurements = 0;
    QDate firstMeasured;
    QDate lastMeasured;
    int cases = 0;
    int letters = 0;
    int surveyAnswers = 0;

    static WorkbenchSummary of(Workbench &workbench);
};

} // namespace Yardstick
