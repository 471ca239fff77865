// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretochart.h"

#include "labelstanding.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick", text, disambiguation, n);
}

struct ParetoItem
{
    QString label;
    double weight = 0;
    double suggested = 0;
};

ParetoChart rank(QList<ParetoItem> items, int maxBars)
{
    ParetoChart chart;
    // Suggestions only break ties: a bar of suggestions alone ranks last.
    std::sort(items.begin(), items.end(), [](const ParetoItem &a, const ParetoItem &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.suggested != b.suggested)
            return a.suggested > b.suggested;
        return a.label < b.label;
    });
    ParetoBar other{tr("Other"), 0, 0, true, 0};
    bool hasOther = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ParetoItem &item = items.at(i);
        // Keep maxBars bars in all: when some are lumped together, the last
        // place goes to "Other".
        const bool lump = items.size() > maxBars && i >= maxBars - 1;
        if (lump) {
            other.weight += item.weight;
            other.suggested += item.suggested;
            hasOther = true;
        } else {
            chart.bars.append({item.label, item.weight, 0, false, item.suggested});
        }
        chart.total += item.weight;
        chart.suggested += item.suggested;
    }
    if (hasOther)
        chart.bars.append(other);
    double running = 0;
    for (ParetoBar &bar : chart.bars) {
        running += bar.weight;
        bar.cumulativePercent = chart.total > 0 ? running / chart.total * 100.0 : 0;
        if (chart.vitalFew == 0 && chart.total > 0 && bar.cumulativePercent >= 80.0 - 1e-9)
            chart.vitalFew = int(&bar - chart.bars.data()) + 1;
    }
    return chart;
}

} // namespace

ParetoChart paretoOf(QList<QPair<QString, double>> items, int maxBars)
{
    QList<ParetoItem> weighed;
    for (const auto &[label, weight] : std::as_const(items))
        weighed.append({label, weight, 0});
    return rank(weighed, maxBars);
}

ParetoChart complaintPareto(const QList<ComplaintLetter> &letters, const ReferenceData &reference,
                            ComplaintGrouping grouping, QDate from, QDate to)
{
    QHash<QString, ParetoItem> counts;
    QList<QString> order;
    QDate first;
    QDate last;
    for (const ComplaintLetter &letter : letters) {
        const QDate day = letter.receivedAt.date();
        if ((from.isValid() && day < from) || (to.isValid() && day > to))
            continue;
        if (day.isValid()) {
            first = !first.isValid() || day < first ? day : first;
            last = !last.isValid() || day > last ? day : last;
        }
        const std::optional<qint64> id =
            grouping == ComplaintGrouping::Service ? letter.serviceId : letter.primaryDimensionId;
        QString label = tr("Not yet classified");
        if (id) {
            label = grouping == ComplaintGrouping::Service ? reference.serviceName(*id)
                                                           : reference.dimensionName(*id);
        }
        if (!counts.contains(label)) {
            order.append(label);
            counts[label].label = label;
        }
        if (standingOf(letter, id) == LabelStanding::Suggested)
            counts[label].suggested += 1;
        else
            counts[label].weight += 1;
    }
    QList<ParetoItem> items;
    for (const QString &label : order)
        items.append(counts.value(label));
    ParetoChart chart = rank(items, 12);
    chart.weightLabel = tr("Letters");
    chart.title = grouping == ComplaintGrouping::Service ? tr("Complaint letters by service")
                                                         : tr("Complaint letters by dimension");
    if (chart.suggested > 0) {
        const QString ranked =
            tr("%n letter(s) confirmed or not yet classified; the vital few reach 80%", nullptr,
               int(chart.total));
        chart.note = grouping == ComplaintGrouping::Service
                         ? tr("%n letter(s) are suggestions only, not confirmed: hatched on top "
                              "of their service, not ranked.",
                              nullptr, int(chart.suggested))
                         : tr("%n letter(s) are suggestions only, not confirmed: hatched on top "
                              "of their dimension, not ranked.",
                              nullptr, int(chart.suggested));
        chart.subtitle = tr("%1. %2", "subtitle: what the chart ranks, then the note on "
                                      "suggested labels")
                             .arg(ranked, chart.note);
    } else {
        chart.subtitle = tr("%n letter(s); the vital few reach 80%", nullptr, int(chart.total));
    }
    if (first.isValid())
        chart.source = tr("Source: complaint letters received %1 to %2")
                           .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    return chart;
}

ParetoChart breachPareto(const Scorecard &scorecard)
{
    QList<QPair<QString, double>> items;
    for (const ScorecardRow &row : scorecard.rows) {
        int breached = 0;
        for (const PeriodValue &value : row.recent)
            breached += value.status == ComplianceStatus::Breached ? 1 : 0;
        if (breached > 0)
            items.append({row.standard.code, double(breached)});
    }
    ParetoChart chart = paretoOf(items);
    chart.weightLabel = tr("Periods breached");
    chart.title = tr("Where standards are breached");
    chart.subtitle = tr("Breached periods per standard over the last %n period(s)", nullptr,
                        Scorecard::kRecentPeriods);
    if (scorecard.period.isValid())
        chart.source =
            tr("Source: scorecard up to %1").arg(periodLabel(scorecard.kind, scorecard.period));
    return chart;
}

} // namespace Yardstick
