// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlchart.h"

#include "spc/pointlimits.h"
#include "spc/processestimate.h"
#include "spc/spcdatacheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace Yardstick {

namespace {

// One stretch of the chart with its own limits: `limitsFrom` are the points
// whose data may set them, `covers` the points drawn against them.
struct PhasePlan
{
    PointRange limitsFrom;
    PointRange covers;
    std::optional<KnownParameters> known;
};

std::size_t position(int point)
{
    return static_cast<std::size_t>(point - 1);
}

// The chart's length as the kind reads the data (subgroups for X-bar charts).
int pointsOf(ControlChartType kind, const SpcObservations &data)
{
    const bool subgrouped = kind == ControlChartType::XbarR || kind == ControlChartType::XbarS;
    return static_cast<int>(subgrouped ? data.subgroups.size() : data.values.size());
}

bool contains(const PointRange &range, int point)
{
    return point >= range.first && point <= range.last;
}

std::vector<std::size_t> basisOf(const PointRange &range, const std::vector<bool> &excluded)
{
    std::vector<std::size_t> basis;
    for (int point = range.first; point <= range.last; ++point) {
        if (!excluded[position(point)])
            basis.push_back(position(point));
    }
    return basis;
}

ChartPoint chartPoint(int index, double value, const PointLimits &limits)
{
    ChartPoint point;
    point.index = index;
    point.value = value;
    point.center = limits.center;
    point.lcl = limits.lcl;
    point.ucl = limits.ucl;
    point.standardError = limits.standardError;
    return point;
}

// The zone rules run over the plan's own stretch of points only.
void applyZoneRules(std::vector<ChartPoint> &points, std::size_t first, RuleSet rules)
{
    std::vector<RulePoint> rulePoints;
    for (std::size_t i = first; i < points.size(); ++i)
        rulePoints.push_back({points[i].value, points[i].center, points[i].standardError});
    const std::vector<QStringList> found = evaluateRunRules(rulePoints, rules);
    for (std::size_t k = 0; k < found.size(); ++k)
        points[first + k].brokenRules = found[k];
}

// Ranges and standard deviations are skewed, so the zone rules, which assume
// a symmetric distribution around the centre line, would misfire on them:
// the dispersion chart only gets rule 1, a point beyond its limits, under the
// name rule 1 has in the selected set.
void applyBeyondLimits(std::vector<ChartPoint> &points, std::size_t first, RuleSet rules)
{
    const QStringList names = ruleNames(rules);
    if (names.isEmpty())
        return;
    for (std::size_t i = first; i < points.size(); ++i) {
        if (points[i].value > points[i].ucl || points[i].value < points[i].lcl)
            points[i].brokenRules = QStringList{names.first()};
    }
}

void addPlanPoints(ControlChartType kind, const SpcObservations &data, const PhasePlan &plan,
                   const ProcessParameters &process, const std::vector<bool> &excluded,
                   const PointRange &phase1, RuleSet rules, ControlChart &chart)
{
    const std::size_t primaryStart = chart.primary.points.size();
    const std::size_t dispersionStart = chart.dispersion ? chart.dispersion->points.size() : 0;
    for (int point = plan.covers.first; point <= plan.covers.last; ++point) {
        const std::size_t i = position(point);
        ChartPoint primary =
            chartPoint(point, primaryValue(kind, data, i), primaryLimits(kind, process, data, i));
        primary.inPhase1 = contains(phase1, point);
        primary.excluded = excluded[i];
        chart.primary.points.push_back(primary);

        const std::optional<double> spread = dispersionValue(kind, data, i);
        // A moving range into a phase's first point measures the step between
        // phases, not the variation within one: each phase's MR line starts
        // at its second point.
        const bool acrossPhases =
            kind == ControlChartType::IndividualsMovingRange && point == plan.covers.first;
        if (!chart.dispersion || !spread || acrossPhases)
            continue;
        ChartPoint dispersion =
            chartPoint(point, *spread, dispersionLimits(kind, process, data, i));
        // A moving range joins two points: it counts as phase I only when
        // both are, and as excluded when either is (it then left the
        // estimate).
        const bool movingRange = kind == ControlChartType::IndividualsMovingRange;
        dispersion.inPhase1 = primary.inPhase1 && (!movingRange || contains(phase1, point - 1));
        dispersion.excluded = primary.excluded || (movingRange && excluded[i - 1]);
        chart.dispersion->points.push_back(dispersion);
    }
    applyZoneRules(chart.primary.points, primaryStart, rules);
    if (chart.dispersion)
        applyBeyondLimits(chart.dispersion->points, dispersionStart, rules);
}

// A line is reported once when every point shares it, else left empty for
// the per-point values.
void setSharedLines(ChartSeries &series)
{
    if (series.points.empty())
        return;
    const ChartPoint &first = series.points.front();
    const auto shared = [&](double ChartPoint::*member) -> std::optional<double> {
        const bool same =
            std::all_of(series.points.begin(), series.points.end(),
                        [&](const ChartPoint &p) { return p.*member == first.*member; });
        return same ? std::optional<double>(first.*member) : std::nullopt;
    };
    series.center = shared(&ChartPoint::center);
    series.lcl = shared(&ChartPoint::lcl);
    series.ucl = shared(&ChartPoint::ucl);
}

ControlChartResult computePlanned(ControlChartType kind, const SpcObservations &data,
                                  const std::vector<PhasePlan> &plans,
                                  const std::vector<int> &excludedPoints, RuleSet rules,
                                  const PointRange &phase1)
{
    const int count = pointsOf(kind, data);
    std::vector<bool> excluded(static_cast<std::size_t>(count), false);
    for (const int point : excludedPoints)
        excluded[position(point)] = true;

    ControlChart chart;
    chart.kind = kind;
    chart.phase1 = phase1;
    chart.rules = rules;
    chart.primary.chart = controlChartTypeKey(kind);
    if (const QString key = dispersionChartKey(kind); !key.isEmpty())
        chart.dispersion = ChartSeries{key, {}, {}, {}, {}};

    for (std::size_t k = 0; k < plans.size(); ++k) {
        const PhasePlan &plan = plans[k];
        const auto estimated =
            estimateProcess(kind, data, basisOf(plan.limitsFrom, excluded), plan.known);
        if (const SpcError *error = std::get_if<SpcError>(&estimated)) {
            if (plans.size() == 1)
                return *error;
            // Point at the phase, whose start the user chose.
            return SpcError{plan.covers.first,
                            QCoreApplication::translate("Yardstick::Spc", "phase %1: %2")
                                .arg(k + 1)
                                .arg(error->message)};
        }
        const ProcessParameters &process = std::get<ProcessParameters>(estimated);
        if (k == 0)
            chart.sigma = process.sigma;
        addPlanPoints(kind, data, plan, process, excluded, phase1, rules, chart);
    }
    setSharedLines(chart.primary);
    if (chart.dispersion)
        setSharedLines(*chart.dispersion);
    return chart;
}

} // namespace

