// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "chartkind.h"
#include "spc/controlchart.h"
#include "spc/runrules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// Which standards a heat map shows as its rows.
enum class HeatmapRows
{
    // The standards given; none given: every standard.
    Given,
    // The Charts page: two or more ticked are the analyst's own choice; fewer
    // mean "show me what slipped lately".
    SlippedUnlessTwoGiven,
};

// One chart the workbench is asked for, by the Charts page, the command line
// or the report pack: ChartService turns it into the chart's data or the
// reason there is none. Fields a kind does not use are ignored.
struct ChartRequest
{
    ChartKind kind = ChartKind::Trend;
    // Trend: the standards overlaid; control chart: the first one; heat map:
    // the rows (see heatmapRows).
    QList<qint64> standards;
    PeriodKind period = PeriodKind::Month;
    QDate from; // invalid: from the first data
    QDate to;   // invalid: to the last; the scorecard charts judge the period holding it
    std::optional<ControlChartType> controlChartType; // empty: the one the standard suggests
    RuleSet rules = RuleSet::Nelson;
    // The trend's headline ("35.2 → 15.0 days"); the Charts page leaves it out
    // over an overlay, where it would read as the story of all the series.
    bool headline = true;
    HeatmapRows heatmapRows = HeatmapRows::Given;
    QString wave; // the SERVQUAL charts' survey wave; empty: the latest
};

} // namespace Yardstick
