// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metric.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

struct MetricInfo
{
    Metric metric;
    const char *key;
    const char *displayName;
    const char *defaultUnit;
};

// QT_TRANSLATE_NOOP marks the names for lupdate; metricDisplayName translates.
constexpr MetricInfo kMetrics[] = {
    {Metric::TurnaroundDays, "turnaround_days",
     QT_TRANSLATE_NOOP("Yardstick::Metric", "Turnaround (days)"), "days"},
    {Metric::TurnaroundHours, "turnaround_hours",
     QT_TRANSLATE_NOOP("Yardstick::Metric", "Turnaround (hours)"), "hours"},
    {Metric::RightFirstTimePct, "right_first_time_pct",
     QT_TRANSLATE_NOOP("Yardstick::Metric", "Right first time (%)"), "%"},
    {Metric::ErrorRatePct, "error_rate_pct",
     QT_TRANSLATE_NOOP("Yardstick::Metric", "Error rate (%)"), "%"},
    {Metric::CountPer1000, "count_per_1000",
     QT_TRANSLATE_NOOP("Yardstick::Metric", "Count per 1,000 cases"), "per 1,000"},
    {Metric::SurveyScore, "survey_score", QT_TRANSLATE_NOOP("Yardstick::Metric", "Survey score"),
     "points"},
    {Metric::AuditScore, "audit_score", QT_TRANSLATE_NOOP("Yardstick::Metric", "Audit score (%)"),
     "%"},
};

const MetricInfo &info(Metric metric)
{
    for (const MetricInfo &m : kMetrics) {
        if (m.metric == metric)
            return m;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Metric> allMetrics()
{
    QList<Metric> result;
    for (const MetricInfo &m : kMetrics)
        result.append(m.metric);
    return result;
}

QString metricKey(Metric metric)
{
    return QLatin1String(info(metric).key);
}

std::optional<Metric> metricFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const MetricInfo &m : kMetrics) {
        if (k == QLatin1String(m.key))
            return m.metric;
    }
    return std::nullopt;
}

QString metricDisplayName(Metric metric)
{
    return QCoreApplication::translate("Yardstick::Metric", info(metric).displayName);
}

QString metricDefaultUnit(Metric metric)
{
    return QLatin1String(info(metric).defaultUnit);
}

bool metricIsPercentage(Metric metric)
{
    return metric == Metric::RightFirstTimePct || metric == Metric::ErrorRatePct ||
           metric == Metric::AuditScore;
}

} // namespace Yardstick
