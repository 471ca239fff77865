// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/period.h"

#include <QList>

#include <optional>

namespace Yardstick {

// How often customers complain that a standard was broken, period by period.
// The periods must be in order and must not overlap (gaps are fine).

// The letters linked to the standard that were received in each period.
QList<int> linkedComplaintCounts(const Standard &standard, const ComplianceData &data,
                                 const QList<Period> &periods);

// The cases of the service completed in each period.
QList<int> completedCaseCounts(qint64 serviceId, const ComplianceData &data,
                               const QList<Period> &periods);

// Complaints per 1,000 cases; empty without cases, where zero complaints
// would claim a clean record nobody earned.
std::optional<double> complaintsPer1000(int complaints, int cases);

} // namespace Yardstick
