// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// Turns a finished demo workbench into the zh_CN demo: services,
// departments, dimensions, standards (titles, rationales, units) and the
// workbench's title in Chinese. It runs after everything is generated and
// only renames, so the numbers and the story are those of the English demo.
class DemoChinese final
{
public:
    static StorageResult apply(Workbench &workbench, const QList<DemoStandard> &plan);
    // "days" → "天", "per 1,000 statements" → "每千份账单"; others unchanged.
    static QString unit(const QString &english);
};

} // namespace Yardstick
