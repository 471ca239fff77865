// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageresult.h"

#include <QLatin1String>

namespace Yardstick {

class Workbench;

// The source of the measurements computed from surveys; refreshing replaces
// exactly these, never imported or typed ones.
inline constexpr QLatin1String kSurveyMeasurementSource("survey");

// Recomputes the measurements of every survey-fed standard (see SurveyFeed):
// one per wave of its survey that has answers and dates, valued at the gap
// of the standard's dimension, or at the weighted SERVQUAL gap when the
// survey has no item in that dimension, over the wave's dates, with the
// wave's respondents as the sample size. Each standard's earlier survey
// measurements are replaced, all standards in one transaction. Call it after
// survey answers, a survey's definition or the dimension weights change.
StorageResult refreshSurveyMeasurements(Workbench &workbench);

} // namespace Yardstick
