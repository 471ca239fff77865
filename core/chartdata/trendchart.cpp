// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchart.h"

#include "analysis/headlinebaseline.h"
#include "analysis/standardseries.h"
#include "analysis/statistics.h"
#include "costofdelay/costofdelay.h"
#include "costofdelay/money.h"
#include "model/valueformat.h"

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

const Standard *standardById(const ComplianceData &data, qint64 id)
{
    for (const Standard &standard : data.standards) {
        if (standard.id == id)
            return &standard;
    }
    return nullptr;
}

QString periodAdjective(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return tr("Weekly");
    case PeriodKind::Month:
        return tr("Monthly");
    case PeriodKind::Quarter:
        return tr("Quarterly");
    }
    return {};
}

// The first and last day with a value among the standard's series over the
// whole data range.
Period dataSpan(const QList<PeriodValue> &values)
{
    Period span;
    for (const PeriodValue &value : values) {
        if (!value.value)
            continue;
        if (!span.start.isValid())
            span.start = value.period.start;
        span.end = value.period.end;
    }
    return span;
}

// Splits the points at the phase changes. A change takes effect from the
// first period that starts on or after its date: a period the change falls
// inside still shows the old process, so no phase mean mixes the two.
QList<TrendPhase> splitIntoPhases(const QList<TrendPoint> &points,
                                  const QList<ProcessPhase> &changes)
{
    QList<TrendPhase> phases;
    if (points.isEmpty())
        return phases;
    auto changeInForce = [&](const Period &period) -> const ProcessPhase * {
        const ProcessPhase *found = nullptr;
        for (const ProcessPhase &change : changes) {
            if (change.startsOn <= period.start)
                found = &change;
        }
        return found;
    };
    const ProcessPhase *current = changeInForce(points.first().period);
    int first = 0;
    auto close = [&](int last) {
        TrendPhase phase;
        phase.label = current ? current->label : tr("Baseline");
        phase.reason = current ? current->reason : QString();
        phase.firstPoint = first;
        phase.lastPoint = last;
        phase.span = {points.at(first).period.start, points.at(last).period.end};
        std::vector<double> values;
        for (int i = first; i <= last; ++i) {
            if (points.at(i).value)
                values.push_back(*points.at(i).value);
        }
        if (!values.empty())
            phase.mean = Statistics::mean(values);
        phases.append(phase);
    };
    for (int i = 1; i < points.size(); ++i) {
        const ProcessPhase *inForce = changeInForce(points.at(i).period);
        if (inForce != current) {
            close(i - 1);
            current = inForce;
            first = i;
        }
    }
    close(int(points.size()) - 1);
    return phases;
}

TrendSeries seriesFor(const Standard &standard, const ComplianceData &data,
                      const QList<Period> &periods, const QList<ProcessPhase> &changes)
{
    TrendSeries series;
    series.standardId = standard.id;
    series.code = standard.code;
    series.title = standard.title;
    series.unit = standard.unit;
    series.direction = standard.direction;
    for (const PeriodValue &value : standardSeries(standard, data, periods)) {
        series.points.append(
            {value.period, value.value, value.n, value.target, value.threshold, value.status});
    }
    series.phases = splitIntoPhases(series.points, changes);
    return series;
}

// The headline's two ends: the standard's baseline (headlinebaseline.h, the
// same "before" as the dashboard tile's) and the last period's value.
// Without a programme start or process change there is no baseline, and the
// headline runs from the chart's first value.
std::optional<std::pair<double, double>>
headlineEnds(const Standard &standard, const TrendSeries &series, const ComplianceData &data,
             PeriodKind kind, const QList<ProcessPhase> &phases, QDate programmeStart)
{
    std::optional<double> from;
    const QDate end = baselineEnd(standard.id, phases, programmeStart);
    if (end.isValid()) {
        from = headlineBaseline(standard, data, kind, end).value;
    } else {
        for (const TrendPoint &point : series.points) {
            if (point.value) {
                from = point.value;
                break;
            }
        }
    }
    std::optional<double> to;
    for (auto it = series.points.crbegin(); it != series.points.crend(); ++it) {
        if (it->value) {
            to = it->value;
            break;
        }
    }
    if (!from || !to)
        return std::nullopt;
    return std::pair(*from, *to);
}

QString valueNoteFor(const Standard &standard, const QList<ValueModel> &valueModels,
                     const std::optional<std::pair<double, double>> &ends)
{
    const std::optional<ValueModel> model = valueModelFor(standard.id, valueModels);
    if (!model || !ends)
        return {};
    const std::optional<ValueOfChange> change =
        valueOfChange(standard, *model, ends->first, ends->second);
    if (!change)
        return {};
    const QString days = ValueFormat::number(std::abs(change->daysSaved), QStringLiteral("days"));
    const QString cases = ValueFormat::count(qint64(std::llround(model->casesPerYear)));
    const QString perDay = formatMoney(model->valuePerDay);
    if (change->daysSaved >= 0)
        //: %1 money a year, %2 days, %3 cases a year, %4 money per case and day
        return tr("Worth %1 a year: %2 days sooner on %3 cases at %4 a day")
            .arg(formatMoney(change->annualValue), days, cases, perDay);
    //: %1 money a year (a loss), %2 days, %3 cases a year, %4 money per case and day
    return tr("Costs %1 a year: %2 days later on %3 cases at %4 a day")
        .arg(formatMoney(-change->annualValue), days, cases, perDay);
}

