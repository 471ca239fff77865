// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "model/metric.h"

#include <QList>

namespace Yardstick {

// When a demo standard's first revision took effect.
enum class DemoSince
{
    Programme,  // set by the quality programme on its first day
    Existing,   // a departmental standard from before, kept by the programme
    Competitor, // added some months in, when competitors began to offer it
    Review,     // added at the programme's first annual review
};

// One row of the demo catalogue as the quality-assurance staff wrote it down.
// The code is derived (service, dimension letter, running number).
struct DemoStandardSpec
{
    const char *service;   // service code, "APP"
    const char *dimension; // dimension key, "timeliness"
    const char *title;
    Metric metric;
    const char *statistic; // Statistic key: "mean", "within:2"
    double target;
    double threshold;
    DemoProfile profile;
    int basis; // BasisFlag bits
    const char *rationale;
    DemoSince since = DemoSince::Programme;
    int sample = 0; // weekly sample size when not the service's whole volume
    // The lax rule in force before the programme, for standards it tightened
    // (negative: none).
    double earlierTarget = -1;
    double earlierThreshold = -1;
};

// The 180-odd standards of the card division's catalogue.
class DemoStandardSpecs final
{
public:
    static QList<DemoStandardSpec> all();
};

} // namespace Yardstick
