// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "chartdata/complainttrendchart.h"
#include "chartdata/departmentchart.h"
#include "chartdata/heatmapchart.h"
#include "chartdata/paretochart.h"
#include "chartdata/standardcontrolchart.h"
#include "chartdata/trendchart.h"
#include "report/reporttemplate.h"
#include "workbench/referencedata.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Yardstick {

class Workbench;

struct ReportRequest
{
    ReportTemplate reportTemplate = ReportTemplate::standard();
    QDate from; // invalid: from the first data
    QDate to;   // invalid: to the latest complete period
};

// A breached standard as the pack shows it: the scorecard row and its
// control chart, or why no chart could be drawn.
struct BreachedStandard
{
    ScorecardRow row;
    std::optional<StandardControlChart> controlChart;
    QString chartUnavailable;
};

// Everything a report pack prints, computed in core (the drawing is the
// ui's ReportPackWriter): the same numbers the CLI and the views show.
struct ReportPack
{
    ReportTemplate reportTemplate;
    QString title;        // the template's title or "Service quality report"
    QString organisation; // the workbench's
    QString workbenchTitle;
    QDate generatedOn;
    PeriodKind kind = PeriodKind::Month;
    Period period; // the scorecard's: latest complete one up to `to`
    QDate from;    // the range the trend charts cover
    QDate to;
    Scorecard scorecard;
    ReferenceData reference;
    QList<TrendChart> headlineTrends;                      // one per headline standard
    QList<BreachedStandard> breached;                      // most breached first
    int breachedNotCharted = 0;                            // beyond the template's maximum
    std::optional<ParetoChart> complaints;                 // empty when there are no letters
    std::optional<ComplaintTrendChart> complaintsPerMonth; // likewise
    std::optional<HeatmapChart> heatmap;
    std::optional<DepartmentChart> departments;

    bool includes(ReportSection section) const { return reportTemplate.includes(section); }
};

// Reads the workbench and computes the pack. Progress (done, total) may
// return false to cancel, which returns nullopt.
std::optional<ReportPack>
buildReportPack(Workbench &workbench, const ReportRequest &request,
                const std::function<bool(int done, int total)> &progress = {});

} // namespace Yardstick
