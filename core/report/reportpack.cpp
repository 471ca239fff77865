// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpack.h"

#include "storage/propertyrepository.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QCoreApplication>

#include <algorithm>

namespace Yardstick {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick::ReportPack", text);
}

int breachedInRecent(const ScorecardRow &row)
{
    return int(std::count_if(row.recent.cbegin(), row.recent.cend(), [](const PeriodValue &v) {
        return v.status == ComplianceStatus::Breached;
    }));
}

// The workbench's headline standards; without any, the first three standards
// with a value in the period, so a pack always opens with trends.
QList<qint64> headlineStandards(Workbench &workbench, const Scorecard &scorecard)
{
    const QStringList codes = workbench.properties()
                                  .value(QLatin1String(PropertyRepository::kHeadlineStandards))
                                  .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QList<qint64> ids;
    for (const QString &code : codes) {
        for (const ScorecardRow &row : scorecard.rows) {
            if (row.standard.code == code.trimmed())
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

    const ComplianceData data = ComplianceDataLoader::load(workbench);
    pack.reference = ReferenceData::load(workbench);
    const QList<ProcessPhase> phases = workbench.phases().all();
    const QList<ComplaintLetter> letters = workbench.letters().all();
    const QList<ValueModel> valueModels = workbench.valueModels().all();
    if (!step())
        return std::nullopt;

    ScorecardRequest scorecardRequest;
    scorecardRequest.kind = pack.kind;
    scorecardRequest.at = request.to;
    pack.scorecard = computeScorecard(data, scorecardRequest);
    pack.period = pack.scorecard.period;
    pack.from = request.from.isValid() ? request.from : data.earliestDataDay;
    pack.to = request.to.isValid() ? request.to : pack.period.end;
    if (!step())
        return std::nullopt;

    QList<qint64> headlines;
    if (pack.includes(ReportSection::HeadlineTrends))
        headlines = headlineStandards(workbench, pack.scorecard);
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

    for (qint64 id : headlines) {
        TrendChartRequest trend;
        trend.standardIds = {id};
        trend.kind = pack.kind;
        trend.from = request.from;
        trend.to = pack.to;
        pack.headlineTrends.append(buildTrendChart(trend, data, phases, valueModels));
        if (!step())
            return std::nullopt;
    }
    for (int i = 0; i < breached.size(); ++i) {
        BreachedStandard entry;
        entry.row = breached.at(i);
        if (i < charted) {
            StandardControlChartRequest chart;
            chart.standardId = entry.row.standard.id;
            chart.kind = pack.kind;
            chart.from = request.from;
            chart.to = pack.to;
            auto result = buildStandardControlChart(chart, data, phases);
            if (auto *built = std::get_if<StandardControlChart>(&result))
                entry.controlChart = *built;
            else
                entry.chartUnavailable = std::get<QString>(result);
            if (!step())
                return std::nullopt;
        }
        pack.breached.append(entry);
    }
    pack.breachedNotCharted = int(breached.size()) - charted;

    if (pack.includes(ReportSection::ComplaintsPareto) && !letters.isEmpty())
        pack.complaints = complaintPareto(letters, pack.reference, ComplaintGrouping::Service,
                                          request.from, pack.to);
    if (pack.includes(ReportSection::ComplaintsPerMonth) && !letters.isEmpty()) {
        ComplaintTrendChart perMonth =
            complaintTrend(letters, pack.reference, request.from, pack.to, phases);
        if (perMonth.total > 0)
            pack.complaintsPerMonth = std::move(perMonth);
    }
    if (pack.includes(ReportSection::Heatmap))
        pack.heatmap = buildHeatmap(pack.scorecard, standardsThatSlipped(pack.scorecard));
    if (pack.includes(ReportSection::Departments))
        pack.departments = buildDepartmentChart(pack.scorecard, pack.reference);
    if (!step())
        return std::nullopt;
    return pack;
}

} // namespace Yardstick
