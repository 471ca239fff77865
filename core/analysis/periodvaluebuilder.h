// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/businesscalendar.h"
#include "analysis/period.h"
#include "model/casefact.h"
#include "model/standard.h"

#include <QDate>
#include <QList>

#include <optional>
#include <vector>

namespace Yardstick {

// One stored value: a standard in a period, over every case of its service
// (departmentId 0) or over one department's cases.
struct PeriodValueRow
{
    qint64 standardId = 0;
    PeriodKind kind = PeriodKind::Month;
    QDate start;
    qint64 departmentId = 0;
    std::optional<double> value;
    qint64 n = 0;
};

struct PeriodCaseCount
{
    PeriodKind kind = PeriodKind::Month;
    QDate start;
    qint64 n = 0;
};

// Everything kept for one service: the values of its case-derived standards
// in every week, month and quarter that has cases, for the whole service and
// for each department named by its cases, the completed cases per period,
// and the first and last completion day (invalid when none).
struct ServicePeriodValues
{
    qint64 serviceId = 0;
    std::vector<PeriodValueRow> values;
    std::vector<PeriodCaseCount> caseCounts;
    QDate firstCompleted;
    QDate lastCompleted;
};

// The period kinds values are kept for.
inline constexpr PeriodKind kStoredPeriodKinds[] = {PeriodKind::Week, PeriodKind::Month,
                                                    PeriodKind::Quarter};

// Computes a service's values with the engine's own pieces (caseValue,
// evaluateSorted) over the same sorted values standardSeries would bucket,
// so kept and computed values are the same numbers; each kind of value is
// computed and sorted once for every period kind and department.
// standards: those of the service; others and those not derived from cases
// are skipped. facts: the service's completed cases.
ServicePeriodValues buildServicePeriodValues(qint64 serviceId, const QList<Standard> &standards,
                                             std::vector<CaseFact> facts,
                                             const BusinessCalendar &calendar);

} // namespace Yardstick
