// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basis.h"
#include "direction.h"
#include "metric.h"
#include "standardrevision.h"
#include "statistic.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

enum class StandardStatus
{
    Active,
    Retired,
};

QString standardStatusKey(StandardStatus status);
QString standardStatusDisplayName(StandardStatus status);

// How a turnaround standard counts days: elapsed calendar time, or business
// days (Monday to Friday, less the workbench's holidays).
enum class DayBasis
{
    Calendar,
    Business,
};

// "calendar", "business".
QString dayBasisKey(DayBasis basis);
std::optional<DayBasis> dayBasisFromKey(QStringView key);

// One service standard of the catalogue, e.g. APP-T-01 "Mean application
// processing time <= 15 days". Target and threshold live in the revisions
// (oldest first, never empty for a valid standard) so the catalogue remembers
// which rule governed which period.
struct Standard
{
    qint64 id = 0;
    QString code;
    QString title;
    qint64 serviceId = 0;
    qint64 dimensionId = 0;
    qint64 departmentId = 0;
    Metric metric = Metric::TurnaroundDays;
    Statistic statistic;
    Direction direction = Direction::LowerIsBetter;
    QString unit;
    Basis basis;
    QString rationale;
    StandardStatus status = StandardStatus::Active;
    QDate retiredOn;
    DayBasis dayBasis = DayBasis::Calendar;
    QList<StandardRevision> revisions;

    // The revision in force at the end of the list (the current rule).
    const StandardRevision &current() const { return revisions.constLast(); }
    double target() const { return current().target; }
    double threshold() const { return current().threshold; }
    QDate effectiveFrom() const { return revisions.constFirst().effectiveFrom; }
    // The revision that governed the given date, or nullptr before the first.
    const StandardRevision *revisionOn(const QDate &date) const;

    // Sets the target and threshold from a date on. A later date adds a
    // revision; the current revision's own date amends it in place.
    void revise(const QDate &from, double target, double threshold, const QString &reason,
                const QDateTime &recordedAt = QDateTime());

    friend bool operator==(const Standard &, const Standard &) = default;
};

} // namespace Yardstick
