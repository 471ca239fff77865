// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// What a day is worth for one turnaround standard: each day sooner brings
// valuePerDay (US$) per case, on casesPerYear cases a year; reaching the
// target may cost costPerYear. In the card case a card that arrives a day
// earlier brings about US$0.33, about US$1.4 million a year.
struct ValueModel
{
    qint64 standardId = 0;
    double valuePerDay = 0;
    double casesPerYear = 0;
    std::optional<double> costPerYear;
    QString note;

    // What one day sooner is worth in a year: valuePerDay x casesPerYear.
    double annualValuePerDay() const { return valuePerDay * casesPerYear; }

    friend bool operator==(const ValueModel &, const ValueModel &) = default;
};

} // namespace Yardstick
