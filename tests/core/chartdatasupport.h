// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// What the chart data and chart service tests build their standards from.
namespace Yardstick::ChartTesting {

// Lower is better: at most 15 days meets the target, over 20 is a breach.
inline Standard turnaround(qint64 id, const QString &code)
{
    Standard s;
    s.id = id;
    s.code = code;
    s.title = QStringLiteral("Application processing time");
    s.serviceId = 1;
    s.dimensionId = 1;
    s.departmentId = 1;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// One measurement per month from `firstMonth` on (nullopt: none that month),
// with an optional sample size for every month.
inline void addMonthly(ComplianceData &data, const Standard &standard, QDate firstMonth,
                       const std::vector<std::optional<double>> &values,
                       std::optional<int> sampleSize = std::nullopt)
{
    QDate month = firstMonth;
    for (const std::optional<double> &value : values) {
        const QDate end = month.addMonths(1).addDays(-1);
        if (value) {
            data.measurementsByStandard[standard.id].append(
                {0, standard.id, month, end, *value, sampleSize, QStringLiteral("test")});
            if (!data.latestDataDay.isValid() || end > data.latestDataDay)
                data.latestDataDay = end;
            if (!data.earliestDataDay.isValid() || month < data.earliestDataDay)
                data.earliestDataDay = month;
        }
        month = month.addMonths(1);
    }
}

} // namespace Yardstick::ChartTesting
