// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charthint.h"

#include "analysis/scorecard.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

// The context lupdate gives a tr() at namespace level ("Yardstick"), so the
// translations it collects are the ones looked up.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick", text, disambiguation, n);
}

} // namespace

QString chartHint(ChartKind kind, int ticked)
{
    switch (kind) {
    case ChartKind::Trend:
        return tr("Tick several standards to overlay them. The dashed lines are the mean of "
                  "each process phase; hover over a change to read why it happened.");
    case ChartKind::ControlChart:
        return tr("Select a signal to ring its point on the chart. Record a process change "
                  "with Add rebase: the limits start again from it. Double-click the chart "
                  "to undo a zoom.");
    case ChartKind::ComplaintsByService:
        return tr("Every complaint letter in the workbench, by the service it is about: confirmed "
                  "labels are ranked, the classifier's unconfirmed suggestions sit hatched on "
                  "top.");
    case ChartKind::ComplaintsByDimension:
        return tr("Every complaint letter in the workbench, by what the customer cared about "
                  "most: confirmed labels are ranked, the classifier's unconfirmed suggestions "
                  "sit hatched on top.");
    case ChartKind::ComplaintsPerMonth:
        return tr("Every complaint letter in the workbench, counted in the month it arrived and "
                  "stacked by what the customer cared about most; the classifier's unconfirmed "
                  "suggestions are hatched, above the confirmed letters.");
    case ChartKind::BreachedStandards:
        return tr("How often each standard was breached in the last %n period(s); standards "
                  "never breached are left out.",
                  nullptr, Scorecard::kRecentPeriods);
    case ChartKind::DollarsAtStake:
        return tr("What missing the target costs a year, for the standards breached or at risk "
                  "in the latest period that have a value model.");
    case ChartKind::Heatmap:
        return ticked >= 2 ? tr("The standards ticked in the list, period by period.")
                           : tr("The standards that missed their target at least once lately; tick "
                                "two or more standards in the list to choose your own.");
    case ChartKind::Departments:
        return tr("The share of its standards each department met in the latest complete "
                  "period.");
    case ChartKind::ServqualGaps:
    case ChartKind::ServqualQuadrant:
        break;
    }
    return {};
}

} // namespace Yardstick
