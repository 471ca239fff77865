// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "costofdelay/costofdelay.h"
#include "workbench/referencedata.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

class Workbench;

// A headline standard: its baseline (headlinebaseline.h: the mean of the
// periods before the process changed) and where it stands in the scorecard's
// period.
struct HeadlineFigure
{
    Standard standard;
    PeriodValue before; // the baseline; period invalid without one
    PeriodValue latest;
    QDate baselineEnd; // invalid when no programme start or change is set
    // The scorecard's row for the standard: its trend and whether the
    // period is thin.
    Trend trend = Trend::TooFewPeriods;
    std::optional<ThinPeriod> thin;

    // Whether `before` is a period before `latest`: not when no programme
    // start is set, nor when the dashboard is as of a period before it.
    bool comparesWithBefore() const
    {
        return before.period.isValid() && latest.period.isValid() &&
               before.period.end < latest.period.start;
    }
};

// Everything the dashboard shows, read and computed in one go. It is a plain
// value, so it can be computed on a worker thread with that thread's own
// connection and handed to the GUI thread.
struct DashboardSnapshot
{
    Scorecard scorecard;
    qsizetype standardCount = 0; // in the catalogue, whatever the period
    ReferenceData reference;
    QDate programmeStart;            // invalid when the workbench has none
    QStringList headlineCodes;       // as the workbench lists them
    QList<HeadlineFigure> headlines; // those of the codes in the catalogue
    // What the headlines' change is worth a year, for those with a value
    // model and a value in both periods, in headline order.
    QList<ValueOfChange> headlineValues;
    // The periods an analyst can pick, newest first (those with data), and
    // the one shown when none is picked: the latest complete period.
    QList<Period> periodsWithData;
    Period latestComplete;

    // As of the period holding `at`; an invalid day means the latest
    // complete period (the CLI's scorecard --at reads the same way).
    static DashboardSnapshot compute(Workbench &workbench, PeriodKind kind, QDate at = {});
};

// The latest period of the kind that ends before the day.
Period lastFullPeriodBefore(PeriodKind kind, QDate day);

} // namespace Yardstick
