// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democomplainthandling.h"

#include "complaints/complainthandlingmeasures.h"
#include "workbench/workbench.h"

namespace Yardstick {

namespace {

struct LetterRule
{
    const char *title; // the standard's title in DemoStandardSpecs
    ComplaintEvent event;
    bool keyCustomersOnly;
};

// The titles tie these to the catalogue rows marked Letters there.
const LetterRule kRules[] = {
    {"Complaints acknowledged within 1 day", ComplaintEvent::FirstResponse, false},
    {"Mean complaint resolution time", ComplaintEvent::Resolution, false},
    {"Share of complaints resolved within 15 days", ComplaintEvent::Resolution, false},
    {"Key-customer complaints resolved within 3 days", ComplaintEvent::Resolution, true},
};

} // namespace

QList<ComplaintHandlingRule> DemoComplaintHandling::rules(const QList<DemoStandard> &plan)
{
    QList<ComplaintHandlingRule> result;
    for (const DemoStandard &d : plan) {
        if (d.profile != DemoProfile::FromLetters)
            continue;
        for (const LetterRule &rule : kRules) {
            if (d.standard.title == QLatin1String(rule.title)) {
                result.append({d.standard.id, rule.event, rule.keyCustomersOnly});
                break;
            }
        }
    }
    return result;
}

StorageResult DemoComplaintHandling::apply(Workbench &workbench, const QList<DemoStandard> &plan)
{
    for (const ComplaintHandlingRule &rule : rules(plan)) {
        if (StorageResult r = workbench.complaintHandling().setRule(rule); !r.ok())
            return r;
    }
    return refreshComplaintHandlingMeasurements(workbench);
}

} // namespace Yardstick
