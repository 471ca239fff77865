// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"

#include <QList>

namespace Yardstick {

class DemoReferenceData;

// Turns the demo's standard specifications into catalogue standards: codes
// such as APP-T-01, units, owning departments and revisions, with the ids of
// the stored reference data.
class DemoCatalogue final
{
public:
    static QList<DemoStandard> build(const DemoReferenceData &reference);
};

} // namespace Yardstick
