// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "model/valuemodel.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// What a day is worth on the demo's turnaround standards, sized so the demo
// tells the case's story in dollars: about US$0.33 a card-day on about 4.25
// million cards, US$1.4 million a year per day sooner, and about US$17.5
// million a year for faster applications and replacements.
class DemoValueModels final
{
public:
    // One model per standard of the plan that has one (ids as stored).
    static QList<ValueModel> models(const QList<DemoStandard> &plan);

    static StorageResult apply(Workbench &workbench, const QList<DemoStandard> &plan);
};

} // namespace Yardstick
