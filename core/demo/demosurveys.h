// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class DemoReferenceData;
class Workbench;

// The demo's SERVQUAL follow-up calls: one survey for each service with
// survey-fed standards (DemoProfile::FromSurveys), about twenty items over
// the five SERVQUAL dimensions, a wave each quarter of the demo's three
// years. Gaps are clearly negative before the programme and shrink once it
// takes hold; reliability and responsiveness matter most to respondents.
// Part of the respondents are customers who wrote complaint letters, so the
// silent-dissatisfied share means something. Call after the letters are
// stored; the feeds' measurements come from refreshSurveyMeasurements.
class DemoSurveys final
{
public:
    static StorageResult apply(Workbench &workbench, const DemoReferenceData &reference,
                               const QList<DemoStandard> &plan);
};

} // namespace Yardstick
