// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartservice.h"

#include "chartdata/dollarpareto.h"
#include "chartsource.h"
#include "surveys/servqual.h"
#include "surveys/servqualloader.h"
#include "workbench/workbench.h"

#include <algorithm>

namespace Yardstick {

namespace {

bool anyValue(const TrendChart &trend)
{
    return std::any_of(trend.series.cbegin(), trend.series.cend(), [](const TrendSeries &s) {
        return std::any_of(s.points.cbegin(), s.points.cend(),
                           [](const TrendPoint &p) { return p.value.has_value(); });
    });
}

} // namespace

ChartService::ChartService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

ChartResult ChartService::chart(const ChartRequest &request)
{
    if (request.kind == ChartKind::ServqualGaps || request.kind == ChartKind::ServqualQuadrant)
        return servqualChart(request);
    ChartSource source = ChartSource::load(m_workbench);
    return chart(request, source);
}

ChartResult ChartService::chart(const ChartRequest &request, ChartSource &source)
{
    const QString noData = tr("The workbench holds no data yet.");
    const QString noLetters = tr("This workbench holds no complaint letters yet.");
    switch (request.kind) {
    case ChartKind::Trend: {
        if (request.standards.isEmpty())
            return {std::nullopt, tr("Choose a standard to chart.")};
        TrendChart trend = buildTrendChart(
            {request.standards, request.period, request.from, request.to, source.programmeStart},
            source.data, source.phases, source.valueModels);
        if (!request.headline)
            trend.headline.clear();
        if (!anyValue(trend))
            return {AnyChart(trend), tr("There is no data to chart for these standards.")};
        return {AnyChart(trend), {}};
    }
    case ChartKind::ControlChart: {
        if (request.standards.isEmpty())
            return {std::nullopt, tr("Choose a standard to chart.")};
        StandardControlChartRequest control;
        control.standardId = request.standards.constFirst();
        control.kind = request.period;
        control.chartType = request.controlChartType;
        control.rules = request.rules;
        control.from = request.from;
        control.to = request.to;
        StandardControlChartResult built =
            buildStandardControlChart(control, source.data, source.phases);
        if (const QString *reason = std::get_if<QString>(&built))
            return {std::nullopt, *reason};
        return {AnyChart(std::get<StandardControlChart>(std::move(built))), {}};
    }
    case ChartKind::ComplaintsByService:
    case ChartKind::ComplaintsByDimension: {
        const ComplaintGrouping grouping = request.kind == ChartKind::ComplaintsByService
                                               ? ComplaintGrouping::Service
                                               : ComplaintGrouping::Dimension;
        ParetoChart pareto =
            complaintPareto(source.letters, source.reference, grouping, request.from, request.to);
        if (source.letters.isEmpty())
            return {AnyChart(pareto), noLetters};
        if (pareto.bars.isEmpty())
            return {AnyChart(pareto),
                    tr("There is nothing to rank: no letters or breaches in the range.")};
        return {AnyChart(pareto), {}};
    }
    case ChartKind::ComplaintsPerMonth: {
        ComplaintTrendChart perMonth = complaintTrend(source.letters, source.reference,
                                                      request.from, request.to, source.phases);
        if (source.letters.isEmpty())
            return {AnyChart(perMonth), noLetters};
        if (perMonth.total == 0)
            return {AnyChart(perMonth), tr("There are no complaint letters in the range.")};
        return {AnyChart(perMonth), {}};
    }
    case ChartKind::BreachedStandards: {
        const Scorecard &scorecard = source.scorecard(request.period, request.to);
        ParetoChart pareto = breachPareto(scorecard);
        if (!scorecard.period.isValid())
            return {AnyChart(pareto), noData};
        if (pareto.bars.isEmpty())
            return {AnyChart(pareto), tr("No standard was breached in the last %n period(s).",
                                         nullptr, Scorecard::kRecentPeriods)};
        return {AnyChart(pareto), {}};
    }
    case ChartKind::DollarsAtStake: {
        const Scorecard &scorecard = source.scorecard(request.period, request.to);
        if (!scorecard.period.isValid())
            return {std::nullopt, noData};
        ParetoChart pareto = dollarPareto(scorecard, source.valueModels);
        if (source.valueModels.isEmpty())
            return {AnyChart(pareto), tr("No standard has a value model yet: give one with "
                                         "Value Model… on the Standards page.")};
        if (pareto.bars.isEmpty())
            return {AnyChart(pareto), tr("Nothing is at stake: no standard with a value model "
                                         "misses its target in the period.")};
        return {AnyChart(pareto), {}};
    }
    case ChartKind::Heatmap: {
        const Scorecard &scorecard = source.scorecard(request.period, request.to);
        QList<qint64> rows = request.standards;
        const bool slipped =
            request.heatmapRows == HeatmapRows::SlippedUnlessTwoGiven && rows.size() < 2;
        if (slipped)
            rows = standardsThatSlipped(scorecard);
        HeatmapChart heatmap = buildHeatmap(scorecard, rows);
        if (!scorecard.period.isValid())
            return {AnyChart(heatmap), noData};
        // Without rows the heat map would show every standard: not what
        // "what slipped lately" asked for.
        if (slipped && rows.isEmpty())
            return {AnyChart(heatmap),
                    tr("Every standard met its target in each recent period; tick two or more "
                       "standards to see them anyway.")};
        return {AnyChart(heatmap), {}};
    }
    case ChartKind::Departments: {
        const Scorecard &scorecard = source.scorecard(request.period, request.to);
        DepartmentChart departments = buildDepartmentChart(scorecard, source.reference);
        if (!scorecard.period.isValid())
            return {AnyChart(departments), noData};
        if (departments.bars.isEmpty())
            return {AnyChart(departments),
                    tr("No department has standards with data in the period.")};
        return {AnyChart(departments), {}};
    }
    case ChartKind::ServqualGaps:
    case ChartKind::ServqualQuadrant:
        return servqualChart(request);
    }
    return {std::nullopt, {}};
}

// As the Surveys page draws them: the gap chart compares with the survey's
// previous wave when there is one.
ChartResult ChartService::servqualChart(const ChartRequest &request)
{
    const QStringList waves = servqualWaves(m_workbench);
    if (waves.isEmpty())
        return {std::nullopt, tr("The workbench has no survey answers to chart.")};
    if (!request.wave.isEmpty() && !waves.contains(request.wave))
        return {std::nullopt,
                tr("The workbench has no answers for the wave \"%1\".").arg(request.wave)};
    const ServqualInput input = loadServqualInput(m_workbench, request.wave);
    const ServqualResult result = analyseServqual(input);
    if (request.kind == ChartKind::ServqualQuadrant) {
        QuadrantChart quadrant = quadrantChart(result);
        if (quadrant.points.isEmpty())
            return {AnyChart(quadrant),
                    tr("The wave's items have no importance to place them by.")};
        return {AnyChart(quadrant), {}};
    }
    if (input.previousWave.isEmpty())
        return {AnyChart(servqualGapChart(result)), {}};
    const ServqualResult previous =
        analyseServqual(loadServqualInput(m_workbench, input.previousWave));
    return {AnyChart(servqualGapChart(result, &previous)), {}};
}

} // namespace Yardstick
