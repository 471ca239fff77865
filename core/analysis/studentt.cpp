// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studentt.h"

#include <cmath>
#include <limits>
#include <utility>

namespace Yardstick::StudentT {

namespace {

constexpr int kMaxFractionTerms = 500;
constexpr double kFractionEpsilon = 1e-15;
// Keeps Lentz's method away from dividing by zero.
constexpr double kTiny = 1e-300;

// The continued fraction of the incomplete beta function (Abramowitz and
// Stegun 26.5.8), evaluated by the modified Lentz method. It converges
// quickly for x < (a + 1) / (a + b + 2); the caller uses the symmetry
// I_x(a, b) = 1 - I_{1-x}(b, a) to stay there.
double betaContinuedFraction(double a, double b, double x)
{
    const double qab = a + b;
    const double qap = a + 1;
    const double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= kMaxFractionTerms; ++m) {
        const double m2 = 2.0 * m;
        // The even step d_{2m}.
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        h *= d * c;
        // The odd step d_{2m+1}.
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < kFractionEpsilon)
            break;
    }
    return h;
}

// The regularised incomplete beta function I_x(a, b), 0 <= x <= 1.
double regularisedBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    // x^a (1-x)^b / (a B(a, b)), in logs so large df does not overflow.
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

// P(T >= t) for t >= 0, computed directly rather than as 1 - cdf so that
// small tails (the p-values that matter) keep their digits.
double upperTail(double t, double df)
{
    if (std::isinf(t))
        return 0;
    return 0.5 * regularisedBeta(df / 2, 0.5, df / (df + t * t));
}

} // namespace

double cdf(double t, double df)
{
    if (std::isnan(t) || std::isnan(df) || df <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double tail = upperTail(std::fabs(t), df);
    return t >= 0 ? 1 - tail : tail;
}

double twoSidedP(double t, double df)
{
    if (std::isnan(t) || std::isnan(df) || df <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return std::fmin(1.0, 2 * upperTail(std::fabs(t), df));
}

double quantile(double probability, double df)
{
    if (std::isnan(probability) || std::isnan(df) || df <= 0 || probability <= 0 ||
        probability >= 1)
        return std::numeric_limits<double>::quiet_NaN();
    if (probability == 0.5)
        return 0;
    // By symmetry, find the t >= 0 whose upper tail is the smaller of the two.
    const double tail = probability > 0.5 ? 1 - probability : probability;
    const double sign = probability > 0.5 ? 1 : -1;
    // The tail falls as t grows: bracket the root by doubling, then bisect.
    // Bisection is slow but cannot be thrown off by the flat, heavy tails of
    // df < 1, which defeat Newton steps.
    double low = 0;
    double high = 1;
    while (upperTail(high, df) > tail) {
        low = high;
        high *= 2;
        if (std::isinf(high))
            return sign * high;
    }
    for (int i = 0; i < 200; ++i) {
        const double middle = low + (high - low) / 2;
        if (middle <= low || middle >= high)
            break;
        if (upperTail(middle, df) > tail)
            low = middle;
        else
            high = middle;
    }
    return sign * (low + (high - low) / 2);
}

std::optional<WelchResult> welch(std::span<const double> a, std::span<const double> b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    const auto meanAndVariance = [](std::span<const double> values) {
        double sum = 0;
        for (const double v : values)
            sum += v;
        const double mean = sum / static_cast<double>(values.size());
        double squares = 0;
        for (const double v : values)
            squares += (v - mean) * (v - mean);
        return std::pair{mean, squares / static_cast<double>(values.size() - 1)};
    };
    const auto [meanA, varianceA] = meanAndVariance(a);
    const auto [meanB, varianceB] = meanAndVariance(b);
    const double na = static_cast<double>(a.size());
    const double nb = static_cast<double>(b.size());
    const double shareA = varianceA / na;
    const double shareB = varianceB / nb;
    const double standardError2 = shareA + shareB;
    if (!(standardError2 > 0))
        return std::nullopt;
    WelchResult result;
    result.t = (meanA - meanB) / std::sqrt(standardError2);
    result.df =
        standardError2 * standardError2 / (shareA * shareA / (na - 1) + shareB * shareB / (nb - 1));
    result.p = twoSidedP(result.t, result.df);
    return result;
}

} // namespace Yardstick::StudentT
