// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/compliancestatus.h"
#include "analysis/period.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace Yardstick {

// Where a standard's values come from. Measurements stored for a standard
// take precedence; a standard without any, whose metric cases can give, is
// computed from the completed cases of its service.
enum class ValueSource
{
    Measurements,
    Cases,
    None,
};

// "measurements", "cases", "none".
QString valueSourceKey(ValueSource source);
ValueSource valueSourceOf(const Standard &standard, const ComplianceData &data);

// One standard in one period, judged against the revision in force at the
// end of the period.
struct PeriodValue
{
    Period period;
    std::optional<double> value;
    std::optional<qint64> n; // cases behind the value, when known
    std::optional<double> target;
    std::optional<double> threshold;
    ComplianceStatus status = ComplianceStatus::NoData;
};

// The standard's value in each of the periods (consecutive, oldest first).
//
// From cases: a case belongs to the period in which it was completed (the
// date as its source wrote it). Turnaround is calendar days (elapsedDays) or,
// for a business-day standard, business days between the two dates; hours
// are days x 24. The statistic (mean, median, p<NN>, within:<N> in the
// metric's unit) is taken over the period's cases. The right-first-time rate
// is the percentage of "yes" among cases where it is known.
//
// From measurements: each measurement counts in the period holding its
// period end; several in one period combine as a mean weighted by sample
// size (a plain mean when any size is missing). That is exact for means and
// percentages and an approximation for medians and percentiles.
//
// Standards of one service that read the same case values (say the mean, the
// median and the 90th percentile of calendar turnaround) can share a cache
// made for one list of periods, so each service's cases are bucketed and
// sorted once rather than once per standard.
class CaseValueCache;
QList<PeriodValue> standardSeries(const Standard &standard, const ComplianceData &data,
                                  const QList<Period> &periods, CaseValueCache *cache = nullptr);

// The same computed from the cases of one department only (those that name
// it): each department's own service record. A standard whose values come
// from measurements has no per-department figures, so every period is empty.
QList<PeriodValue> departmentSeries(const Standard &standard, const ComplianceData &data,
                                    const QList<Period> &periods, qint64 departmentId);

class CaseValueCache final
{
public:
    using Buckets = std::vector<std::vector<double>>; // per period, sorted

    // The values for the standard's service and kind of value, built once.
    const Buckets &buckets(const Standard &standard, const ComplianceData &data,
                           const QList<Period> &periods);

private:
    QHash<QString, Buckets> m_buckets;
};

// The value one standard reads from a completed case, in its metric's unit:
// calendar or business days (x 24 for hours), or 100/0 for right first time
// (-1 when the case does not count).
double caseValue(const Standard &standard, const BusinessCalendar &calendar, const CaseFact &fact);

// The statistic over one period's values, sorted ascending.
std::optional<double> evaluateSorted(const Statistic &statistic, std::span<const double> sorted);

// The consecutive periods of a kind from the one holding `first` to the one
// holding `last`.
QList<Period> periodsBetween(PeriodKind kind, QDate first, QDate last);

} // namespace Yardstick
