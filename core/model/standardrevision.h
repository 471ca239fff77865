// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Yardstick {

// What the target planner predicted for a proposed target, kept with the
// revision it became so the next goal review can compare it with what
// happened.
struct RevisionPrediction
{
    std::optional<double> caseShare;   // % of cases that would have met it
    std::optional<double> periodShare; // % of periods that would have met it
    std::optional<double> annualValue; // US$ a year against the current value
    QString basis;                     // "last 12 months, 7,812 cases"

    bool isEmpty() const { return !caseShare && !periodShare && !annualValue && basis.isEmpty(); }

    friend bool operator==(const RevisionPrediction &, const RevisionPrediction &) = default;
};

// The target and threshold a standard had from one date on. A revised standard
// keeps its earlier revisions so past periods are judged by the rule that
// governed them.
struct StandardRevision
{
    QDate effectiveFrom;
    double target = 0;    // the goal
    double threshold = 0; // the least acceptable value
    QString reason;
    QDateTime recordedAt; // when the analyst recorded it (UTC); empty if not known
    QString recordedBy;   // who recorded it; empty if not known
    RevisionPrediction prediction;

    friend bool operator==(const StandardRevision &, const StandardRevision &) = default;
};

} // namespace Yardstick
