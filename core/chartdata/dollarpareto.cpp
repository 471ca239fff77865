// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dollarpareto.h"

#include "costofdelay/costofdelay.h"
#include "costofdelay/money.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick", text, disambiguation, n);
}

} // namespace

ParetoChart dollarPareto(const Scorecard &scorecard, const QList<ValueModel> &valueModels)
{
    QList<QPair<QString, double>> items;
    for (const ScorecardRow &row : scorecard.rows) {
        const ComplianceStatus status = row.current.status;
        if (status != ComplianceStatus::Breached && status != ComplianceStatus::AtRisk)
            continue;
        const std::optional<ValueModel> model = valueModelFor(row.standard.id, valueModels);
        if (!model)
            continue;
        const std::optional<double> dollars = dollarsAtStake(row.standard, *model, row.current);
        if (dollars && *dollars > 0)
            items.append({row.standard.code, *dollars});
    }
    ParetoChart chart = paretoOf(items);
    chart.weightLabel = tr("US$ a year at stake");
    chart.weightIsMoney = true;
    chart.title = tr("Dollars at stake");
    if (chart.bars.isEmpty())
        chart.subtitle = tr("No standard with a value model misses its target");
    else
        chart.subtitle = tr("What missing the target costs a year, %1 in all: days over target "
                            "× value of a day × cases a year")
                             .arg(formatMoney(chart.total));
    if (scorecard.period.isValid())
        chart.source = tr("Source: scorecard for %1 and the standards' value models")
                           .arg(periodLabel(scorecard.kind, scorecard.period));
    return chart;
}

} // namespace Yardstick
