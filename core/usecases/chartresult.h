// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"

#include <QString>

#include <optional>

namespace Yardstick {

// What ChartService gives for a ChartRequest: the chart's data, or the
// reason there is nothing worth drawing, in words every caller shows as they
// are. A chart that is empty carries both: the report pack prints a page for
// each headline standard even when it has no data yet, while the Charts page
// and the command line show the reason instead.
struct ChartResult
{
    std::optional<AnyChart> chart; // what core computed; absent when nothing could be
    QString emptyReason;           // empty: the chart is worth drawing

    // The chart to draw, or nullptr when the reason stands in its place.
    const AnyChart *drawable() const { return emptyReason.isEmpty() && chart ? &*chart : nullptr; }
};

} // namespace Yardstick
