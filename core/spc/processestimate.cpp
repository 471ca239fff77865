// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processestimate.h"

#include "spc/spcconstants.h"
#include "spc/subgroupstatistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

using Basis = std::vector<std::size_t>;

double meanOf(const std::vector<double> &values, const Basis &basis)
{
    double sum = 0;
    for (const std::size_t i : basis)
        sum += values[i];
    return sum / static_cast<double>(basis.size());
}

// Sum of counts over sum of sizes: p-bar for p and np charts, u-bar for u.
double pooledRate(const SpcObservations &data, const Basis &basis)
{
    double counts = 0;
    double sizes = 0;
    for (const std::size_t i : basis) {
        counts += data.values[i];
        sizes += data.sizes[i];
    }
    return counts / sizes;
}

// The grand mean weights each subgroup by its size: it is the mean of all
// phase I observations (qcc's stats.xbar does the same).
double grandMean(const std::vector<std::vector<double>> &subgroups, const Basis &basis)
{
    double sum = 0;
    std::size_t count = 0;
    for (const std::size_t i : basis) {
        for (const double x : subgroups[i])
            sum += x;
        count += subgroups[i].size();
    }
    return sum / static_cast<double>(count);
}

// MR-bar / d2(2), the moving ranges taken only between neighbours that are
// both in the basis: an excluded point or the phase boundary must not lend its
// jump to the estimate. Nullopt when no two neighbours qualify.
std::optional<double> movingRangeSigma(const std::vector<double> &values, const Basis &basis)
{
    double sum = 0;
    int count = 0;
    for (std::size_t k = 1; k < basis.size(); ++k) {
        if (basis[k] != basis[k - 1] + 1)
            continue;
        sum += std::abs(values[basis[k]] - values[basis[k - 1]]);
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count / d2Constant(2);
}

// qcc's "UWAVE-R": the unweighted mean of R_i / d2(n_i); with equal sizes
// R-bar / d2(n).
double rangeSigma(const std::vector<std::vector<double>> &subgroups, const Basis &basis)
{
    double sum = 0;
    for (const std::size_t i : basis)
        sum += subgroupRange(subgroups[i]) / d2Constant(static_cast<int>(subgroups[i].size()));
    return sum / static_cast<double>(basis.size());
}

// qcc's default for S charts, "UWAVE-SD" (UnWeighted AVErage of subgroup
// estimates based on subgroup Standard Deviations): the unweighted mean of
// s_i / c4(n_i); with equal sizes s-bar / c4(n). See qcc's sd.xbar
// documentation (https://rdrr.io/cran/qcc/man/stats.xbar.html) and its source,
// R/qcc.R: sd <- sum(S/qcc.c4(sizes))/length(sizes). The weighted average
// with h_i = c4^2 / (1 - c4^2) is qcc's "MVLUE-SD", not its default.
double stdDevSigma(const std::vector<std::vector<double>> &subgroups, const Basis &basis)
{
    double sum = 0;
    for (const std::size_t i : basis)
        sum += subgroupStdDev(subgroups[i]) / c4Constant(static_cast<int>(subgroups[i].size()));
    return sum / static_cast<double>(basis.size());
}

double estimatedCenter(ControlChartType kind, const SpcObservations &data, const Basis &basis)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
    case ControlChartType::C:
        return meanOf(data.values, basis);
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        return grandMean(data.subgroups, basis);
    case ControlChartType::P:
    case ControlChartType::Np:
    case ControlChartType::U:
        break;
    }
    return pooledRate(data, basis);
}

// Binomial sigma of one unit for p and np, Poisson for c and u. The max()
// keeps p-bar = 1 (and rounding just past it) from producing NaN.
double attributeSigma(ControlChartType kind, double center)
{
    if (kind == ControlChartType::P || kind == ControlChartType::Np)
        return std::sqrt(std::max(0.0, center * (1 - center)));
    return std::sqrt(std::max(0.0, center));
}

std::optional<double> estimatedVariablesSigma(ControlChartType kind, const SpcObservations &data,
                                              const Basis &basis)
{
    if (kind == ControlChartType::XbarR)
        return rangeSigma(data.subgroups, basis);
    if (kind == ControlChartType::XbarS)
        return stdDevSigma(data.subgroups, basis);
    return movingRangeSigma(data.values, basis);
}

} // namespace

std::variant<ProcessParameters, SpcError>
estimateProcess(ControlChartType kind, const SpcObservations &data, const Basis &basis,
                const std::optional<KnownParameters> &known)
{
    const bool attribute = isAttributeChart(kind);
    const bool sigmaKnown = known && known->sigma;
    const bool estimates = !known || (!sigmaKnown && !attribute);
    const auto enough = static_cast<std::size_t>(minimumPoints(kind));
    if (estimates && basis.size() < enough)
        return SpcError{0, tr("the limits need at least %1 points to be estimated from; phase I "
                              "has %2 after exclusions")
                               .arg(enough)
                               .arg(basis.size())};

    ProcessParameters process;
    process.center = known ? known->center : estimatedCenter(kind, data, basis);
    if (sigmaKnown) {
        process.sigma = *known->sigma;
    } else if (attribute) {
        process.sigma = attributeSigma(kind, process.center);
    } else if (const std::optional<double> sigma = estimatedVariablesSigma(kind, data, basis)) {
        process.sigma = *sigma;
    } else {
        return SpcError{0, tr("no two neighbouring points are both in phase I and not excluded, "
                              "so there is no moving range to estimate sigma from")};
    }
    return process;
}

} // namespace Yardstick
