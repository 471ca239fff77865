// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linksuggestion.h"

#include <algorithm>

namespace Yardstick {

namespace {

// Whether the standard was in force when the letter arrived: a complaint
// about last year's service can still have broken a standard retired since.
// As on the scorecard, only retirement ends a standard; one whose first
// target dates from after the letter is still charted (and often measured)
// back then. A letter without a date is judged against today's catalogue.
bool inForceFor(const Standard &standard, const QDate &received)
{
    if (standard.status == StandardStatus::Active)
        return true;
    return received.isValid() && standard.retiredOn.isValid() && standard.retiredOn > received;
}

// A letter is evidence about what operations did (a card late, an amount
// wrong, a call-back not made). Survey gaps and staff audits are other
// voices on the same dimension, so they come after the operational
// standards within a group.
bool measuresOperations(const Standard &standard)
{
    return standard.metric != Metric::SurveyScore && standard.metric != Metric::AuditScore;
}

} // namespace

QList<qint64> suggestedStandardIds(const ComplaintLetter &letter, const QList<Standard> &standards)
{
    if (!letter.serviceId)
        return {};
    const QDate received = letter.receivedAt.isValid() ? letter.receivedAt.date() : QDate();
    QList<const Standard *> candidates;
    for (const Standard &standard : standards) {
        if (standard.serviceId == *letter.serviceId && inForceFor(standard, received))
            candidates.append(&standard);
    }
    std::stable_partition(candidates.begin(), candidates.end(),
                          [](const Standard *s) { return measuresOperations(*s); });

    // The dimensions in the order the letter weighs them: the primary one,
    // then the others as labelled.
    QList<qint64> dimensions;
    if (letter.primaryDimensionId)
        dimensions.append(*letter.primaryDimensionId);
    for (const DimensionLabel &label : letter.dimensions) {
        if (!dimensions.contains(label.dimensionId))
            dimensions.append(label.dimensionId);
    }

    QList<qint64> ids;
    ids.reserve(candidates.size());
    // Within a dimension the catalogue's order holds (the order the analyst
    // knows), operational standards before survey and audit ones.
    for (qint64 dimension : std::as_const(dimensions)) {
        for (const Standard *standard : std::as_const(candidates)) {
            if (standard->dimensionId == dimension)
                ids.append(standard->id);
        }
    }
    for (const Standard *standard : std::as_const(candidates)) {
        if (!ids.contains(standard->id))
            ids.append(standard->id);
    }
    return ids;
}

} // namespace Yardstick
