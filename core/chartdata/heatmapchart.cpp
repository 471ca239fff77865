// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapchart.h"

#include <QCoreApplication>

#include <algorithm>

namespace Yardstick {

HeatmapChart buildHeatmap(const Scorecard &scorecard, const QList<qint64> &standardIds)
{
    HeatmapChart chart;
    chart.kind = scorecard.kind;
    for (const ScorecardRow &row : scorecard.rows) {
        if (!standardIds.isEmpty() && !standardIds.contains(row.standard.id))
            continue;
        if (chart.periods.isEmpty()) {
            for (const PeriodValue &value : row.recent)
                chart.periods.append(value.period);
        }
        HeatmapRow heatRow{row.standard.id, row.standard.code, row.standard.title, {}};
        for (const PeriodValue &value : row.recent)
            heatRow.statuses.append(value.status);
        chart.rows.append(heatRow);
    }
    chart.title =
        QCoreApplication::translate("Yardstick::HeatmapChart", "Compliance by standard and period");
    if (!chart.periods.isEmpty()) {
        chart.subtitle =
            QCoreApplication::translate("Yardstick::HeatmapChart", "%n standard(s), %1 to %2",
                                        nullptr, int(chart.rows.size()))
                .arg(periodLabel(chart.kind, chart.periods.first()),
                     periodLabel(chart.kind, chart.periods.last()));
        chart.source = QCoreApplication::translate("Yardstick::HeatmapChart",
                                                   "Source: the workbench's scorecard");
    }
    return chart;
}

QList<HeatmapChart> heatmapPages(const HeatmapChart &chart, int rowsPerPage)
{
    const qsizetype total = chart.rows.size();
    const qsizetype perPage = std::max(1, rowsPerPage);
    if (total <= perPage)
        return {chart};
    QList<HeatmapChart> pages;
    for (qsizetype first = 0; first < total; first += perPage) {
        HeatmapChart page = chart;
        page.rows = chart.rows.mid(first, perPage);
        page.pageNote =
            QCoreApplication::translate("Yardstick::HeatmapChart", "Standards %1–%2 of %3")
                .arg(first + 1)
                .arg(first + page.rows.size())
                .arg(total);
        pages.append(page);
    }
    return pages;
}

QList<qint64> standardsThatSlipped(const Scorecard &scorecard)
{
    QList<qint64> ids;
    for (const ScorecardRow &row : scorecard.rows) {
        const bool slipped =
            std::any_of(row.recent.cbegin(), row.recent.cend(), [](const PeriodValue &v) {
                return v.status == ComplianceStatus::Breached ||
                       v.status == ComplianceStatus::AtRisk;
            });
        if (slipped)
            ids.append(row.standard.id);
    }
    return ids;
}

} // namespace Yardstick
