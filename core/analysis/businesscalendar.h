// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <vector>

namespace Yardstick {

// Working days: Monday to Friday, less the workbench's holidays.
class BusinessCalendar final
{
public:
    BusinessCalendar() = default;
    explicit BusinessCalendar(const QList<QDate> &holidays);

    bool isBusinessDay(QDate date) const;

    // Business days elapsed from `received` to `completed`: the number of
    // business days d with received < d <= completed. Same day = 0; received on
    // a Friday and completed on the Monday = 1; received on a Saturday and
    // completed on the Monday = 1. Negative (mirrored) when completed is
    // before received. Constant time in the span (holidays by binary search).
    qint64 businessDaysBetween(QDate received, QDate completed) const;

private:
    qint64 weekdaysUpTo(qint64 julianDay) const; // Mon-Fri days <= julianDay
    qint64 holidaysUpTo(qint64 julianDay) const; // weekday holidays <= julianDay

    std::vector<qint64> m_weekdayHolidays; // julian days, sorted, no weekends
};

} // namespace Yardstick
