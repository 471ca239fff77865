// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcontrolchart.h"

#include "analysis/complaintrate.h"
#include "analysis/standardseries.h"
#include "chartdata/trendchart.h"

#include <QCoreApplication>

#include <cmath>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

bool isTurnaround(const Standard &standard)
{
    return standard.metric == Metric::TurnaroundDays || standard.metric == Metric::TurnaroundHours;
}

// Values that are shares of cases: a percentage metric, or the share of
// cases completed within N days.
bool isShareOfCases(const Standard &standard)
{
    return metricIsPercentage(standard.metric) ||
           standard.statistic.kind == Statistic::Kind::ShareWithin;
}

QString chartDisplayName(ControlChartType kind)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return tr("Individuals and moving range");
    case ControlChartType::XbarR:
        return tr("X-bar and range");
    case ControlChartType::XbarS:
        return tr("X-bar and standard deviation");
    case ControlChartType::P:
        return tr("p (proportion)");
    case ControlChartType::Np:
        return tr("np (number)");
    case ControlChartType::C:
        return tr("c (count)");
    case ControlChartType::U:
        return tr("u (rate per unit)");
    }
    return {};
}

struct ChartInput
{
    QList<Period> periods;
    SpcObservations observations;
    std::optional<double> target;
};

// The observations a chart of the given kind reads from the standard's
// periods that have data, or why that chart cannot be drawn for it.
std::variant<ChartInput, QString> observationsFor(ControlChartType kind, const Standard &standard,
                                                  const ComplianceData &data,
                                                  const QList<Period> &periods)
{
    ChartInput input;
    const QList<PeriodValue> values = standardSeries(standard, data, periods);
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        for (const PeriodValue &value : values) {
            if (!value.value)
                continue;
            input.periods.append(value.period);
            input.observations.values.push_back(*value.value);
        }
        input.target = standard.target();
        return input;
    case ControlChartType::P:
    case ControlChartType::Np:
        if (!isShareOfCases(standard))
            return tr("A %1 chart charts shares of cases; %2 is not one.")
                .arg(controlChartTypeKey(kind), standard.code);
        for (const PeriodValue &value : values) {
            if (!value.value)
                continue;
            if (!value.n || *value.n <= 0)
                return tr("A %1 chart needs the number of cases behind each value; %2 "
                          "has a period without it (%3).")
                    .arg(controlChartTypeKey(kind), standard.code,
                         value.period.start.toString(Qt::ISODate));
            input.periods.append(value.period);
            // The share counts the cases that meet the standard ("defectives"
            // in SPC's words are here the cases counted by the share).
            input.observations.values.push_back(
                std::round(*value.value / 100.0 * double(*value.n)));
            input.observations.sizes.push_back(double(*value.n));
        }
        if (kind == ControlChartType::P)
            input.target = standard.target() / 100.0;
        return input;
    case ControlChartType::XbarS:
    case ControlChartType::XbarR: {
        if (!isTurnaround(standard) || valueSourceOf(standard, data) != ValueSource::Cases)
            return tr("X-bar charts need the individual cases of a turnaround standard; %1 has "
                      "none. Chart its period values as individuals instead.")
                .arg(standard.code);
        if (kind == ControlChartType::XbarR)
            return tr("An X-bar and range chart suits subgroups of at most 25; a period holds "
                      "more cases than that. Use X-bar and standard deviation.");
        CaseValueCache cache;
        const CaseValueCache::Buckets &buckets = cache.buckets(standard, data, periods);
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const std::vector<double> &bucket = buckets[std::size_t(i)];
            if (bucket.size() < 2)
                continue;
            input.periods.append(periods.at(i));
            input.observations.subgroups.push_back(bucket);
        }
        input.target = standard.statistic.kind == Statistic::Kind::Mean
                           ? std::optional<double>(standard.target())
                           : std::nullopt;
        return input;
    }
    case ControlChartType::C:
    case ControlChartType::U:
        if (standard.metric != Metric::CountPer1000)
            break;
        // A rate per 1,000 with the number of units behind it gives back the
        // count of events; the u chart's unit is then 1,000 of them.
        for (const PeriodValue &value : values) {
            if (!value.value)
                continue;
            if (!value.n || *value.n <= 0)
                return tr("A %1 chart needs the number of units behind each rate; %2 has a "
                          "period without it (%3).")
                    .arg(controlChartTypeKey(kind), standard.code,
                         value.period.start.toString(Qt::ISODate));
            input.periods.append(value.period);
            const double thousands = double(*value.n) / 1000.0;
            input.observations.values.push_back(std::round(*value.value * thousands));
            input.observations.sizes.push_back(thousands);
        }
        if (kind == ControlChartType::U)
            input.target = standard.target();
        return input;
    }
    return tr("A %1 chart needs counts of events, which %2 does not record.")
        .arg(controlChartTypeKey(kind), standard.code);
}

