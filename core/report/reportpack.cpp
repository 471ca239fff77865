// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpack.h"

#include "storage/propertyrepository.h"
#include "usecases/chartservice.h"
#include "usecases/chartsource.h"
#include "workbench/workbench.h"

#include <QCoreApplication>

#include <algorithm>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

int breachedInRecent(const ScorecardRow &row)
{
    return int(std::count_if(row.recent.cbegin(), row.recent.cend(), [](const PeriodValue &v) {
        return v.status == ComplianceStatus::Breached;
    }));
}

// The workbench's headline standards; without any, the first three standards
// with a value in the period, so a pack always opens with trends.
QList<qint64> headlineStandards(const QStringList &codes, const Scorecard &scorecard)
{
    QList<qint64> ids;
    for (const QString &code : codes) {
        for (const ScorecardRow &row : scorecard.rows) {
            if (row.standard.code == code)
                ids.append(row.standard.id);
        }
    }
    if (!codes.isEmpty())
        return ids;
    for (const ScorecardRow &row : scorecard.rows) {
        if (ids.size() == 3)
            break;
        if (row.current.value)
            ids.append(row.standard.id);
    }
    return ids;
}

} // namespace

std::optional<ReportPack> buildReportPack(Workbench &workbench, const ReportRequest &request,
                                          const std::function<bool(int done, int total)> &progress)
{
    ReportPack pack;
    pack.reportTemplate = request.reportTemplate;
    pack.kind = request.reportTemplate.periodKind;
    pack.title = request.reportTemplate.title.isEmpty() ? tr("Service quality report")
                                                        : request.reportTemplate.title;
    pack.organisation =
        workbench.properties().value(QLatin1String(PropertyRepository::kOrganisation));
    pack.workbenchTitle = workbench.title();
    pack.generatedOn = QDate::currentDate();

    int done = 0;
    int total = 3;
    auto step = [&]() {
        return !progress || progress(++done, total);
    };

    // Every chart of the pack is drawn by ChartService from one reading.
    ChartService &charts = workbench.charts();
    ChartSource source = ChartSource::load(workbench);
    pack.reference = source.reference;
    if (!step())
        return std::nullopt;

    pack.scorecard = source.scorecard(pack.kind, request.to);
    pack.period = pack.scorecard.period;
    pack.from = request.from.isValid() ? request.from : source.data.earliestDataDay;
    pack.to = request.to.isValid() ? request.to : pack.period.end;
    if (!step())
        return std::nullopt;

    QList<qint64> headlines;
    if (pack.includes(ReportSection::HeadlineTrends))
        headlines = headlineStandards(source.headlineCodes, pack.scorecard);
    QList<ScorecardRow> breached;
    if (pack.includes(ReportSection::BreachedControlCharts)) {
        for (const ScorecardRow &row : pack.scorecard.rows) {
            if (row.current.status == ComplianceStatus::Breached)
                breached.append(row);
        }
        std::stable_sort(breached.begin(), breached.end(),
                         [](const ScorecardRow &a, const ScorecardRow &b) {
                             return breachedInRecent(a) > breachedInRecent(b);
                         });
    }
    const int charted =
        int(std::min<qsizetype>(breached.size(), pack.reportTemplate.maxControlCharts));
    total += int(headlines.size()) + charted;

    ChartRequest chart;
    chart.period = pack.kind;
    chart.from = request.from;
    chart.to = pack.to;
    for (qint64 id : headlines) {
        chart.kind = ChartKind::Trend;
        chart.standards = {id};
        // A headline standard gets its page even before it has data.
        const ChartResult trend = charts.chart(chart, source);
        pack.headlineTrends.append(std::get<TrendChart>(*trend.chart));
        if (!step())
            return std::nullopt;
    }
    for (int i = 0; i < breached.size(); ++i) {
        BreachedStandard entry;
        entry.row = breached.at(i);
        if (i < charted) {
            chart.kind = ChartKind::ControlChart;
            chart.standards = {entry.row.standard.id};
            const ChartResult result = charts.chart(chart, source);
            if (const AnyChart *built = result.drawable())
                entry.controlChart = std::get<StandardControlChart>(*built);
            else
                entry.chartUnavailable = result.emptyReason;
            if (!step())
                return std::nullopt;
        }
        pack.breached.append(entry);
    }
    pack.breachedNotCharted = int(breached.size()) - charted;

    // The Pareto of a workbench with letters is printed even when none fall
    // in the range; the other summaries whenever they could be computed.
    chart.standards.clear();
    if (pack.includes(ReportSection::ComplaintsPareto) && !source.letters.isEmpty()) {
        chart.kind = ChartKind::ComplaintsByService;
        const ChartResult pareto = charts.chart(chart, source);
        pack.complaints = std::get<ParetoChart>(*pareto.chart);
    }
    if (pack.includes(ReportSection::ComplaintsPerMonth)) {
        chart.kind = ChartKind::ComplaintsPerMonth;
        const ChartResult perMonth = charts.chart(chart, source);
        if (const AnyChart *drawn = perMonth.drawable())
            pack.complaintsPerMonth = std::get<ComplaintTrendChart>(*drawn);
    }
    // The scorecard charts judge the pack's period: the one holding request.to.
    chart.to = request.to;
    if (pack.includes(ReportSection::Heatmap)) {
        chart.kind = ChartKind::Heatmap;
        // What slipped lately; every standard when nothing did.
        chart.standards = standardsThatSlipped(pack.scorecard);
        const ChartResult heatmap = charts.chart(chart, source);
        pack.heatmap = std::get<HeatmapChart>(*heatmap.chart);
        chart.standards.clear();
    }
    if (pack.includes(ReportSection::Departments)) {
        chart.kind = ChartKind::Departments;
        const ChartResult departments = charts.chart(chart, source);
        pack.departments = std::get<DepartmentChart>(*departments.chart);
    }
    if (!step())
        return std::nullopt;
    return pack;
}

} // namespace Yardstick
