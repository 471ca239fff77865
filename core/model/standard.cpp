// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standard.h"

#include <QCoreApplication>

namespace Yardstick {

QString standardStatusKey(StandardStatus status)
{
    return status == StandardStatus::Active ? QStringLiteral("active") : QStringLiteral("retired");
}

QString standardStatusDisplayName(StandardStatus status)
{
    return status == StandardStatus::Active
               ? QCoreApplication::translate("Yardstick::Standard", "Active")
               : QCoreApplication::translate("Yardstick::Standard", "Retired");
}

QString dayBasisKey(DayBasis basis)
{
    return basis == DayBasis::Business ? QStringLiteral("business") : QStringLiteral("calendar");
}

std::optional<DayBasis> dayBasisFromKey(QStringView key)
{
    if (key == u"calendar")
        return DayBasis::Calendar;
    if (key == u"business")
        return DayBasis::Business;
    return std::nullopt;
}

const StandardRevision *Standard::revisionOn(const QDate &date) const
{
    const StandardRevision *found = nullptr;
    for (const StandardRevision &revision : revisions) {
        if (revision.effectiveFrom <= date)
            found = &revision;
    }
    return found;
}

void Standard::revise(const QDate &from, double newTarget, double newThreshold,
                      const QString &reason, const QDateTime &recordedAt)
{
    if (!revisions.isEmpty() && revisions.constLast().effectiveFrom == from) {
        StandardRevision &last = revisions.last();
        last.target = newTarget;
        last.threshold = newThreshold;
        last.reason = reason;
        last.recordedAt = recordedAt;
        return;
    }
    revisions.append({from, newTarget, newThreshold, reason, recordedAt, {}, {}});
}

} // namespace Yardstick
