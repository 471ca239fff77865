// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// A quality dimension. The list is data, not an enum: the card case's three
// (timeliness, accuracy, responsiveness) and the SERVQUAL five share one table,
// and "responsiveness" belongs to both.
struct Dimension
{
    qint64 id = 0;
    QString key; // lower-case stable key, e.g. "timeliness"
    QString name;
    bool inCardCase = false;              // one of the case's three
    std::optional<double> servqualWeight; // share of the SERVQUAL score (0..1), if a SERVQUAL one
};

} // namespace Yardstick
