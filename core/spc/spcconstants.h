// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Yardstick {

// The control-chart constants for a subgroup of n observations, 2 <= n <= 25
// for d2 and d3; outside that range they return 0, which callers treat as
// "cannot estimate".
//
// d2Constant is the divisor of sigma-hat = R-bar / d2 as R's qcc uses it
// (qcc.options("exp.R.unscaled"), the three decimals of ASTM E2587 and
// Montgomery's Appendix VI), so sigma-hat matches qcc and the textbooks to
// their last printed digit. exactD2Constant is the mean range E(R / sigma)
// itself (d2(2) = 2 / sqrt(pi) = 1.1283792), and d3Constant the standard
// deviation of R / sigma (d3(2) = sqrt(2 - 4 / pi) = 0.8525025), both
// integrated from the distribution of the range to double precision, as
// qcc's d2() and d3() do: a limit built from d3 rounded to three decimals
// (0.853) misses qcc's by up to 0.05%. c4 is exact (gamma function).
double d2Constant(int n);
double exactD2Constant(int n);
double d3Constant(int n);
double c4Constant(int n);

} // namespace Yardstick
