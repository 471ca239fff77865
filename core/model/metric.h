// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// What a standard measures. The keys are a file-format contract (CSV imports,
// CLI output): never rename one.
enum class Metric
{
    TurnaroundDays,
    TurnaroundHours,
    RightFirstTimePct,
    ErrorRatePct,
    CountPer1000,
    SurveyScore,
    AuditScore,
};

QList<Metric> allMetrics();
QString metricKey(Metric metric);
std::optional<Metric> metricFromKey(const QString &key);
QString metricDisplayName(Metric metric);
// The unit a new standard of this metric starts with ("days", "%"...).
QString metricDefaultUnit(Metric metric);
// Percentages must lie in 0..100; every metric here is non-negative.
bool metricIsPercentage(Metric metric);

} // namespace Yardstick
