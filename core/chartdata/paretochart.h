// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "model/complaintletter.h"
#include "workbench/referencedata.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Yardstick {

struct ParetoBar
{
    QString label;
    double weight = 0;
    double cumulativePercent = 0; // of the total, after this bar
    bool lumped = false;          // the "Other" bar that sums the tail
    // Letters whose label here is only the classifier's suggestion: drawn
    // apart (hatched, on top of the bar), left out of weight, the ranking
    // and the cumulative share.
    double suggested = 0;
};

// Bars sorted by weight, largest first (ties by label), with the running
// share of the total for the cumulative line and the 80% line.
struct ParetoChart
{
    QList<ParetoBar> bars;
    double total = 0;
    // How many bars it takes to reach 80% of the total: "the vital few".
    int vitalFew = 0;
    double suggested = 0; // the bars' suggested, summed: not in total
    QString note;         // says how many are suggestions and how they are drawn; in the subtitle
    QString weightLabel;  // "Letters", "Periods breached"
    bool weightIsMoney = false; // US$: bars and axis read "US$1.40M"
    QString title;
    QString subtitle;
    QString source;
};

// Sorts the items and keeps at most maxBars; the rest are summed into one
// last bar, "Other", which is never sorted in among the named ones.
ParetoChart paretoOf(QList<QPair<QString, double>> items, int maxBars = 12);

enum class ComplaintGrouping
{
    Service,
    Dimension,
};

// Complaint letters received in [from, to] (invalid dates: open) by their
// service or primary dimension; unlabelled letters count as "Not yet
// classified". Only confirmed labels are ranked: a letter whose label is a
// suggestion counts in its bar's `suggested`, not in its weight.
ParetoChart complaintPareto(const QList<ComplaintLetter> &letters, const ReferenceData &reference,
                            ComplaintGrouping grouping, QDate from = QDate(), QDate to = QDate());

// Standards by the number of their recent periods (the scorecard's last 12)
// that were breached; standards never breached are left out.
ParetoChart breachPareto(const Scorecard &scorecard);

} // namespace Yardstick
