// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardexporter.h"

#include "csvwriter.h"
#include "itemmodels/compliancetext.h"
#include "model/valueformat.h"
#include "texttable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Yardstick {

namespace {

constexpr qsizetype kMaxTitleWidth = 40;

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A symbol beside the word, so the table reads without colour too.
QString statusSymbol(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return QStringLiteral("\u2713");
    case ComplianceStatus::AtRisk:
        return QStringLiteral("!");
    case ComplianceStatus::Breached:
        return QStringLiteral("\u2715");
    case ComplianceStatus::NoData:
        break;
    }
    return QStringLiteral("-");
}

QString trendArrow(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QStringLiteral("\u2197");
    case Trend::Worsening:
        return QStringLiteral("\u2198");
    case Trend::TooFewPeriods:
        return QStringLiteral("?");
    case Trend::Steady:
        break;
    }
    return QStringLiteral("\u2192");
}

} // namespace

ScorecardExporter::ScorecardExporter(ReferenceData names, PeriodKind kind)
    : m_names(std::move(names))
    , m_kind(kind)
{}

QStringList ScorecardExporter::columns()
{
    return {QStringLiteral("code"),
            QStringLiteral("title"),
            QStringLiteral("service"),
            QStringLiteral("dimension"),
            QStringLiteral("department"),
            QStringLiteral("period_start"),
            QStringLiteral("period_end"),
            QStringLiteral("value"),
            QStringLiteral("n"),
            QStringLiteral("target"),
            QStringLiteral("threshold"),
            QStringLiteral("status"),
            QStringLiteral("trend"),
            QStringLiteral("met_last_12"),
            QStringLiteral("period"),
            QStringLiteral("unit"),
            QStringLiteral("source"),
            QStringLiteral("trend_change"),
            QStringLiteral("complaints_per_1000"),
            QStringLiteral("usual_n")};
}

QList<ExportCell> ScorecardExporter::cells(const ScorecardRow &row) const
{
    const Standard &s = row.standard;
    const PeriodValue &v = row.current;
    // A spreadsheet shows 98.5 % as the number 0.985 in a percent format.
    const bool percent = ValueFormat::kindOf(s.unit) == ValueFormat::UnitKind::Percent;
    const auto value = [percent](const std::optional<double> &x) {
        return percent ? ExportCell::percent(x) : ExportCell::number(x);
    };
    return {ExportCell::text(s.code),
            ExportCell::text(s.title),
            ExportCell::text(m_names.serviceCode(s.serviceId)),
            ExportCell::text(m_names.dimensionKey(s.dimensionId)),
            ExportCell::text(m_names.departmentCode(s.departmentId)),
            ExportCell::date(v.period.start),
            ExportCell::date(v.period.end),
            value(v.value),
            v.n ? ExportCell::integer(*v.n) : ExportCell(),
            value(v.target),
            value(v.threshold),
            ExportCell::text(complianceStatusKey(v.status)),
            ExportCell::text(trendKey(row.trend)),
            ExportCell::integer(row.metInRecent),
            ExportCell::text(periodLabel(m_kind, v.period)),
            ExportCell::text(s.unit),
            ExportCell::text(valueSourceKey(row.source)),
            value(row.trendChange), // a share's +2.5 points reads +2.5%, as its values
            ExportCell::number(row.complaintsPer1000),
            row.thin ? ExportCell::number(row.thin->usual) : ExportCell()};
}

ExportTable ScorecardExporter::table(const QList<ScorecardRow> &rows, const QString &name) const
{
    ExportTable table{name, columns(), {}};
    table.rows.reserve(rows.size());
    for (const ScorecardRow &row : rows)
        table.rows.append(cells(row));
    return table;
}

QByteArray ScorecardExporter::toCsv(const QList<ScorecardRow> &rows) const
{
    return table(rows, QString()).toCsv();
}

QJsonArray ScorecardExporter::toJsonArray(const QList<ScorecardRow> &rows) const
{
    QJsonArray array;
    for (const ScorecardRow &row : rows) {
        const Standard &s = row.standard;
        const PeriodValue &v = row.current;
        array.append(QJsonObject{
            {QStringLiteral("code"), s.code},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("service"), m_names.serviceCode(s.serviceId)},
            {QStringLiteral("dimension"), m_names.dimensionKey(s.dimensionId)},
            {QStringLiteral("department"), m_names.departmentCode(s.departmentId)},
            {QStringLiteral("period_start"), v.period.start.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), v.period.end.toString(Qt::ISODate)},
            {QStringLiteral("value"), json(v.value)},
            {QStringLiteral("n"), v.n ? QJsonValue(*v.n) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target"), json(v.target)},
            {QStringLiteral("threshold"), json(v.threshold)},
            {QStringLiteral("status"), complianceStatusKey(v.status)},
            {QStringLiteral("trend"), trendKey(row.trend)},
            {QStringLiteral("met_last_12"), row.metInRecent},
            {QStringLiteral("period"), periodLabel(m_kind, v.period)},
            {QStringLiteral("unit"), s.unit},
            {QStringLiteral("source"), valueSourceKey(row.source)},
            {QStringLiteral("trend_change"), json(row.trendChange)},
            {QStringLiteral("complaints_per_1000"), json(row.complaintsPer1000)},
            {QStringLiteral("usual_n"),
             row.thin ? json(row.thin->usual) : QJsonValue(QJsonValue::Null)},
        });
    }
    return array;
}

QByteArray ScorecardExporter::toJson(const QList<ScorecardRow> &rows) const
{
    return QJsonDocument(toJsonArray(rows)).toJson(QJsonDocument::Indented);
}

QString ScorecardExporter::toTable(const QList<ScorecardRow> &rows) const
{
    TextTable table({{tr("Code"), false},
                     {tr("Title"), false},
                     {tr("Period"), false},
                     {tr("Value"), true},
                     {tr("Target"), true},
                     {tr("Threshold"), true},
                     {tr("Status"), false},
                     {tr("Trend"), false},
                     {tr("Met of 12"), true},
                     {tr("Complaints per 1,000"), true}});
    // The table is read by people, so it uses the screen's rule for values
    // and words (ValueFormat, ComplianceText); CSV and JSON keep raw numbers
    // and stable keys for machines.
    for (const ScorecardRow &row : rows) {
        const Standard &s = row.standard;
        const PeriodValue &v = row.current;
        const auto value = [&s](const std::optional<double> &x) {
            return x ? ValueFormat::value(*x, s.unit) : ValueFormat::none();
        };
        const auto bound = [&s](const std::optional<double> &x) {
            return x ? ValueFormat::bound(s.direction, *x, s.unit) : ValueFormat::none();
        };
        QString complaints = tr("no letters");
        if (row.lettersLinked)
            complaints = row.complaintsPer1000 ? ValueFormat::number(*row.complaintsPer1000,
                                                                     QStringLiteral("per 1,000"))
                                               : ValueFormat::none();
        table.addRow(
            {s.code, TextTable::elide(s.title, kMaxTitleWidth), periodLabel(m_kind, v.period),
             value(v.value), bound(v.target), bound(v.threshold),
             statusSymbol(v.status) + QLatin1Char(' ') + ComplianceText::statusName(v.status),
             trendArrow(row.trend) + QLatin1Char(' ') + ComplianceText::trendName(row.trend),
             QString::number(row.metInRecent), complaints});
    }
    return table.text();
}

} // namespace Yardstick
