// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "chartdata/trendchart.h"
#include "model/complaintletter.h"
#include "model/processphase.h"
#include "workbench/referencedata.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// One primary dimension's letters, month by month (one count per month of
// the chart, zero included).
struct ComplaintTrendSeries
{
    QString label;
    std::optional<qint64> dimensionId; // empty: the letters not yet labelled
    QList<int> counts;
    int total = 0;
    // The dimension's place in the workbench's list of dimensions (-1 for the
    // unlabelled), so a dimension keeps its place and colour from one chart
    // (one year, one range) to the next.
    int order = -1;
    // The letters whose dimension the classifier only suggested: a series of
    // its own (drawn hatched), never added to the confirmed one's counts.
    bool suggested = false;
};

// Complaint letters received per calendar month, stacked by the dimension the
// customer cared about most: whether complaints fall, and which kind falls.
struct ComplaintTrendChart
{
    QList<Period> months; // consecutive calendar months, oldest first
    // Bottom of the stack first: the dimensions with confirmed letters in the
    // workbench's order, then those with suggested ones in the same order,
    // then "Not yet labelled" when there are such letters.
    QList<ComplaintTrendSeries> series;
    QList<int> totals; // per month, every letter (confirmed, suggested, unlabelled)
    int total = 0;
    int suggested = 0; // letters whose dimension is only a suggestion
    QString note;      // says how many are suggestions and how they are drawn; in the subtitle
    QList<TrendAnnotation> annotations; // workbench-wide process changes in range
    QString title;
    QString subtitle;
    QString source;
};

// The letters received in [from, to] (invalid dates: open), by the month of
// their received date (the calendar day the Pareto of complaints uses). A
// letter counts under its dimension only once its labels are confirmed;
// until then it counts in its dimension's suggested series.
// Months from the first letter's to the last letter's are all there, empty
// ones as zeros. Phases without a standard become annotations.
ComplaintTrendChart complaintTrend(const QList<ComplaintLetter> &letters,
                                   const ReferenceData &reference, QDate from = QDate(),
                                   QDate to = QDate(), const QList<ProcessPhase> &phases = {});

} // namespace Yardstick
