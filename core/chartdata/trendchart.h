// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/compliancestatus.h"
#include "analysis/period.h"
#include "model/processphase.h"
#include "model/valuemodel.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// One period of a standard on the trend chart. Target and threshold are the
// revision in force at the period's end, so a tightened standard steps.
struct TrendPoint
{
    Period period;
    std::optional<double> value; // empty: no data in the period (a gap)
    std::optional<qint64> n;
    std::optional<double> target;
    std::optional<double> threshold;
    ComplianceStatus status = ComplianceStatus::NoData;
};

// A stretch of the series between two process changes, with its own mean
// (the mean of the period values that have data).
struct TrendPhase
{
    QString label;
    QString reason;
    Period span;                // first day of its first period .. last of its last
    int firstPoint = 0;         // 0-based into TrendSeries::points
    int lastPoint = 0;          // inclusive
    std::optional<double> mean; // empty when no period of the phase has data
};

struct TrendSeries
{
    qint64 standardId = 0;
    QString code;
    QString title;
    QString unit;
    Direction direction = Direction::LowerIsBetter;
    QList<TrendPoint> points;
    QList<TrendPhase> phases; // one phase when nothing changed
};

// A dated note on the chart where a process changed.
struct TrendAnnotation
{
    QDate date;
    QString label;
    QString reason;
};

// Everything the trend chart draws, for one or several standards overlaid.
struct TrendChart
{
    PeriodKind kind = PeriodKind::Month;
    QList<TrendSeries> series;
    QList<TrendAnnotation> annotations; // phase changes inside the range
    // "35.2 → 15.0 days": the first series from its baseline (the mean
    // before the process changed, headlinebaseline.h, as on the dashboard
    // tile) or, without a change, its first value, to its last period's
    // value; empty when it cannot be said.
    QString headline;
    // What the headline's change is worth a year, "Worth US$11.6M a year: 20
    // days sooner on 1,750,000 cases at US$0.33 a day"; empty without a
    // value model for the (single) standard. Also in the subtitle.
    QString valueNote;
    QString title;    // the standard's title, or a list for an overlay
    QString subtitle; // "Monthly mean, target 15 days"
    QString source;   // "Source: case records, 2024-01 to 2025-12"
};

struct TrendChartRequest
{
    QList<qint64> standardIds; // at least one
    PeriodKind kind = PeriodKind::Month;
    QDate from; // invalid: from the first period with data
    QDate to;   // invalid: to the last period with data
    // The workbench's programme start: with the process changes it ends the
    // headline's baseline (headlinebaseline.h); invalid when none is set.
    QDate programmeStart;
};

// The phases that concern a standard (its own and the workbench-wide ones).
QList<ProcessPhase> phasesFor(qint64 standardId, const QList<ProcessPhase> &phases);

// With the standard's value model among valueModels, the chart also says
// what the change from the first phase to the latest period is worth.
TrendChart buildTrendChart(const TrendChartRequest &request, const ComplianceData &data,
                           const QList<ProcessPhase> &phases,
                           const QList<ValueModel> &valueModels = {});

// "35.2 → 15.0 days": both numbers by the unit's rule (ValueFormat).
QString headlineText(double from, double to, const QString &unit);

} // namespace Yardstick
