// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// The parts a report pack can have, in the order they are printed.
enum class ReportSection
{
    Cover,
    Scorecard,
    HeadlineTrends,
    BreachedControlCharts,
    ComplaintsPareto,
    ComplaintsPerMonth,
    Heatmap,
    Departments,
};

QList<ReportSection> allReportSections();
// cover, scorecard, headline_trends, breached_control_charts,
// complaints_pareto, complaints_per_month, heatmap, departments
QString reportSectionKey(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(const QString &key);
QString reportSectionDisplayName(ReportSection section);

// What an analyst chose to put in a pack, saved in the workbench under a name
// to reuse next month.
struct ReportTemplate
{
    QString name;
    QList<ReportSection> sections; // printed in allReportSections() order
    PeriodKind periodKind = PeriodKind::Month;
    QString title; // empty: "Service quality report"
    // At most this many breached standards get a control chart, the most
    // breached first, so a bad month does not make a 90-page pack.
    int maxControlCharts = 8;

    bool includes(ReportSection section) const { return sections.contains(section); }

    // Every section, monthly: what a pack has when no template is named.
    static ReportTemplate standard();

    QJsonObject toJson() const;
    // Unknown section keys are an error (a template written by a newer
    // version should not silently lose sections); returns nullopt and says
    // why in *error.
    static std::optional<ReportTemplate> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ReportTemplate &, const ReportTemplate &) = default;
};

} // namespace Yardstick
