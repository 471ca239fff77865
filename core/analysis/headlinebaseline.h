// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/period.h"
#include "analysis/standardseries.h"
#include "model/processphase.h"

#include <QDate>
#include <QList>

namespace Yardstick {

// The "before" of a headline standard, defined once so the dashboard tile,
// the trend chart and the report pack state the same number:
//
// The baseline phase ends where the process first changed for the standard:
// the earlier of the workbench's programme start and the first process
// change that concerns it (its own or a workbench-wide one). Its periods are
// those of the standard's data that lie wholly before that day (a period the
// change falls inside still shows the old process). The baseline is the mean
// of their values: one month is noise, a phase is the process.
struct HeadlineBaseline
{
    // The first to the last period with a value (all the periods looked at
    // when none had one); invalid without a baseline phase.
    Period span;
    std::optional<double> value; // the mean; empty when no period had a value
    int periods = 0;             // the periods with a value behind the mean

    // As a period value, for what compares two periods (the value of a day).
    PeriodValue asPeriodValue() const;
};

// The day the baseline phase ends (exclusive); invalid when the workbench
// has neither a programme start nor a process change for the standard.
QDate baselineEnd(qint64 standardId, const QList<ProcessPhase> &phases, QDate programmeStart);

HeadlineBaseline headlineBaseline(const Standard &standard, const ComplianceData &data,
                                  PeriodKind kind, QDate end);

// "2024-01 to 2025-02", or one period's label when the span is one period.
QString periodSpanLabel(PeriodKind kind, const Period &span);

} // namespace Yardstick
