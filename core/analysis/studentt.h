// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

namespace Yardstick::StudentT {

// P(T <= t) for Student's t with df > 0 degrees of freedom (df need not be a
// whole number: Welch's df rarely is), from the regularised incomplete beta
// function.
double cdf(double t, double df);

// The t with P(T <= t) = probability, 0 < probability < 1.
double quantile(double probability, double df);

// Two-sided p-value of a t statistic: 2 P(T >= |t|).
double twoSidedP(double t, double df);

struct WelchResult
{
    double t = 0;  // (mean a - mean b) / sqrt(var a / na + var b / nb)
    double df = 0; // Welch-Satterthwaite
    double p = 0;  // two-sided
};

// Welch's unequal-variance t-test of a against b; empty when either sample
// has fewer than two values or both variances are zero.
std::optional<WelchResult> welch(std::span<const double> a, std::span<const double> b);

} // namespace Yardstick::StudentT
