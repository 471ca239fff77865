// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "model/audit.h"

#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// How audits are scored and summarised: pure functions over a checklist and
// its audits, shared by the CLI, the GUI and the audit-score measurements.

// An audit's score in percent: 100 × Σ(weight × rating / scaleMax) / Σ weight
// over the items it rated. Unrated items are left out (neither helped nor
// hurt); an audit that rated nothing (of this checklist) has no score.
std::optional<double> auditScore(const AuditTemplate &checklist, const Audit &audit);

// The scored audits of one period: their mean score and how many there were.
// departmentId is 0 when the audits of every department are pooled.
struct AuditPeriodScore
{
    Period period;
    qint64 departmentId = 0;
    double meanScore = 0;
    int audits = 0;

    friend bool operator==(const AuditPeriodScore &, const AuditPeriodScore &) = default;
};

// One row per period and department that has scored audits, by period then
// department id.
QList<AuditPeriodScore> auditScoresByDepartment(const AuditTemplate &checklist,
                                                const QList<Audit> &audits, PeriodKind kind);

// One row per period with scored audits, pooling the audits of the given
// department (every department when departmentId is 0), by period.
QList<AuditPeriodScore> pooledAuditScores(const AuditTemplate &checklist,
                                          const QList<Audit> &audits, PeriodKind kind,
                                          qint64 departmentId = 0);

// Every period holding at least one audit, oldest first.
QList<Period> auditPeriods(const QList<Audit> &audits, PeriodKind kind);

// How one behaviour fared in one period, in percent of the item's scale, and
// whether it slipped: against the period just before, or against the item's
// own recent average (its ratings in the kAuditBaselinePeriods periods before
// this one; a year of months, so a programme years ago does not count).
struct AuditItemResult
{
    AuditItem item;
    int ratings = 0;                       // in this period
    std::optional<double> percent;         // mean rating / scaleMax × 100
    std::optional<double> previousPercent; // the period just before
    std::optional<double> averagePercent;  // the ratings of the baseline periods
    // The larger of (previous − percent) and (average − percent), in
    // percentage points; positive means worse than before.
    std::optional<double> drop;
    bool slipping = false; // drop ≥ kAuditSlipPoints

    friend bool operator==(const AuditItemResult &, const AuditItemResult &) = default;
};

// How many periods before the one looked at make an item's own average.
inline constexpr int kAuditBaselinePeriods = 12;

// A drop of this many percentage points counts as a behaviour slipping: on a
// 1..5 scale a quarter point on average, which an auditor would notice.
inline constexpr double kAuditSlipPoints = 5.0;

// The item-level results of the checklist in one period, in checklist
// order, for one department (every department when departmentId is 0).
QList<AuditItemResult> auditItemResults(const AuditTemplate &checklist, const QList<Audit> &audits,
                                        PeriodKind kind, const Period &period,
                                        qint64 departmentId = 0);

// The slipping items of a result list, the largest drop first.
QList<AuditItemResult> slippingBehaviours(const QList<AuditItemResult> &results);

} // namespace Yardstick
