// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spcconstants.h"

#include <array>
#include <cmath>
#include <numbers>

namespace Yardstick {

namespace {

constexpr int smallestTabled = 2;
constexpr int largestTabled = 25;
constexpr std::size_t tableSize = largestTabled - smallestTabled + 1;

// d2 as R's qcc divides by it (qcc.options("exp.R.unscaled"), the same three
// decimals as Montgomery's Appendix VI and ASTM E2587): sigma-hat = R-bar / d2
// is then the figure qcc, NIST and the textbooks print, to their last digit.
constexpr std::array<double, tableSize> d2Table = {
    1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
    3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931,
};

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normalDensity(double x)
{
    return std::exp(-0.5 * x * x) / std::sqrt(2 * std::numbers::pi);
}

// Nodes and weights of m-point Gauss-Legendre quadrature on [-1, 1], by
// Newton's method on the Legendre polynomial.
template<std::size_t m>
std::pair<std::array<double, m>, std::array<double, m>> gaussLegendre()
{
    std::array<double, m> nodes{};
    std::array<double, m> weights{};
    for (std::size_t i = 0; i < m; ++i) {
        double x = std::cos(std::numbers::pi * (double(i) + 0.75) / (double(m) + 0.5));
        double derivative = 1;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double p0 = 1;
            double p1 = x;
            for (std::size_t k = 2; k <= m; ++k) {
                const double p2 =
                    ((2.0 * double(k) - 1) * x * p1 - (double(k) - 1) * p0) / double(k);
                p0 = p1;
                p1 = p2;
            }
            derivative = double(m) * (x * p1 - p0) / (x * x - 1);
            const double step = p1 / derivative;
            x -= step;
            if (std::abs(step) < 1e-15)
                break;
        }
        nodes[i] = x;
        weights[i] = 2 / ((1 - x * x) * derivative * derivative);
    }
    return {nodes, weights};
}

// The mean and standard deviation of the range of n standard normal
// observations, from the distribution of the range (Tippett 1925):
//   P(R <= w) = n * integral phi(x) (Phi(x + w) - Phi(x))^(n - 1) dx,
//   E(R) = integral_0^inf P(R > w) dw,  E(R^2) = 2 integral_0^inf w P(R > w) dw,
// which is how qcc's d2() and d3() integrate it. The inner integral runs over
// the whole line, where the trapezoid rule on a smooth decaying integrand is
// accurate far beyond double precision; the outer one uses Gauss-Legendre
// panels, exact for the smooth tail. Both agree with the closed forms
// d2(2) = 2 / sqrt(pi), d3(2) = sqrt(2 - 4 / pi) to about 1e-12.
struct RangeMoments
{
    std::array<double, tableSize> mean{};
    std::array<double, tableSize> sd{};
};

RangeMoments integrateRangeMoments()
{
    constexpr double xLimit = 9;
    constexpr double xStep = 0.05;
    constexpr int xCount = int(2 * xLimit / xStep) + 1;
    constexpr double panelWidth = 0.5;
    constexpr int panels = 28; // w up to 14: P(R > 14) is below 1e-40 for n <= 25
    const auto [nodes, weights] = gaussLegendre<10>();

    std::array<double, xCount> xs{};
    std::array<double, xCount> cdf{};
    std::array<double, xCount> density{};
    for (int j = 0; j < xCount; ++j) {
        xs[std::size_t(j)] = -xLimit + j * xStep;
        cdf[std::size_t(j)] = normalCdf(xs[std::size_t(j)]);
        density[std::size_t(j)] = normalDensity(xs[std::size_t(j)]);
    }

    std::array<double, tableSize> firstMoment{};
    std::array<double, tableSize> secondMoment{};
    for (int panel = 0; panel < panels; ++panel) {
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const double w = panelWidth * (panel + 0.5 * (nodes[k] + 1));
            const double weight = 0.5 * panelWidth * weights[k];
            std::array<double, tableSize> atMost{};
            for (int j = 0; j < xCount; ++j) {
                const double spread = normalCdf(xs[std::size_t(j)] + w) - cdf[std::size_t(j)];
                double power = spread; // spread^(n - 1), starting at n = 2
                for (std::size_t n = 0; n < tableSize; ++n) {
                    atMost[n] += density[std::size_t(j)] * power;
                    power *= spread;
                }
            }
            for (std::size_t n = 0; n < tableSize; ++n) {
                const double exceeds = 1 - double(n + smallestTabled) * xStep * atMost[n];
                firstMoment[n] += weight * exceeds;
                secondMoment[n] += weight * 2 * w * exceeds;
            }
        }
    }

    RangeMoments moments;
    for (std::size_t n = 0; n < tableSize; ++n) {
        moments.mean[n] = firstMoment[n];
        moments.sd[n] = std::sqrt(secondMoment[n] - firstMoment[n] * firstMoment[n]);
    }
    return moments;
}

const RangeMoments &rangeMoments()
{
    static const RangeMoments moments = integrateRangeMoments();
    return moments;
}

bool tabled(int n)
{
    return n >= smallestTabled && n <= largestTabled;
}

std::size_t slot(int n)
{
    return static_cast<std::size_t>(n - smallestTabled);
}

} // namespace

double d2Constant(int n)
{
    return tabled(n) ? d2Table[slot(n)] : 0;
}

double exactD2Constant(int n)
{
    return tabled(n) ? rangeMoments().mean[slot(n)] : 0;
}

double d3Constant(int n)
{
    return tabled(n) ? rangeMoments().sd[slot(n)] : 0;
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
