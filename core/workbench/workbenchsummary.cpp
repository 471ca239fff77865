// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchsummary.h"

#include "workbench.h"

namespace Yardstick {

WorkbenchSummary WorkbenchSummary::of(Workbench &workbench)
{
    WorkbenchSummary summary;
    summary.title = workbench.title();
    const QList<Standard> standards = workbench.catalogue().standards();
    for (const Standard &s : standards) {
        if (s.status == StandardStatus::Active)
            ++summary.activeStandards;
        else
            ++summary.retiredStandards;
    }
    summary.services = int(workbench.services().all().size());
    summary.departments = int(workbench.departments().all().size());
    summary.dimensions = int(workbench.dimensions().all().size());
    summary.measurements = workbench.measurements().count();
    std::tie(summary.firstMeasured, summary.lastMeasured) = workbench.measurements().dateRange();
    summary.cases = workbench.cases().count();
    summary.letters = workbench.letters().count();
    summary.surveyAnswers = workbench.surveyResponses().count();
    return summary;
}

} // namespace Yardstick
