// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancestatus.h"
#include "analysis/scorecard.h"

#include <QList>
#include <QString>

namespace Yardstick {

struct HeatmapRow
{
    qint64 standardId = 0;
    QString code;
    QString title;
    QList<ComplianceStatus> statuses; // one per HeatmapChart::periods
};

// Standards (rows) by period (columns), each cell a compliance status.
struct HeatmapChart
{
    PeriodKind kind = PeriodKind::Month;
    QList<Period> periods; // oldest first
    QList<HeatmapRow> rows;
    QString title;
    QString subtitle;
    QString source;
    // On one page of a longer heat map (see heatmapPages): which rows of how
    // many it shows, "Standards 57–100 of 100"; empty when it shows them all.
    QString pageNote;
};

// The scorecard's recent periods for the given standards (all when empty),
// in catalogue order.
HeatmapChart buildHeatmap(const Scorecard &scorecard, const QList<qint64> &standardIds = {});

// The heat map cut into pages of at most rowsPerPage rows (at least one),
// in order, so every standard is on one page and none is left out; each page
// says which rows it shows. One page, without a note, when all fit.
QList<HeatmapChart> heatmapPages(const HeatmapChart &chart, int rowsPerPage);

// The standards that were at risk or breached at least once in the
// scorecard's recent periods: what a heat map on paper should show, since
// 180 green rows say nothing.
QList<qint64> standardsThatSlipped(const Scorecard &scorecard);

} // namespace Yardstick
