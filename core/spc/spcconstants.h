// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Yardstick {

// The control-chart constants for a subgroup of n observations, as published
// SPC tables (ASTM E2587, Montgomery appendix VI) and R's qcc print them:
// d2 and d3 to the printed decimals for 2 <= n <= 25, c4 exact. Outside that
// range d2 and d3 return 0, which callers treat as "cannot estimate".
double d2Constant(int n);
double d3Constant(int n);
double c4Constant(int n);

} // namespace Yardstick