QString controlChartTypeKey(ControlChartType kind)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return QStringLiteral("imr");
    case ControlChartType::XbarR:
        return QStringLiteral("xbar-r");
    case ControlChartType::XbarS:
        return QStringLiteral("xbar-s");
    case ControlChartType::P:
        return QStringLiteral("p");
    case ControlChartType::Np:
        return QStringLiteral("np");
    case ControlChartType::C:
        return QStringLiteral("c");
    case ControlChartType::U:
        break;
    }
    return QStringLiteral("u");
}

std::optional<ControlChartType> controlChartTypeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const ControlChartType kind :
         {ControlChartType::IndividualsMovingRange, ControlChartType::XbarR,
          ControlChartType::XbarS, ControlChartType::P, ControlChartType::Np, ControlChartType::C,
          ControlChartType::U}) {
        if (k == controlChartTypeKey(kind))
            return kind;
    }
    return std::nullopt;
}

bool isAttributeChart(ControlChartType kind)
{
    return kind == ControlChartType::P || kind == ControlChartType::Np ||
           kind == ControlChartType::C || kind == ControlChartType::U;
}

QString dispersionChartKey(ControlChartType kind)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return QStringLiteral("mr");
    case ControlChartType::XbarR:
        return QStringLiteral("r");
    case ControlChartType::XbarS:
        return QStringLiteral("s");
    case ControlChartType::P:
    case ControlChartType::Np:
    case ControlChartType::C:
    case ControlChartType::U:
        break;
    }
    return {};
}

int SpcObservations::pointCount() const
{
    return static_cast<int>(subgroups.empty() ? values.size() : subgroups.size());
}

int minimumPoints(ControlChartType kind)
{
    // I-MR needs two points for one moving range, X-bar charts two subgroups
    // so that the grand mean is not a single subgroup's; an attribute chart's
    // centre already pools every item of one sample.
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        return 2;
    case ControlChartType::P:
    case ControlChartType::Np:
    case ControlChartType::C:
    case ControlChartType::U:
        break;
    }
    return 1;
}

ControlChartResult computeControlChart(const ControlChartRequest &request)
{
    const ControlChartType kind = request.kind;
    if (std::optional<SpcError> error = checkObservations(kind, request.data))
        return *error;
    const int count = pointsOf(kind, request.data);
    const PointRange all{1, count};
    const PointRange phase1 = request.phase1.value_or(all);
    if (std::optional<SpcError> error = checkPhase1(phase1, count))
        return *error;
    if (std::optional<SpcError> error = checkExcluded(request.excluded, count))
        return *error;
    if (request.known) {
        if (std::optional<SpcError> error = checkKnownParameters(kind, *request.known))
            return *error;
    }
    return computePlanned(kind, request.data, {{phase1, all, request.known}}, request.excluded,
                          request.rules, phase1);
}

ControlChartResult computePhasedControlChart(ControlChartType kind, const SpcObservations &data,
                                             const std::vector<ChartPhase> &phases,
                                             const std::vector<int> &excluded, RuleSet rules)
{
    if (std::optional<SpcError> error = checkObservations(kind, data))
        return *error;
    const int count = pointsOf(kind, data);
    if (std::optional<SpcError> error = checkPhaseStarts(phases, count))
        return *error;
    if (std::optional<SpcError> error = checkExcluded(excluded, count))
        return *error;
    std::vector<PhasePlan> plans;
    for (std::size_t k = 0; k < phases.size(); ++k) {
        if (phases[k].known) {
            if (std::optional<SpcError> error = checkKnownParameters(kind, *phases[k].known))
                return *error;
        }
        const int last = k + 1 < phases.size() ? phases[k + 1].firstPoint - 1 : count;
        const PointRange range{phases[k].firstPoint, last};
        plans.push_back({range, range, phases[k].known});
    }
    return computePlanned(kind, data, plans, excluded, rules, plans.front().covers);
}

} // namespace Yardstick
