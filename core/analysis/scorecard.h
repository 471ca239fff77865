// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/standardseries.h"
#include "analysis/thinperiod.h"
#include "analysis/trend.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Yardstick {

// One standard on the scorecard: its value in the scorecard's period and how
// it has been doing lately.
struct ScorecardRow
{
    Standard standard;
    ValueSource source = ValueSource::None;
    PeriodValue current; // the scorecard's period
    // The last kRecentPeriods periods, oldest first, ending with `current`.
    QList<PeriodValue> recent;
    Trend trend = Trend::Steady;
    std::optional<double> trendChange;
    // Set when the row's period is thin (see ThinRule): its status stands,
    // but whoever shows it says it rests on a handful of cases.
    std::optional<ThinPeriod> thin;
    // Thin periods of the trend window, left out of the fit like periods
    // without data (so a thin window may leave too few for a trend word).
    int thinInTrendWindow = 0;
    int metInRecent = 0; // periods of `recent` that met the target
    // Complaints linked to the standard received in the row's period, per
    // 1,000 cases of its service completed in it: empty when no case was
    // completed (or the cases were not read: no letter is linked to any of
    // the service's standards), and in a department's history, as letters
    // name no department.
    std::optional<double> complaintsPer1000;
    int linkedComplaints = 0; // the letters behind it
    int completedCases = 0;   // the cases behind it
    // Whether the workbench links any letter to any standard (with a
    // received date): without one, "0 per 1,000" would claim a count that was
    // never made, so complaintsPer1000 stays empty.
    bool lettersLinked = false;
};

struct Scorecard
{
    static constexpr int kRecentPeriods = 12; // the sparkline and met_last_12
    static constexpr int kTrendPeriods = 6;   // the window the trend is fitted over
    static_assert(kTrendPeriods >= kMinTrendPoints);

    PeriodKind kind = PeriodKind::Month;
    Period period; // invalid when the workbench holds no data at all
    QList<ScorecardRow> rows;
};

// Which standards and which period the scorecard shows.
struct ScorecardRequest
{
    PeriodKind kind = PeriodKind::Month;
    // A day in the period to show. Invalid means the latest complete period:
    // the one holding the latest day with data if that day reaches its last
    // week (for weeks: its Sunday), otherwise the one before (a month with a
    // few days of data so far is not yet the month to judge).
    QDate at;
    // Only the standards this department owns; nullopt for all.
    std::optional<qint64> departmentId;
};

// Every standard in force in the period (retired ones drop out after their
// retirement date), in catalogue order.
Scorecard computeScorecard(const ComplianceData &data, const ScorecardRequest &request);

// The period a request without a day shows: the latest complete one (see
// ScorecardRequest::at); invalid when the data is empty.
Period latestCompletePeriod(const ComplianceData &data, PeriodKind kind);

// The periods of the kind that hold any measurement or completed case,
// newest first: what an analyst can ask the scorecard for.
QList<Period> periodsWithData(const ComplianceData &data, PeriodKind kind);

// One standard period by period, from the first to the last period with data
// for that standard: each row as the scorecard would show it for that period
// (recent, trend and met count over the periods ending there).
// With a department, the values come from that department's cases only
// (see departmentSeries).
QList<ScorecardRow> scorecardHistory(const Standard &standard, const ComplianceData &data,
                                     PeriodKind kind,
                                     std::optional<qint64> departmentId = std::nullopt);

} // namespace Yardstick
