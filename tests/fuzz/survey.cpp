// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A survey answers file (long or wide, as its header says) imported into a
// new workbench with the reference dimensions, all or nothing or
// skipping bad rows (the first byte). A fresh workbench per input keeps every
// run independent of the ones before, so a saved input replays the same way.
#include "fuzzsupport.h"
#include "surveys/surveyimporter.h"
#include "workbench/referencedimensions.h"
#include "workbench/workbench.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    SurveyImportOptions options;
    options.skipBadRows = input.choose(2) == 1;
    options.wave = u"2024-Q1"_s;
    options.today = QDate(2025, 2, 3);
    const QString path = Fuzz::writeInput(u"answers.csv"_s, input.rest());
    const std::unique_ptr<Workbench> workbench =
        Fuzz::freshWorkbench(u"survey.yardstick"_s, [](Workbench &prepared) {
            return addReferenceDimensions(prepared).ok();
        });
    (void)SurveyImporter(*workbench).run(path, options);
    return 0;
}
