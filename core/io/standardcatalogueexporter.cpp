// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcatalogueexporter.h"

#include "csvwriter.h"
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
constexpr char kColumnGap[] = "  ";

// East Asian wide characters take two terminal columns; without this a
// Chinese title or header would push every later column out of line.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

// Shortens text to at most maxWidth columns, ending in an ellipsis, and cuts
// at a space when one is near the end so no word is left half-shown.
QString elide(const QString &text, qsizetype maxWidth)
{
    const QString simplified = text.simplified(); // a newline in a title would break the row
    if (displayWidth(simplified) <= maxWidth)
        return simplified;
    const QList<uint> codePoints = simplified.toUcs4();
    QString kept;
    qsizetype width = 0;
    for (char32_t c : codePoints) {
        const qsizetype w = isWide(c) ? 2 : 1;
        if (width + w > maxWidth - 1) // room for the ellipsis
            break;
        kept += QString::fromUcs4(&c, 1);
        width += w;
    }
    const qsizetype space = kept.lastIndexOf(QLatin1Char(' '));
    if (space >= kept.size() * 2 / 3)
        kept.truncate(space);
    return kept.trimmed() + QChar(0x2026);
}

QString padded(const QString &text, qsizetype width, bool alignRight)
{
    const QString fill(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
    return alignRight ? fill + text : text + fill;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

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
            QStringLiteral("status"), QStringLiteral("retired_on")};
}

QByteArray StandardCatalogueExporter::toCsv(const QList<Standard> &standards) const
{
    const ReferenceData names = ReferenceData::load(m_workbench);
    CsvWriter writer;
    writer.writeRecord(csvColumns());
    for (const Standard &s : standards) {
        const StandardRevision *current = currentRevision(s);
        writer.writeRecord({
            s.code,
            s.title,
            names.serviceCode(s.serviceId),
            names.dimensionKey(s.dimensionId),
            metricKey(s.metric),
            s.statistic.key(),
            directionKey(s.direction),
            current ? CsvWriter::formatNumber(current->target) : QString(),
            current ? CsvWriter::formatNumber(current->threshold) : QString(),
            s.unit,
            names.departmentCode(s.departmentId),
            basisKeys(s.basis),
            s.rationale,
            current ? isoDate(current->effectiveFrom) : QString(),
            standardStatusKey(s.status),
            s.status == StandardStatus::Retired ? isoDate(s.retiredOn) : QString(),
        });
    }
    return writer.data();
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
    struct Column
    {
        QString header;
        bool alignRight;
        qsizetype width = 0;
    };
    QList<Column> columns = {
        {tr("Code"), false},      {tr("Title"), false},  {tr("Service"), false},
        {tr("Dimension"), false}, {tr("Target"), true},  {tr("Threshold"), true},
        {tr("Unit"), false},      {tr("Status"), false},
    };
    QList<QStringList> rows;
    rows.reserve(standards.size());
    for (const Standard &s : standards) {
        const StandardRevision *current = currentRevision(s);
        rows.append({
            s.code,
            elide(s.title, kMaxTitleWidth),
            names.serviceCode(s.serviceId),
            names.dimensionName(s.dimensionId),
            current ? CsvWriter::formatNumber(current->target) : QString(),
            current ? CsvWriter::formatNumber(current->threshold) : QString(),
            s.unit.simplified(),
            standardStatusDisplayName(s.status),
        });
    }
    for (Column &column : columns)
        column.width = displayWidth(column.header);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            columns[i].width = std::max(columns[i].width, displayWidth(row.at(i)));
    }

    // QString, not auto: with QT_USE_QSTRINGBUILDER the deduced type would be a
    // builder referring to the local text after it is gone.
    auto line = [&columns](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                text += QLatin1String(kColumnGap);
            const bool last = i == columns.size() - 1;
            // No trailing blanks: they show up as noise in diffs and pastes.
            text += last && !columns[i].alignRight
                        ? cells.at(i)
                        : padded(cells.at(i), columns[i].width, columns[i].alignRight);
        }
        return text + QLatin1Char('\n');
    };

    QStringList headers;
    QStringList rules;
    for (const Column &column : columns) {
        headers.append(column.header);
        rules.append(QString(column.width, QLatin1Char('-')));
    }
    QString table = line(headers) + line(rules);
    for (const QStringList &row : rows)
        table += line(row);
    return table;
}

} // namespace Yardstick
