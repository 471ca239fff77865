// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedperiodvalues.h"

namespace Yardstick {

StoredPeriodValues::Key StoredPeriodValues::keyOf(qint64 id, PeriodKind kind, QDate start,
                                                  qint64 departmentId)
{
    return {id, departmentId, start.toJulianDay(), int(kind)};
}

void StoredPeriodValues::setValue(qint64 standardId, PeriodKind kind, QDate start,
                                  qint64 departmentId, StoredPeriodValue value)
{
    m_values.insert(keyOf(standardId, kind, start, departmentId), value);
}

std::optional<StoredPeriodValue> StoredPeriodValues::value(qint64 standardId, PeriodKind kind,
                                                           QDate start, qint64 departmentId) const
{
    const auto found = m_values.constFind(keyOf(standardId, kind, start, departmentId));
    if (found == m_values.cend())
        return std::nullopt;
    return *found;
}

void StoredPeriodValues::setCaseCount(qint64 serviceId, PeriodKind kind, QDate start, qint64 count)
{
    m_caseCounts.insert(keyOf(serviceId, kind, start), count);
}

qint64 StoredPeriodValues::caseCount(qint64 serviceId, PeriodKind kind, QDate start) const
{
    return m_caseCounts.value(keyOf(serviceId, kind, start), 0);
}

QList<QDate> StoredPeriodValues::periodStartsWithCases(PeriodKind kind) const
{
    QSet<qint64> starts;
    for (auto it = m_caseCounts.cbegin(); it != m_caseCounts.cend(); ++it) {
        if (it.key().kind == int(kind) && it.value() > 0)
            starts.insert(it.key().start);
    }
    QList<QDate> days;
    for (qint64 start : std::as_const(starts))
        days.append(QDate::fromJulianDay(start));
    return days;
}

void StoredPeriodValues::setCompletedRange(qint64 serviceId, QDate first, QDate last)
{
    m_ranges.insert(serviceId, {first, last});
}

std::pair<QDate, QDate> StoredPeriodValues::completedRange(qint64 serviceId) const
{
    return m_ranges.value(serviceId);
}

} // namespace Yardstick
