// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>
#include <utility>

namespace Yardstick {

// A case-derived standard's value in one period, as kept in the workbench
// (see PeriodValueBuilder): exactly what standardSeries computes from the
// cases, stored so that a scorecard reads a few rows instead of every case.
struct StoredPeriodValue
{
    std::optional<double> value;
    qint64 n = 0; // the cases behind it
};

// The stored period values of the services whose values are current. A
// period without a row had no cases. Department 0 means every case of the
// service; another id, only the cases naming that department.
class StoredPeriodValues final
{
public:
    void addService(qint64 serviceId) { m_services.insert(serviceId); }
    // Whether this service's values were read, so its cases need not be.
    bool covers(qint64 serviceId) const { return m_services.contains(serviceId); }
    QList<qint64> services() const { return m_services.values(); }

    void setValue(qint64 standardId, PeriodKind kind, QDate start, qint64 departmentId,
                  StoredPeriodValue value);
    std::optional<StoredPeriodValue> value(qint64 standardId, PeriodKind kind, QDate start,
                                           qint64 departmentId = 0) const;

    // Completed cases of a service per period (complaints per 1,000 cases).
    void setCaseCount(qint64 serviceId, PeriodKind kind, QDate start, qint64 count);
    qint64 caseCount(qint64 serviceId, PeriodKind kind, QDate start) const;
    // The first days of the periods of a kind in which any service kept here
    // completed a case, in no order.
    QList<QDate> periodStartsWithCases(PeriodKind kind) const;

    // The first and last completion day of a service's cases.
    void setCompletedRange(qint64 serviceId, QDate first, QDate last);
    std::pair<QDate, QDate> completedRange(qint64 serviceId) const;

    qsizetype valueCount() const { return m_values.size(); }

private:
    struct Key
    {
        qint64 id = 0;
        qint64 departmentId = 0;
        qint64 start = 0; // Julian day
        int kind = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.id, key.departmentId, key.start, key.kind);
        }
    };
    static Key keyOf(qint64 id, PeriodKind kind, QDate start, qint64 departmentId = 0);

    QSet<qint64> m_services;
    QHash<Key, StoredPeriodValue> m_values;
    QHash<Key, qint64> m_caseCounts;
    QHash<qint64, std::pair<QDate, QDate>> m_ranges;
};

} // namespace Yardstick
