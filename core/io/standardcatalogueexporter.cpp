// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcatalogueexporter.h"

#include "csvwriter.h"
#include "texttable.h"
#include "workbench/referencedata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace Yardstick {

namespace {

// Longest title the table shows, in terminal columns: most titles fit whole,
// and the columns after the title stay on a wide terminal's line.
constexpr qsizetype kMaxTitleWidth = 44;

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A standard read from a damaged file may have no revision; it is still
// listed, with its target, threshold and date left empty.
const StandardRevision *currentRevision(const Standard &standard)
{
    return standard.revisions.isEmpty() ? nullptr : &standard.current();
}

QJsonArray basisArray(Basis basis)
{
    QJsonArray keys;
    for (BasisFlag flag : allBasisFlags()) {
        if (basis.testFlag(flag))
            keys.append(basisFlagKey(flag));
    }
    return keys;
}

} // namespace

StandardCatalogueExporter::StandardCatalogueExporter(Workbench &workbench)
    : m_workbench(workbench)
{}

QStringList StandardCatalogueExporter::csvColumns()
{
    return {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("service"),
            QStringLiteral("dimension"), QStringLiteral("metric"), QStringLiteral("statistic"),
            QStringLiteral("direction"), QStringLiteral("target"), QStringLiteral("threshold"),
            QStringLiteral("unit"), QStringLiteral("department"), QStringLiteral("basis"),
            QStringLiteral("rationale"), QStringLiteral("effective_from"),
            // Appended after the contract columns so a retired standard
            // survives an export and re-import as retired.
            QStringLiteral("status"), QStringLiteral("retired_on"),
            // How turnaround days are counted (calendar or business).
            QStringLiteral("day_basis")};
}

ExportTable StandardCatalogueExporter::table(const QList<Standard> &standards,
                                             const QString &name) const
{
    const ReferenceData names = ReferenceData::load(m_workbench);
    ExportTable table{name, csvColumns(), {}};
    table.rows.reserve(standards.size());
    for (const Standard &s : standards) {
        const StandardRevision *current = currentRevision(s);
        // Targets stay plain numbers (98.5, not 98.5 %): the catalogue
        // import reads a workbook's numbers as they are stored, so a percent
        // cell (0.985) would come back as a different target.
        const auto bound = [current](double StandardRevision::*field) {
            return current ? ExportCell::number(current->*field) : ExportCell();
        };
        table.rows.append({
            ExportCell::text(s.code),
            ExportCell::text(s.title),
            ExportCell::text(names.serviceCode(s.serviceId)),
            ExportCell::text(names.dimensionKey(s.dimensionId)),
            ExportCell::text(metricKey(s.metric)),
            ExportCell::text(s.statistic.key()),
            ExportCell::text(directionKey(s.direction)),
            bound(&StandardRevision::target),
            bound(&StandardRevision::threshold),
            ExportCell::text(s.unit),
            ExportCell::text(names.departmentCode(s.departmentId)),
            ExportCell::text(basisKeys(s.basis)),
            ExportCell::text(s.rationale),
            current ? ExportCell::date(current->effectiveFrom) : ExportCell(),
            ExportCell::text(standardStatusKey(s.status)),
            s.status == StandardStatus::Retired ? ExportCell::date(s.retiredOn) : ExportCell(),
            ExportCell::text(dayBasisKey(s.dayBasis)),
        });
    }
    return table;
}

QByteArray StandardCatalogueExporter::toCsv(const QList<Standard> &standards) const
{
    return table(standards, QString()).toCsv();
}

QJsonArray StandardCatalogueExporter::toJsonArray(const QList<Standard> &standards) const
{
    const ReferenceData names = ReferenceData::load(m_workbench);
    QJsonArray array;
    for (const Standard &s : standards) {
        const StandardRevision *current = currentRevision(s);
        QJsonArray revisions;
        for (const StandardRevision &r : s.revisions) {
            revisions.append(QJsonObject{
                {QStringLiteral("effective_from"), jsonDate(r.effectiveFrom)},
                {QStringLiteral("target"), r.target},
                {QStringLiteral("threshold"), r.threshold},
                {QStringLiteral("reason"), r.reason},
            });
        }
        const QJsonValue none(QJsonValue::Null);
        array.append(QJsonObject{
            {QStringLiteral("code"), s.code},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("service"), names.serviceCode(s.serviceId)},
            {QStringLiteral("dimension"), names.dimensionKey(s.dimensionId)},
            {QStringLiteral("metric"), metricKey(s.metric)},
            {QStringLiteral("statistic"), s.statistic.key()},
            {QStringLiteral("direction"), directionKey(s.direction)},
            {QStringLiteral("target"), current ? QJsonValue(current->target) : none},
            {QStringLiteral("threshold"), current ? QJsonValue(current->threshold) : none},
            {QStringLiteral("unit"), s.unit},
            {QStringLiteral("department"), names.departmentCode(s.departmentId)},
            {QStringLiteral("basis"), basisArray(s.basis)},
            {QStringLiteral("rationale"), s.rationale},
            {QStringLiteral("effective_from"), current ? jsonDate(current->effectiveFrom) : none},
            {QStringLiteral("status"), standardStatusKey(s.status)},
            {QStringLiteral("retired_on"),
             s.status == StandardStatus::Retired ? jsonDate(s.retiredOn) : none},
            {QStringLiteral("day_basis"), dayBasisKey(s.dayBasis)},
            {QStringLiteral("service_name"), names.serviceName(s.serviceId)},
            {QStringLiteral("department_name"), names.departmentName(s.departmentId)},
            {QStringLiteral("revisions"), revisions},
        });
    }
    return array;
}

QByteArray StandardCatalogueExporter::toJson(const QList<Standard> &standards) const
{
    return QJsonDocument(toJsonArray(standards)).toJson(QJsonDocument::Indented);
}

QString StandardCatalogueExporter::toTable(const QList<Standard> &standards) const
{
    const ReferenceData names = ReferenceData::load(m_workbench);
    TextTable table({
        {tr("Code"), false},
        {tr("Title"), false},
        {tr("Service"), false},
        {tr("Dimension"), false},
        {tr("Target"), true},
        {tr("Threshold"), true},
        {tr("Unit"), false},
        {tr("Status"), false},
    });
    for (const Standard &s : standards) {
        const StandardRevision *current = currentRevision(s);
        table.addRow({
            s.code,
            TextTable::elide(s.title, kMaxTitleWidth),
            names.serviceCode(s.serviceId),
            names.dimensionName(s.dimensionId),
            current ? CsvWriter::formatNumber(current->target) : QString(),
            current ? CsvWriter::formatNumber(current->threshold) : QString(),
            s.unit.simplified(),
            standardStatusDisplayName(s.status),
        });
    }
    return table.text();
}

} // namespace Yardstick
