// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "chartdata/anychart.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// The words a chart's slide carries besides the picture: the one line to
// remember ("35.7 → 15.0 days", the trend chart's headline that the PDF
// pack draws on the chart) with a detail line under it, and the speaker
// notes holding the numbers behind it: value, target, threshold, n, the
// period and the source.
struct ChartSlideText
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ChartSlideText)

public:
    QString takeaway;
    QString detail;
    QStringList notes;

    // row: the scorecard's row of a breached standard, when the chart is
    // its control chart in a report pack (the period the pack reports).
    static ChartSlideText of(const AnyChart &chart, const std::optional<ScorecardRow> &row = {});
};

} // namespace Yardstick
