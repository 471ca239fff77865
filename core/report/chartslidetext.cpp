// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartslidetext.h"

#include "model/valueformat.h"

#include <cmath>

namespace Yardstick {

namespace {

using Text = ChartSlideText;

QString orNone(const std::optional<double> &value, const QString &unit)
{
    return value ? ValueFormat::value(*value, unit) : ValueFormat::none();
}

// Value, target, threshold and n of one period, a line each.
void addPeriodNumbers(QStringList &notes, const QString &periodText,
                      const std::optional<double> &value, const std::optional<double> &target,
                      const std::optional<double> &threshold, const std::optional<qint64> &n,
                      Direction direction, const QString &unit)
{
    notes.append(ChartSlideText::tr("Period: %1").arg(periodText));
    notes.append(ChartSlideText::tr("Value: %1").arg(orNone(value, unit)));
    notes.append(
        ChartSlideText::tr("Target: %1")
            .arg(target ? ValueFormat::bound(direction, *target, unit) : ValueFormat::none()));
    notes.append(ChartSlideText::tr("Threshold: %1")
                     .arg(threshold ? ValueFormat::bound(direction, *threshold, unit)
                                    : ValueFormat::none()));
    notes.append(ChartSlideText::tr("n: %1").arg(n ? ValueFormat::count(*n) : ValueFormat::none()));
}

Text ofTrend(const TrendChart &chart)
{
    Text text;
    text.takeaway = chart.headline;
    text.detail = chart.valueNote;
    for (const TrendSeries &series : chart.series) {
        text.notes.append(ChartSlideText::tr("%1 %2").arg(series.code, series.title));
        // The latest period with a value: the "now" of the headline.
        for (qsizetype i = series.points.size() - 1; i >= 0; --i) {
            const TrendPoint &p = series.points.at(i);
            if (!p.value)
                continue;
            addPeriodNumbers(text.notes, periodLabel(chart.kind, p.period), p.value, p.target,
                             p.threshold, p.n, series.direction, series.unit);
            break;
        }
        if (!series.points.isEmpty())
            text.notes.append(ChartSlideText::tr("Chart: %1 to %2")
                                  .arg(periodLabel(chart.kind, series.points.constFirst().period),
                                       periodLabel(chart.kind, series.points.constLast().period)));
    }
    if (!chart.headline.isEmpty())
        text.notes.append(ChartSlideText::tr("Headline: %1").arg(chart.headline));
    return text;
}

Text ofControl(const StandardControlChart &chart, const std::optional<ScorecardRow> &row)
{
    Text text;
    const ChartSeries &series = chart.chart.primary;
    if (row && row->current.value && row->current.target) {
        const PeriodValue &current = row->current;
        // The scorecard's numbers are in the standard's own unit (80.6 %),
        // not the chart's (a p chart's proportion).
        const QString &unit = row->standard.unit;
        text.takeaway =
            ChartSlideText::tr("%1 against a target of %2")
                .arg(ValueFormat::value(*current.value, unit),
                     ValueFormat::bound(row->standard.direction, *current.target, unit));
        text.notes.append(ChartSlideText::tr("%1 %2").arg(row->standard.code, row->standard.title));
        addPeriodNumbers(text.notes, periodLabel(chart.kind, current.period), current.value,
                         current.target, current.threshold, current.n, row->standard.direction,
                         unit);
    } else if (!series.points.empty() && !chart.periods.isEmpty()) {
        const double latest = series.points.back().value;
        text.takeaway = chart.target ? ChartSlideText::tr("%1 against a target of %2")
                                           .arg(ValueFormat::value(latest, chart.unit),
                                                ValueFormat::value(*chart.target, chart.unit))
                                     : ValueFormat::value(latest, chart.unit);
        text.notes.append(ChartSlideText::tr("Period: %1")
                              .arg(periodLabel(chart.kind, chart.periods.constLast())));
        text.notes.append(
            ChartSlideText::tr("Value: %1").arg(ValueFormat::value(latest, chart.unit)));
        text.notes.append(ChartSlideText::tr("Target: %1").arg(orNone(chart.target, chart.unit)));
    }
    if (!series.points.empty()) {
        const ChartPoint &last = series.points.back();
        text.notes.append(ChartSlideText::tr("Centre line %1, control limits %2 to %3")
                              .arg(ValueFormat::value(last.center, chart.unit),
                                   ValueFormat::value(last.lcl, chart.unit),
                                   ValueFormat::value(last.ucl, chart.unit)));
    }
    if (!chart.periods.isEmpty())
        text.notes.append(ChartSlideText::tr("Chart: %1 to %2, points: %3")
                              .arg(periodLabel(chart.kind, chart.periods.constFirst()),
                                   periodLabel(chart.kind, chart.periods.constLast()))
                              .arg(chart.periods.size()));
    text.detail = chart.signalList.isEmpty()
                      ? QString()
                      : ChartSlideText::tr("Points flagged by the run rules: %1")
                            .arg(chart.signalList.size());
    for (const ChartSignal &signal : chart.signalList)
        text.notes.append(
            ChartSlideText::tr("%1 (%2): %3").arg(signal.periodLabel, signal.rule, signal.meaning));
    return text;
}

Text ofPareto(const ParetoChart &chart)
{
    Text text;
    if (chart.vitalFew > 0 && chart.vitalFew <= chart.bars.size() && chart.total > 0) {
        const ParetoBar &edge = chart.bars.at(chart.vitalFew - 1);
        text.takeaway = ChartSlideText::tr("The first %1 make up %2% of the total")
                            .arg(chart.vitalFew)
                            .arg(QString::number(edge.cumulativePercent, 'f', 0));
    }
    text.detail = chart.note;
    const auto number = [&](double weight) {
        return chart.weightIsMoney ? ValueFormat::money(weight)
                                   : ValueFormat::count(qint64(std::llround(weight)));
    };
    text.notes.append(ChartSlideText::tr("Total: %1").arg(number(chart.total)));
    for (const ParetoBar &bar : chart.bars)
        text.notes.append(ChartSlideText::tr("%1: %2 (cumulative %3%)")
                              .arg(bar.label, number(bar.weight),
                                   QString::number(bar.cumulativePercent, 'f', 1)));
    return text;
}

Text ofComplaintTrend(const ComplaintTrendChart &chart)
{
    Text text;
    if (!chart.months.isEmpty())
        text.takeaway = ChartSlideText::tr("Letters from %1 to %2: %3")
                            .arg(periodLabel(PeriodKind::Month, chart.months.constFirst()),
                                 periodLabel(PeriodKind::Month, chart.months.constLast()),
                                 ValueFormat::count(chart.total));
    text.detail = chart.note;
    for (const ComplaintTrendSeries &series : chart.series)
        text.notes.append(
            ChartSlideText::tr("%1: %2").arg(series.label, ValueFormat::count(series.total)));
    return text;
}

Text ofHeatmap(const HeatmapChart &chart)
{
    Text text;
    if (!chart.periods.isEmpty()) {
        int breached = 0;
        for (const HeatmapRow &row : chart.rows)
            breached +=
                !row.statuses.isEmpty() && row.statuses.constLast() == ComplianceStatus::Breached;
        text.takeaway = ChartSlideText::tr("Breached in %1: %2 of these %3 standards")
                            .arg(periodLabel(chart.kind, chart.periods.constLast()))
                            .arg(breached)
                            .arg(chart.rows.size());
        text.notes.append(ChartSlideText::tr("Chart: %1 to %2")
                              .arg(periodLabel(chart.kind, chart.periods.constFirst()),
                                   periodLabel(chart.kind, chart.periods.constLast())));
    }
    text.detail = chart.pageNote;
    return text;
}

Text ofDepartments(const DepartmentChart &chart)
{
    Text text;
    const DepartmentBar *best = nullptr;
    const DepartmentBar *worst = nullptr;
    for (const DepartmentBar &bar : chart.bars) {
        if (bar.assessed == 0)
            continue;
        if (!best || bar.sharePercent > best->sharePercent)
            best = &bar;
        if (!worst || bar.sharePercent < worst->sharePercent)
            worst = &bar;
        text.notes.append(ChartSlideText::tr("%1: %2 of %3 standards met (%4%)")
                              .arg(bar.name)
                              .arg(bar.met)
                              .arg(bar.assessed)
                              .arg(QString::number(bar.sharePercent, 'f', 0)));
    }
    if (best && worst && best != worst)
        text.takeaway = ChartSlideText::tr("From %1% (%2) to %3% (%4) of standards met")
                            .arg(QString::number(worst->sharePercent, 'f', 0), worst->name,
                                 QString::number(best->sharePercent, 'f', 0), best->name);
    return text;
}

} // namespace

ChartSlideText ChartSlideText::of(const AnyChart &chart, const std::optional<ScorecardRow> &row)
{
    ChartSlideText text;
    if (const auto *trend = std::get_if<TrendChart>(&chart))
        text = ofTrend(*trend);
    else if (const auto *control = std::get_if<StandardControlChart>(&chart))
        text = ofControl(*control, row);
    else if (const auto *pareto = std::get_if<ParetoChart>(&chart))
        text = ofPareto(*pareto);
    else if (const auto *letters = std::get_if<ComplaintTrendChart>(&chart))
        text = ofComplaintTrend(*letters);
    else if (const auto *heatmap = std::get_if<HeatmapChart>(&chart))
        text = ofHeatmap(*heatmap);
    else if (const auto *departments = std::get_if<DepartmentChart>(&chart))
        text = ofDepartments(*departments);
    const ChartCaption caption = captionOf(chart);
    // The picture prints the subtitle: a detail it holds would be said twice.
    if (!text.detail.isEmpty() && caption.subtitle.contains(text.detail))
        text.detail.clear();
    if (!caption.subtitle.isEmpty())
        text.notes.append(caption.subtitle);
    if (!caption.source.isEmpty())
        text.notes.append(caption.source);
    return text;
}

} // namespace Yardstick
