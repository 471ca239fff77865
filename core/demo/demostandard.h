// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"

namespace Yardstick {

// How a demo standard's weekly values come about.
enum class DemoProfile
{
    FromCases,   // computed from the simulated case records (the headline services)
    FromLetters, // computed from the demo letters' handling (complaint-handling rules)
    FromAudits,  // the mean score of the demo's staff audits (DemoAudits)
    FromSurveys, // a SERVQUAL gap of the demo's follow-up surveys (DemoSurveys)
    Met,         // comfortably met, before and after the programme
    Improved,    // missed before the programme, met once it took hold
    Drifting,    // met, then sliding towards and over the threshold in the last months
    Breached,    // better after the programme, but still over the threshold
    Borderline,  // hovers around the target, now and then past the threshold
};

// A standard of the demo catalogue with what the simulation needs to know
// about it.
struct DemoStandard
{
    Standard standard;
    QString serviceCode;
    DemoProfile profile = DemoProfile::Met;
    int weeklySample = 0; // typical sample size of one week's measurement
};

} // namespace Yardstick