// Each recorded change rebases the chart from the first point whose period
// starts on or after it (as on the trend chart); a change before the first
// point sets the first phase's name and fixed limits.
QList<ControlChartPhase> phasesOnPoints(const QList<Period> &periods,
                                        const QList<ProcessPhase> &changes,
                                        std::vector<ChartPhase> &spcPhases)
{
    QList<ControlChartPhase> phases;
    phases.append({1, periods.first().start, tr("Baseline"), QString(), false});
    spcPhases.assign(1, ChartPhase{1, std::nullopt});
    for (const ProcessPhase &change : changes) {
        int first = 0;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            if (periods.at(i).start >= change.startsOn) {
                first = int(i) + 1;
                break;
            }
        }
        if (first == 0)
            continue; // after the last point
        std::optional<KnownParameters> known;
        if (change.fixedCenter)
            known = KnownParameters{*change.fixedCenter, change.fixedSigma};
        const ControlChartPhase phase{first, change.startsOn, change.label, change.reason,
                                      known.has_value()};
        if (phases.last().firstPoint == first) {
            phases.last() = phase; // a later change at the same point wins
            spcPhases.back() = {first, known};
        } else {
            phases.append(phase);
            spcPhases.push_back({first, known});
        }
    }
    return phases;
}

QList<ComplaintMarker> complaintMarkers(const Standard &standard, const QList<Period> &periods,
                                        const ComplianceData &data)
{
    QList<ComplaintMarker> markers;
    const QList<int> counts = linkedComplaintCounts(standard, data, periods);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            markers.append({int(i) + 1, counts.at(i)});
    }
    return markers;
}

void listSignals(StandardControlChart &result, PeriodKind kind)
{
    auto addFrom = [&](const ChartSeries &series, bool dispersion) {
        for (const ChartPoint &point : series.points) {
            for (const QString &rule : point.brokenRules) {
                QString meaning = ruleMeaning(rule);
                if (dispersion)
                    meaning = tr("%1 (on the %2 chart)").arg(meaning, series.chart.toUpper());
                result.signalList.append({point.index,
                                          periodLabel(kind, result.periods.at(point.index - 1)),
                                          rule, meaning});
            }
        }
    };
    addFrom(result.chart.primary, false);
    if (result.chart.dispersion)
        addFrom(*result.chart.dispersion, true);
}

} // namespace

ControlChartType suggestedControlChartType(const Standard &standard, const ComplianceData &data)
{
    const bool rate = standard.metric == Metric::CountPer1000;
    if (!isShareOfCases(standard) && !rate)
        return ControlChartType::IndividualsMovingRange;
    const QList<Period> periods =
        periodsBetween(PeriodKind::Month, data.earliestDataDay, data.latestDataDay);
    bool anyValue = false;
    for (const PeriodValue &value : standardSeries(standard, data, periods)) {
        if (!value.value)
            continue;
        anyValue = true;
        if (!value.n || *value.n <= 0)
            return ControlChartType::IndividualsMovingRange;
    }
    if (!anyValue)
        return ControlChartType::IndividualsMovingRange;
    return rate ? ControlChartType::U : ControlChartType::P;
}

StandardControlChartResult buildStandardControlChart(const StandardControlChartRequest &request,
                                                     const ComplianceData &data,
                                                     const QList<ProcessPhase> &phases)
{
    const Standard *standard = nullptr;
    for (const Standard &candidate : data.standards) {
        if (candidate.id == request.standardId)
            standard = &candidate;
    }
    if (!standard)
        return tr("The standard is not in the workbench.");
    if (!data.earliestDataDay.isValid())
        return tr("The workbench holds no data yet.");

    const QDate first = request.from.isValid() ? request.from : data.earliestDataDay;
    const QDate last = request.to.isValid() ? request.to : data.latestDataDay;
    if (last < first)
        return tr("The chart's range ends before it starts.");
    const ControlChartType kind =
        request.chartType.value_or(suggestedControlChartType(*standard, data));
    auto input = observationsFor(kind, *standard, data, periodsBetween(request.kind, first, last));
    if (const QString *error = std::get_if<QString>(&input))
        return *error;
    ChartInput &chartInput = std::get<ChartInput>(input);
    if (chartInput.periods.isEmpty())
        return tr("%1 has no values in the chosen range.").arg(standard->code);

    StandardControlChart result;
    result.standardId = standard->id;
    result.code = standard->code;
    result.unit = kind == ControlChartType::P   ? tr("proportion")
                  : kind == ControlChartType::U ? tr("per 1,000")
                                                : standard->unit;
    result.kind = request.kind;
    result.periods = chartInput.periods;
    result.target = chartInput.target;
    std::vector<ChartPhase> spcPhases;
    result.phases = phasesOnPoints(result.periods, phasesFor(standard->id, phases), spcPhases);

    ControlChartResult computed =
        computePhasedControlChart(kind, chartInput.observations, spcPhases, {}, request.rules);
    if (const SpcError *error = std::get_if<SpcError>(&computed)) {
        if (error->point >= 1 && error->point <= result.periods.size())
            return tr("%1: %2").arg(periodLabel(request.kind, result.periods.at(error->point - 1)),
                                    error->message);
        return error->message;
    }
    result.chart = std::get<ControlChart>(computed);
    result.complaints = complaintMarkers(*standard, result.periods, data);
    listSignals(result, request.kind);

    result.title = standard->title;
    result.subtitle = tr("%1 chart of %2, %3 to %4")
                          .arg(chartDisplayName(kind), standard->code,
                               periodLabel(request.kind, result.periods.first()),
                               periodLabel(request.kind, result.periods.last()));
    result.source = valueSourceOf(*standard, data) == ValueSource::Cases
                        ? tr("Source: case records")
                        : tr("Source: measurements");
    return result;
}

} // namespace Yardstick