QString sourceName(const QList<Standard> &standards, const ComplianceData &data)
{
    bool cases = false;
    bool measurements = false;
    for (const Standard &standard : standards) {
        const ValueSource source = valueSourceOf(standard, data);
        cases = cases || source == ValueSource::Cases;
        measurements = measurements || source == ValueSource::Measurements;
    }
    if (cases && measurements)
        return tr("case records and measurements");
    return cases ? tr("case records") : tr("measurements");
}

} // namespace

QList<ProcessPhase> phasesFor(qint64 standardId, const QList<ProcessPhase> &phases)
{
    QList<ProcessPhase> result;
    for (const ProcessPhase &phase : phases) {
        if (!phase.standardId || *phase.standardId == standardId)
            result.append(phase);
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const ProcessPhase &a, const ProcessPhase &b) { return a.startsOn < b.startsOn; });
    return result;
}

QString headlineText(double from, double to, const QString &unit)
{
    // The dashboard tile's rule and rounding (ValueFormat), so a meeting
    // sees one "before" and one "now".
    //: The headline of a trend chart, e.g. "35.2 → 15.0 days"
    return tr("%1 → %2").arg(ValueFormat::number(from, unit), ValueFormat::value(to, unit));
}

TrendChart buildTrendChart(const TrendChartRequest &request, const ComplianceData &data,
                           const QList<ProcessPhase> &phases, const QList<ValueModel> &valueModels)
{
    TrendChart chart;
    chart.kind = request.kind;
    QList<Standard> standards;
    for (qint64 id : request.standardIds) {
        if (const Standard *standard = standardById(data, id))
            standards.append(*standard);
    }
    if (standards.isEmpty() || !data.earliestDataDay.isValid())
        return chart;

    // The range: as asked, or the span of the standards' data.
    const QList<Period> everything =
        periodsBetween(request.kind, data.earliestDataDay, data.latestDataDay);
    QDate first = request.from;
    QDate last = request.to;
    if (!first.isValid() || !last.isValid()) {
        QDate dataFirst;
        QDate dataLast;
        for (const Standard &standard : standards) {
            const Period span = dataSpan(standardSeries(standard, data, everything));
            if (!span.start.isValid())
                continue;
            if (!dataFirst.isValid() || span.start < dataFirst)
                dataFirst = span.start;
            if (!dataLast.isValid() || span.end > dataLast)
                dataLast = span.end;
        }
        if (!first.isValid())
            first = dataFirst;
        if (!last.isValid())
            last = dataLast;
    }
    if (!first.isValid() || !last.isValid() || last < first)
        return chart;
    const QList<Period> periods = periodsBetween(request.kind, first, last);

    QList<ProcessPhase> allChanges;
    for (const Standard &standard : standards) {
        const QList<ProcessPhase> changes = phasesFor(standard.id, phases);
        chart.series.append(seriesFor(standard, data, periods, changes));
        for (const ProcessPhase &change : changes) {
            if (!allChanges.contains(change))
                allChanges.append(change);
        }
    }
    for (const ProcessPhase &change : phasesFor(-1, allChanges)) {
        if (change.startsOn > periods.first().start && change.startsOn <= periods.last().end)
            chart.annotations.append({change.startsOn, change.label, change.reason});
    }

    const TrendSeries &lead = chart.series.first();
    const auto ends =
        headlineEnds(standards.first(), lead, data, request.kind, phases, request.programmeStart);
    if (ends)
        chart.headline = headlineText(ends->first, ends->second, lead.unit);
    if (standards.size() == 1) {
        chart.title = lead.title;
        const Standard &standard = standards.first();
        chart.subtitle =
            tr("%1 %2 (%3); target %4, threshold %5")
                .arg(periodAdjective(request.kind), standard.statistic.displayName().toLower(),
                     standard.code,
                     ValueFormat::bound(standard.direction, standard.target(), standard.unit),
                     ValueFormat::bound(standard.direction, standard.threshold(), standard.unit));
        chart.valueNote = valueNoteFor(standard, valueModels, ends);
        if (!chart.valueNote.isEmpty())
            //: The trend chart's subtitle followed by what the change is worth
            chart.subtitle = tr("%1. %2").arg(chart.subtitle, chart.valueNote);
    } else {
        QStringList codes;
        for (const Standard &standard : standards)
            codes.append(standard.code);
        chart.title = tr("%1 standards compared").arg(standards.size());
        chart.subtitle = tr("%1 values of %2")
                             .arg(periodAdjective(request.kind), codes.join(QStringLiteral(", ")));
    }
    chart.source = tr("Source: %1, %2 to %3")
                       .arg(sourceName(standards, data), periodLabel(request.kind, periods.first()),
                            periodLabel(request.kind, periods.last()));
    return chart;
}

} // namespace Yardstick
