// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/businesscalendar.h"
#include "analysis/storedperiodvalues.h"
#include "model/casefact.h"
#include "model/measurement.h"
#include "model/standard.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <vector>

namespace Yardstick {

// Everything the compliance engine reads, loaded once (see
// ComplianceDataLoader) so the computation itself is pure and can run on a
// worker thread.
struct ComplianceData
{
    QList<Standard> standards;
    QHash<qint64, QList<Measurement>> measurementsByStandard;
    QHash<qint64, std::vector<CaseFact>> completedCasesByService;
    // The values kept in the workbench for the services whose values are
    // current: a service found here needs none of its cases read. Where a
    // service has both, its cases are used.
    StoredPeriodValues stored;
    BusinessCalendar calendar;
    // When the complaint letters linked to each standard were received, by
    // standard id: the control charts mark them and the scorecard counts
    // them per 1,000 cases (see ComplianceDataLoader for the cases read).
    QHash<qint64, QList<QDate>> linkedComplaintDays;

    // The last day anything was measured or completed; invalid when empty.
    QDate latestDataDay;
    // The first such day, for series that start at the beginning.
    QDate earliestDataDay;
};

// Whether a standard's metric can be computed from case records: turnaround
// (days or hours) and the right-first-time rate.
bool isCaseDerived(const Standard &standard);

// Whether the service's completed cases are at hand, read or kept as period
// values, and there is at least one.
bool hasCompletedCases(const ComplianceData &data, qint64 serviceId);

} // namespace Yardstick
