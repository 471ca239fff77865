// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "departmentchart.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Yardstick {

DepartmentChart buildDepartmentChart(const Scorecard &scorecard, const ReferenceData &reference)
{
    DepartmentChart chart;
    chart.period = scorecard.period;
    QHash<qint64, DepartmentBar> bars;
    for (const ScorecardRow &row : scorecard.rows) {
        const qint64 id = row.standard.departmentId;
        DepartmentBar &bar = bars[id];
        bar.departmentId = id;
        bar.name = reference.departmentName(id);
        if (row.current.status == ComplianceStatus::NoData)
            continue;
        ++bar.assessed;
        bar.met += row.current.status == ComplianceStatus::Met ? 1 : 0;
    }
    for (DepartmentBar bar : std::as_const(bars)) {
        bar.sharePercent = bar.assessed > 0 ? 100.0 * bar.met / bar.assessed : 0;
        chart.bars.append(bar);
    }
    std::sort(chart.bars.begin(), chart.bars.end(),
              [](const DepartmentBar &a, const DepartmentBar &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    chart.title =
        QCoreApplication::translate("Yardstick::DepartmentChart", "Standards met by department");
    if (scorecard.period.isValid()) {
        chart.subtitle =
            QCoreApplication::translate("Yardstick::DepartmentChart",
                                        "Share of each department's standards met in %1")
                .arg(periodLabel(scorecard.kind, scorecard.period));
        chart.source = QCoreApplication::translate("Yardstick::DepartmentChart",
                                                   "Source: the workbench's scorecard");
    }
    return chart;
}

} // namespace Yardstick
