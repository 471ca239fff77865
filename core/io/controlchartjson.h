// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/controlchart.h"

#include <QByteArray>
#include <QJsonObject>

namespace Yardstick {

// A control chart as JSON for other programs. The keys are a contract:
//   chart, phase1 {first, last}, rules, center, lcl, ucl (null when they vary
//   by point), sigma, points [{index, value, center, lcl, ucl, signals}],
//   dispersion (the MR, R or S chart: chart, center, lcl, ucl, points; or null)
// with the additions phase (1 or 2), excluded and standard_error on points,
// and rule_meanings (every rule of the set, by name).
QJsonObject controlChartToJson(const ControlChart &chart);
// The same, as indented UTF-8 text.
QByteArray controlChartToJsonText(const ControlChart &chart);

} // namespace Yardstick
