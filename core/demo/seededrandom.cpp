// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seededrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Yardstick {

SeededRandom::SeededRandom(std::uint32_t seed)
    : m_engine(seed)
{}

double SeededRandom::uniform()
{
    const std::uint32_t high = m_engine() >> 5; // 27 bits
    const std::uint32_t low = m_engine() >> 6;  // 26 bits
    return (double(high) * 67108864.0 + double(low)) * (1.0 / 9007199254740992.0);
}

double SeededRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

int SeededRandom::below(int n)
{
    Q_ASSERT(n > 0);
    const auto range = std::uint32_t(n);
    // The largest multiple of range that fits: values above it would favour
    // the small results.
    const std::uint32_t limit = std::uint32_t(0xFFFFFFFFu - (0xFFFFFFFFu % range + 1) % range);
    std::uint32_t value = m_engine();
    while (value > limit)
        value = m_engine();
    return int(value % range);
}

int SeededRandom::between(int low, int high)
{
    return low + below(high - low + 1);
}

bool SeededRandom::chance(double probability)
{
    return uniform() < probability;
}

double SeededRandom::normal()
{
    if (m_spareNormal) {
        const double value = *m_spareNormal;
        m_spareNormal.reset();
        return value;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log(0) must not happen
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    return radius * std::cos(angle);
}

double SeededRandom::normal(double mean, double sd)
{
    return mean + sd * normal();
}

double SeededRandom::logNormal(double mean, double cv)
{
    const double variance = std::log(1.0 + cv * cv);
    const double mu = std::log(mean) - variance / 2.0;
    return std::exp(mu + std::sqrt(variance) * normal());
}

int SeededRandom::binomial(int n, double p)
{
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (n <= 500) {
        int successes = 0;
        for (int i = 0; i < n; ++i)
            successes += uniform() < p ? 1 : 0;
        return successes;
    }
    const double mean = n * p;
    if (mean < 30)
        return std::min(n, poisson(mean)); // rare events in a large sample
    const double draw = normal(mean, std::sqrt(mean * (1 - p)));
    return int(std::clamp(std::round(draw), 0.0, double(n)));
}

int SeededRandom::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean >= 30)
        return int(std::max(0.0, std::round(normal(mean, std::sqrt(mean)))));
    // Knuth: multiply uniforms until the product falls below e^-mean.
    const double limit = std::exp(-mean);
    int events = 0;
    double product = uniform();
    while (product > limit) {
        ++events;
        product *= uniform();
    }
    return events;
}

int SeededRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = uniform() * total;
    for (int i = 0; i < weights.size(); ++i) {
        x -= weights.at(i);
        if (x < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

} // namespace Yardstick
