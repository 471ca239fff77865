// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cstdint>
#include <optional>
#include <random>

namespace Yardstick {

// Random numbers that are the same on every machine. std::mt19937's output
// sequence is fixed by the standard, but the <random> distributions are not
// (libstdc++, libc++ and MSVC give different normals from the same engine),
// so every distribution the demo needs is built here from the raw 32-bit
// output with plain arithmetic.
class SeededRandom final
{
public:
    explicit SeededRandom(std::uint32_t seed);

    // Uniform in [0, 1), 53 bits (two engine outputs, as in genrand_res53).
    double uniform();
    // Uniform in [low, high).
    double uniform(double low, double high);
    // Uniform integer in [0, n); n > 0. Rejection keeps it unbiased.
    int below(int n);
    // Uniform integer in [low, high], both included.
    int between(int low, int high);
    bool chance(double probability);
    // Standard normal by Box-Muller.
    double normal();
    double normal(double mean, double sd);
    // Log-normal with the given mean and coefficient of variation: right
    // skewed and positive, like real turnaround times.
    double logNormal(double mean, double cv);
    // Successes in n trials of probability p: exact for small n, by the
    // Poisson or normal approximation where those are accurate.
    int binomial(int n, double p);
    // Events in a period that averages mean of them.
    int poisson(double mean);

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // An index drawn with probability proportional to its weight.
    int weighted(const QList<double> &weights);

private:
    std::mt19937 m_engine;
    std::optional<double> m_spareNormal; // Box-Muller yields normals in pairs
};

} // namespace Yardstick
