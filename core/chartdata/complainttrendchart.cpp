// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainttrendchart.h"

#include "labelstanding.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick", text, disambiguation, n);
}

// The dimension's index in the workbench's list; one the list no longer has
// goes after the known ones, and no dimension at all is -1.
int placeOf(const ReferenceData &reference, std::optional<qint64> dimensionId)
{
    if (!dimensionId)
        return -1;
    for (qsizetype i = 0; i < reference.dimensions.size(); ++i) {
        if (reference.dimensions.at(i).id == *dimensionId)
            return int(i);
    }
    return int(reference.dimensions.size());
}

} // namespace

ComplaintTrendChart complaintTrend(const QList<ComplaintLetter> &letters,
                                   const ReferenceData &reference, QDate from, QDate to,
                                   const QList<ProcessPhase> &phases)
{
    ComplaintTrendChart chart;
    chart.title = tr("Complaint letters per month by dimension");

    QList<const ComplaintLetter *> inRange;
    QDate first;
    QDate last;
    for (const ComplaintLetter &letter : letters) {
        const QDate day = letter.receivedAt.date();
        if (!day.isValid() || (from.isValid() && day < from) || (to.isValid() && day > to))
            continue;
        inRange.append(&letter);
        first = !first.isValid() || day < first ? day : first;
        last = !last.isValid() || day > last ? day : last;
    }
    if (inRange.isEmpty())
        return chart;

    QHash<QDate, int> monthIndex;
    for (Period month = periodContaining(PeriodKind::Month, first); month.start <= last;
         month = nextPeriod(PeriodKind::Month, month)) {
        monthIndex.insert(month.start, int(chart.months.size()));
        chart.months.append(month);
    }
    const int monthCount = int(chart.months.size());
    chart.totals = QList<int>(monthCount, 0);

    // Series keyed by (suggested, dimension id); -1 for the letters without a
    // primary dimension. The map's order is the stack's: confirmed first.
    constexpr qint64 kUnlabelled = -1;
    QMap<std::pair<bool, qint64>, ComplaintTrendSeries> byDimension;
    for (const ComplaintLetter *letter : std::as_const(inRange)) {
        const LabelStanding standing = standingOf(*letter, letter->primaryDimensionId);
        const bool suggested = standing == LabelStanding::Suggested;
        const std::pair<bool, qint64> key{suggested,
                                          letter->primaryDimensionId.value_or(kUnlabelled)};
        auto found = byDimension.find(key);
        if (found == byDimension.end()) {
            ComplaintTrendSeries series;
            series.dimensionId = letter->primaryDimensionId;
            series.order = placeOf(reference, letter->primaryDimensionId);
            series.suggested = suggested;
            if (!letter->primaryDimensionId)
                series.label = tr("Not yet labelled");
            else if (suggested)
                series.label = tr("%1 (suggested, not confirmed)")
                                   .arg(reference.dimensionName(*letter->primaryDimensionId));
            else
                series.label = reference.dimensionName(*letter->primaryDimensionId);
            series.counts = QList<int>(monthCount, 0);
            found = byDimension.insert(key, series);
        }
        const int index =
            monthIndex.value(periodContaining(PeriodKind::Month, letter->receivedAt.date()).start);
        ++found->counts[index];
        ++found->total;
        ++chart.totals[index];
        ++chart.total;
        chart.suggested += suggested ? 1 : 0;
    }

    std::optional<ComplaintTrendSeries> unlabelled;
    for (auto it = byDimension.cbegin(); it != byDimension.cend(); ++it) {
        if (it.key().second == kUnlabelled)
            unlabelled = it.value();
        else
            chart.series.append(it.value());
    }
    std::sort(chart.series.begin(), chart.series.end(),
              [](const ComplaintTrendSeries &a, const ComplaintTrendSeries &b) {
                  if (a.suggested != b.suggested)
                      return b.suggested;
                  if (a.order != b.order)
                      return a.order < b.order;
                  return *a.dimensionId < *b.dimensionId;
              });
    if (unlabelled)
        chart.series.append(*unlabelled);

    const Period span{chart.months.constFirst().start, chart.months.constLast().end};
    for (const ProcessPhase &phase : phases) {
        if (!phase.standardId && span.contains(phase.startsOn))
            chart.annotations.append({phase.startsOn, phase.label, phase.reason});
    }
    std::stable_sort(
        chart.annotations.begin(), chart.annotations.end(),
        [](const TrendAnnotation &a, const TrendAnnotation &b) { return a.date < b.date; });

    chart.subtitle = tr("%n letter(s) received, stacked by the dimension the customer cared "
                        "about most",
                        nullptr, chart.total);
    if (chart.suggested > 0) {
        chart.note = tr("%n letter(s) are suggestions only, not confirmed: hatched, above the "
                        "confirmed ones.",
                        nullptr, chart.suggested);
        chart.subtitle = tr("%1. %2", "subtitle: what the chart shows, then the note on "
                                      "suggested labels")
                             .arg(chart.subtitle, chart.note);
    }
    chart.source = tr("Source: complaint letters received %1 to %2")
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    return chart;
}

} // namespace Yardstick
