// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spcdatacheck.h"

#include "spc/spcconstants.h"

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

SpcError at(std::size_t index, const QString &message)
{
    return {static_cast<int>(index) + 1, message};
}

bool needsSizes(ControlChartType kind)
{
    return kind == ControlChartType::P || kind == ControlChartType::Np ||
           kind == ControlChartType::U;
}

std::optional<SpcError> checkSubgroups(ControlChartType kind, const SpcObservations &data)
{
    if (data.subgroups.empty())
        return SpcError{0, tr("there is no data to chart")};
    for (std::size_t i = 0; i < data.subgroups.size(); ++i) {
        const std::vector<double> &subgroup = data.subgroups[i];
        if (std::any_of(subgroup.begin(), subgroup.end(),
                        [](double x) { return !std::isfinite(x); }))
            return at(i, tr("an observation in this subgroup is not a finite number"));
        const int n = static_cast<int>(subgroup.size());
        if (n < 2)
            return at(i, tr("a subgroup needs at least 2 observations, this one has %1").arg(n));
        // d2 and d3 are tabled to n = 25 only; past that an R chart has no
        // constants (qcc switches to a standard-deviation estimate there).
        if (kind == ControlChartType::XbarR && d2Constant(n) == 0)
            return at(i, tr("an X-bar R chart takes subgroups of at most 25 observations, this "
                            "one has %1; use an X-bar S chart")
                             .arg(n));
    }
    return std::nullopt;
}

std::optional<SpcError> checkCounts(ControlChartType kind, const SpcObservations &data)
{
    if (data.values.empty())
        return SpcError{0, tr("there is no data to chart")};
    if (needsSizes(kind) && data.sizes.size() > data.values.size())
        return SpcError{0, tr("there are more sample sizes (%1) than points (%2)")
                               .arg(data.sizes.size())
                               .arg(data.values.size())};
    const bool defectives = kind == ControlChartType::P || kind == ControlChartType::Np;
    for (std::size_t i = 0; i < data.values.size(); ++i) {
        const double value = data.values[i];
        if (!std::isfinite(value))
            return at(i, tr("the value is not a finite number"));
        if (kind == ControlChartType::IndividualsMovingRange)
            continue;
        if (value < 0)
            return at(i, defectives ? tr("the number of defectives cannot be negative")
                                    : tr("the count cannot be negative"));
        if (!needsSizes(kind))
            continue;
        if (i >= data.sizes.size())
            return at(i, tr("the sample size is missing"));
        const double size = data.sizes[i];
        if (!std::isfinite(size) || size <= 0)
            return at(i, tr("the sample size must be a number greater than 0"));
        if (defectives && value > size)
            return at(i, tr("there are more defectives (%1) than items in the sample (%2)")
                             .arg(value)
                             .arg(size));
    }
    return std::nullopt;
}

} // namespace

std::optional<SpcError> checkObservations(ControlChartType kind, const SpcObservations &data)
{
    if (kind == ControlChartType::XbarR || kind == ControlChartType::XbarS)
        return checkSubgroups(kind, data);
    return checkCounts(kind, data);
}

std::optional<SpcError> checkKnownParameters(ControlChartType kind, const KnownParameters &known)
{
    if (!std::isfinite(known.center))
        return SpcError{0, tr("the known centre must be a finite number")};
    if (known.sigma && (!std::isfinite(*known.sigma) || *known.sigma <= 0))
        return SpcError{0, tr("the known sigma must be a number greater than 0")};
    if ((kind == ControlChartType::P || kind == ControlChartType::Np) &&
        (known.center < 0 || known.center > 1))
        return SpcError{0, tr("the known proportion must lie between 0 and 1")};
    if ((kind == ControlChartType::C || kind == ControlChartType::U) && known.center < 0)
        return SpcError{0, tr("the known count per unit cannot be negative")};
    return std::nullopt;
}

std::optional<SpcError> checkPhase1(const PointRange &phase1, int pointCount)
{
    if (phase1.first < 1 || phase1.last > pointCount || phase1.first > phase1.last)
        return SpcError{0, tr("phase I (points %1 to %2) must lie within points 1 to %3, its "
                              "first point not after its last")
                               .arg(phase1.first)
                               .arg(phase1.last)
                               .arg(pointCount)};
    return std::nullopt;
}

std::optional<SpcError> checkExcluded(const std::vector<int> &excluded, int pointCount)
{
    for (const int point : excluded) {
        if (point < 1 || point > pointCount)
            return SpcError{0, tr("cannot exclude point %1: the chart has points 1 to %2")
                                   .arg(point)
                                   .arg(pointCount)};
    }
    return std::nullopt;
}

std::optional<SpcError> checkPhaseStarts(const std::vector<ChartPhase> &phases, int pointCount)
{
    if (phases.empty())
        return SpcError{0, tr("a phased chart needs at least one phase")};
    if (phases.front().firstPoint != 1)
        return SpcError{
            0, tr("the first phase must start at point 1, not %1").arg(phases.front().firstPoint)};
    for (std::size_t k = 1; k < phases.size(); ++k) {
        const int start = phases[k].firstPoint;
        if (start > pointCount)
            return SpcError{0, tr("phase %1 starts at point %2, after the last point (%3)")
                                   .arg(k + 1)
                                   .arg(start)
                                   .arg(pointCount)};
        if (start <= phases[k - 1].firstPoint)
            return SpcError{std::max(start, 0),
                            tr("phase %1 starts at point %2, which is not after the start of "
                               "phase %3 (point %4)")
                                .arg(k + 1)
                                .arg(start)
                                .arg(k)
                                .arg(phases[k - 1].firstPoint)};
    }
    return std::nullopt;
}

} // namespace Yardstick
