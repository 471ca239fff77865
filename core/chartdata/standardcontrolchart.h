// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/period.h"
#include "model/processphase.h"
#include "spc/controlchart.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Yardstick {

// Complaint letters linked to the standard (see ComplianceData's
// linkedComplaintDays) received in the period of a chart point.
struct ComplaintMarker
{
    int point = 0; // 1-based, as ChartPoint::index
    int letters = 0;
};

// One flagged point as listed beside the chart.
struct ChartSignal
{
    int point = 0; // 1-based
    QString periodLabel;
    QString rule; // "nelson-2"
    QString meaning;
};

// Where the limits were rebased: a phase of the chart.
struct ControlChartPhase
{
    int firstPoint = 1; // 1-based
    QDate startsOn;
    QString label;
    QString reason;
    bool fixedLimits = false;
};

// A standard's period values as a control chart: shares of cases with known
// sample sizes (right first time, error rate) as a p chart, counts per 1,000
// with known units as a u chart (per 1,000 units), the rest as individuals
// with moving range; phases from the recorded process changes.
struct StandardControlChart
{
    qint64 standardId = 0;
    QString code;
    QString unit;
    PeriodKind kind = PeriodKind::Month;
    QList<Period> periods; // one per chart point: the periods with data
    ControlChart chart;
    // Percentages charted as p charts are proportions (0..1); the target is
    // given in the same scale as the points.
    std::optional<double> target;
    QList<ControlChartPhase> phases;
    QList<ComplaintMarker> complaints;
    QList<ChartSignal> signalList;
    QString title;
    QString subtitle;
    QString source;
};

struct StandardControlChartRequest
{
    qint64 standardId = 0;
    PeriodKind kind = PeriodKind::Month;
    std::optional<ControlChartType> chartType; // empty: suggestedControlChartType
    RuleSet rules = RuleSet::Nelson;
    QDate from; // invalid: from the first period with data
    QDate to;   // invalid: to the last
};

// p for shares with known counts, u for rates per 1,000 with known units,
// imr otherwise.
ControlChartType suggestedControlChartType(const Standard &standard, const ComplianceData &data);

using StandardControlChartResult = std::variant<StandardControlChart, QString>;

// The complaint markers come from the letters linked to the standard, which
// the data carries.
StandardControlChartResult buildStandardControlChart(const StandardControlChartRequest &request,
                                                     const ComplianceData &data,
                                                     const QList<ProcessPhase> &phases);

} // namespace Yardstick
