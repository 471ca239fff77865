// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardvalidator.h"

#include <QRegularExpression>

#include <cmath>

namespace Yardstick {

namespace {
constexpr qsizetype kMaxCodeLength = 32;
} // namespace

bool StandardValidator::isWellFormedCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*$"));
    return code.size() <= kMaxCodeLength && pattern.match(code).hasMatch();
}

ValidationIssues StandardValidator::validate(const Standard &s)
{
    ValidationIssues issues;
    auto add = [&](const char *field, const QString &message) {
        issues.append({QLatin1String(field), message});
    };

    if (s.code.trimmed().isEmpty())
        add("code", tr("Give the standard a code, for example APP-T-01."));
    else if (!isWellFormedCode(s.code))
        add("code", tr("A code is up to 32 letters and digits, in groups joined by a dash, dot "
                       "or underscore, for example APP-T-01."));
    if (s.title.trimmed().isEmpty())
        add("title", tr("Give the standard a title that says what is measured."));
    if (s.serviceId <= 0)
        add("service", tr("Choose the service the standard covers."));
    if (s.dimensionId <= 0)
        add("dimension", tr("Choose the quality dimension the standard measures."));
    if (s.departmentId <= 0)
        add("department", tr("Choose the department that owns the standard."));
    if (!s.statistic.isValid())
        add("statistic", tr("The statistic is not valid: a percentile runs from 1 to 99 and "
                            "\"within N days\" needs N above zero."));
    if (s.unit.trimmed().isEmpty())
        add("unit", tr("Give the unit the values are in, for example days or %."));

    if (s.revisions.isEmpty()) {
        add("target", tr("Give the standard a target and a threshold."));
        return issues;
    }

    QDate previous;
    for (const StandardRevision &r : s.revisions) {
        if (!r.effectiveFrom.isValid()) {
            add("effective_from", tr("Give the date from which the target applies."));
        } else if (previous.isValid() && r.effectiveFrom <= previous) {
            add("effective_from", tr("A revision must take effect after the one before it (%1).")
                                      .arg(previous.toString(Qt::ISODate)));
        }
        previous = r.effectiveFrom;
    }

    // Only the current rule is being edited; older revisions were checked
    // when they were made.
    const StandardRevision &current = s.current();
    // A share "within N days" is a percentage whatever the metric measures.
    const bool percentage =
        metricIsPercentage(s.metric) || s.statistic.kind == Statistic::Kind::ShareWithin;
    const bool mayBeNegative = s.metric == Metric::SurveyScore; // SERVQUAL gaps go below zero
    // Whole sentences per field, so translators never see glued fragments.
    auto checkValue = [&](const char *field, double value, const QString &notANumber,
                          const QString &notAPercentage, const QString &negative) {
        if (!std::isfinite(value))
            add(field, notANumber);
        else if (percentage && (value < 0 || value > 100))
            add(field, notAPercentage);
        else if (!mayBeNegative && value < 0)
            add(field, negative);
    };
    checkValue("target", current.target, tr("The target must be a number."),
               tr("The target is a percentage and must lie between 0 and 100."),
               tr("The target cannot be negative."));
    checkValue("threshold", current.threshold, tr("The threshold must be a number."),
               tr("The threshold is a percentage and must lie between 0 and 100."),
               tr("The threshold cannot be negative."));

    if (std::isfinite(current.target) && std::isfinite(current.threshold)) {
        if (s.direction == Direction::LowerIsBetter && current.target > current.threshold) {
            add("threshold", tr("Lower is better here, so the threshold (the least acceptable "
                                "value) must be at or above the target (the goal)."));
        } else if (s.direction == Direction::HigherIsBetter && current.target < current.threshold) {
            add("threshold", tr("Higher is better here, so the threshold (the least acceptable "
                                "value) must be at or below the target (the goal)."));
        }
    }

    if (s.status == StandardStatus::Retired) {
        if (!s.retiredOn.isValid())
            add("retired_on", tr("Give the date the standard was retired."));
        else if (s.retiredOn < s.effectiveFrom())
            add("retired_on", tr("A standard cannot be retired before it took effect."));
    }
    return issues;
}

} // namespace Yardstick
