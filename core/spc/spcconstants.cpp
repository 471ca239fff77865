// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spcconstants.h"

#include <array>
#include <cmath>

namespace Yardstick {

namespace {

constexpr int smallestTabled = 2;
constexpr int largestTabled = 25;

// Montgomery, Introduction to Statistical Quality Control, Appendix VI, and
// ASTM E2587: the three printed decimals, n = 2 .. 25. qcc's exp.R.unscaled
// holds the same d2 values. (qcc keeps d3 to seven digits; we keep the
// printed three so that hand calculations from a table reproduce our limits.)
constexpr std::array<double, largestTabled - smallestTabled + 1> d2Table = {
    1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
    3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931,
};
constexpr std::array<double, largestTabled - smallestTabled + 1> d3Table = {
    0.853, 0.888, 0.880, 0.864, 0.848, 0.833, 0.820, 0.808, 0.797, 0.787, 0.778, 0.770,
    0.763, 0.756, 0.750, 0.744, 0.739, 0.734, 0.729, 0.724, 0.720, 0.716, 0.712, 0.708,
};

double tabled(const std::array<double, d2Table.size()> &table, int n)
{
    if (n < smallestTabled || n > largestTabled)
        return 0;
    return table[static_cast<std::size_t>(n - smallestTabled)];
}

} // namespace

double d2Constant(int n)
{
    return tabled(d2Table, n);
}

double d3Constant(int n)
{
    return tabled(d3Table, n);
}

double c4Constant(int n)
{
    if (n < 2)
        return 0;
    // c4(n) = sqrt(2 / (n - 1)) * Gamma(n / 2) / Gamma((n - 1) / 2), through
    // lgamma so that large subgroups do not overflow Gamma (qcc's qcc.c4).
    const double m = n;
    return std::sqrt(2.0 / (m - 1.0)) *
           std::exp(std::lgamma(m / 2.0) - std::lgamma((m - 1.0) / 2.0));
}

} // namespace Yardstick
