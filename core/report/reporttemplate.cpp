// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

} // namespace

QList<ReportSection> allReportSections()
{
    return {ReportSection::Cover,
            ReportSection::Scorecard,
            ReportSection::HeadlineTrends,
            ReportSection::BreachedControlCharts,
            ReportSection::ComplaintsPareto,
            ReportSection::ComplaintsPerMonth,
            ReportSection::Heatmap,
            ReportSection::Departments};
}

QString reportSectionKey(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return QStringLiteral("cover");
    case ReportSection::Scorecard:
        return QStringLiteral("scorecard");
    case ReportSection::HeadlineTrends:
        return QStringLiteral("headline_trends");
    case ReportSection::BreachedControlCharts:
        return QStringLiteral("breached_control_charts");
    case ReportSection::ComplaintsPareto:
        return QStringLiteral("complaints_pareto");
    case ReportSection::ComplaintsPerMonth:
        return QStringLiteral("complaints_per_month");
    case ReportSection::Heatmap:
        return QStringLiteral("heatmap");
    case ReportSection::Departments:
        return QStringLiteral("departments");
    }
    return {};
}

std::optional<ReportSection> reportSectionFromKey(const QString &key)
{
    for (ReportSection section : allReportSections()) {
        if (reportSectionKey(section) == key)
            return section;
    }
    return std::nullopt;
}

QString reportSectionDisplayName(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return tr("Cover");
    case ReportSection::Scorecard:
        return tr("Scorecard");
    case ReportSection::HeadlineTrends:
        return tr("Headline trends");
    case ReportSection::BreachedControlCharts:
        return tr("Breached standards with their control charts");
    case ReportSection::ComplaintsPareto:
        return tr("Pareto of complaints");
    case ReportSection::ComplaintsPerMonth:
        return tr("Complaints per month by dimension");
    case ReportSection::Heatmap:
        return tr("Compliance heat map");
    case ReportSection::Departments:
        return tr("Department comparison");
    }
    return {};
}

ReportTemplate ReportTemplate::standard()
{
    ReportTemplate result;
    result.name = QCoreApplication::translate("Yardstick::ReportTemplate", "Monthly pack");
    result.sections = allReportSections();
    return result;
}

QJsonObject ReportTemplate::toJson() const
{
    QJsonArray sectionKeys;
    for (ReportSection section : allReportSections()) {
        if (includes(section))
            sectionKeys.append(reportSectionKey(section));
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("sections"), sectionKeys},
            {QStringLiteral("period"), periodKindKey(periodKind)},
            {QStringLiteral("title"), title},
            {QStringLiteral("max_control_charts"), maxControlCharts}};
}

std::optional<ReportTemplate> ReportTemplate::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ReportTemplate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ReportTemplate result;
    result.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (result.name.isEmpty())
        return fail(QCoreApplication::translate("Yardstick::ReportTemplate",
                                                "A report template needs a name."));
    QList<ReportSection> chosen;
    for (const QJsonValue &value : json.value(QStringLiteral("sections")).toArray()) {
        const auto section = reportSectionFromKey(value.toString());
        if (!section)
            return fail(QCoreApplication::translate("Yardstick::ReportTemplate",
                                                    "Unknown report section \"%1\".")
                            .arg(value.toString()));
        chosen.append(*section);
    }
    for (ReportSection section : allReportSections()) {
        if (chosen.contains(section))
            result.sections.append(section);
    }
    const auto kind = periodKindFromKey(
        json.value(QStringLiteral("period")).toString(periodKindKey(PeriodKind::Month)));
    if (!kind)
        return fail(
            QCoreApplication::translate("Yardstick::ReportTemplate", "Unknown period \"%1\".")
                .arg(json.value(QStringLiteral("period")).toString()));
    result.periodKind = *kind;
    result.title = json.value(QStringLiteral("title")).toString();
    result.maxControlCharts = json.value(QStringLiteral("max_control_charts")).toInt(8);
    if (result.maxControlCharts < 0)
        return fail(QCoreApplication::translate(
            "Yardstick::ReportTemplate", "The number of control charts cannot be negative."));
    return result;
}

} // namespace Yardstick
