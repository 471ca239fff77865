// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/controlchart.h"

#include <QString>

namespace Yardstick {

// A control chart as text for a terminal: a few lines on the chart (kind,
// phase I, rules, centre line and limits, sigma), a table of its points, the
// same for the dispersion chart (MR, R or S) if there is one, then the rules
// that signalled with what they mean. Numbers to 6 significant digits.
QString controlChartToTable(const ControlChart &chart);

} // namespace Yardstick
