// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "model/measurement.h"

#include <QList>

namespace Yardstick {

// Simulates the weekly measurements of a standard that has no case log in
// the demo, from its profile (met, improved, drifting, breached,
// borderline). Values are placed relative to the standard's own target and
// threshold, so "met" means met whichever way the metric points.
class DemoMeasurementSimulator final
{
public:
    // Seeded from the standard's code: adding a standard to the catalogue
    // leaves every other standard's series unchanged.
    // Nothing for a standard fed from the complaint letters.
    static QList<Measurement> simulate(const DemoStandard &standard);
};

} // namespace Yardstick
