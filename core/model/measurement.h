// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Yardstick {

// The value of one standard's metric over one period (for example the mean
// application processing time in the week of 2024-03-04).
struct Measurement
{
    qint64 id = 0;
    qint64 standardId = 0;
    QDate periodStart;
    QDate periodEnd; // inclusive
    double value = 0;
    std::optional<int> sampleSize;
    QString source; // where it came from: "demo", an import file name...

    friend bool operator==(const Measurement &, const Measurement &) = default;
};

} // namespace Yardstick
