// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// How the cases of a period are summarised into one value: mean, median, a
// percentile, or the share (%) of cases done within N days. Keys: "mean",
// "median", "p90", "within:2".
struct Statistic
{
    enum class Kind
    {
        Mean,
        Median,
        Percentile,
        ShareWithin,
    };

    Kind kind = Kind::Mean;
    double parameter = 0; // percentile (1..99) or the N of "within N days"

    static Statistic mean() { return {Kind::Mean, 0}; }
    static Statistic median() { return {Kind::Median, 0}; }
    static Statistic percentile(int p) { return {Kind::Percentile, double(p)}; }
    static Statistic shareWithin(double days) { return {Kind::ShareWithin, days}; }

    QString key() const;
    static std::optional<Statistic> fromKey(const QString &key);
    QString displayName() const;
    bool isValid() const;

    friend bool operator==(const Statistic &, const Statistic &) = default;
};

} // namespace Yardstick
