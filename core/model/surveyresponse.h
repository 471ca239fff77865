// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// One respondent's answer to one survey item (SERVQUAL style): what they
// expected and what they perceived, on the survey's scale (default 1..7).
struct SurveyResponse
{
    qint64 id = 0;
    QString wave;
    QString respondent;
    QString item;
    qint64 dimensionId = 0;
    std::optional<double> expectation;
    std::optional<double> perception;
    std::optional<double> importance;
    QString customerRef;

    friend bool operator==(const SurveyResponse &, const SurveyResponse &) = default;
};

} // namespace Yardstick
