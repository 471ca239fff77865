// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterexporter.h"

#include "csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Yardstick {

namespace {

// Times as storage keeps them: ISO 8601 in UTC.
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

} // namespace

LetterExporter::LetterExporter(ReferenceData names)
    : m_names(std::move(names))
{}

QStringList LetterExporter::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("reference"),
            QStringLiteral("received"),
            QStringLiteral("received_source"),
            QStringLiteral("channel"),
            QStringLiteral("customer_ref"),
            QStringLiteral("key_customer"),
            QStringLiteral("language"),
            QStringLiteral("service"),
            QStringLiteral("service_confidence"),
            QStringLiteral("dimensions"),
            QStringLiteral("severity"),
            QStringLiteral("label_status"),
            QStringLiteral("status"),
            QStringLiteral("first_response"),
            QStringLiteral("resolved"),
            QStringLiteral("masked_card_numbers"),
            QStringLiteral("source_file"),
            QStringLiteral("subject"),
            QStringLiteral("text")};
}

QList<ComplaintLetter> LetterExporter::inListOrder(QList<ComplaintLetter> letters)
{
    std::stable_sort(letters.begin(), letters.end(),
                     [](const ComplaintLetter &a, const ComplaintLetter &b) {
                         if (a.keyCustomer != b.keyCustomer)
                             return a.keyCustomer;
                         if (a.receivedAt != b.receivedAt)
                             return a.receivedAt < b.receivedAt;
                         return a.id < b.id;
                     });
    return letters;
}

QString LetterExporter::dimensionLabel(qint64 dimensionId) const
{
    return m_names.dimensionKey(dimensionId).toLower();
}

QStringList LetterExporter::attributeNames(const QList<ComplaintLetter> &letters)
{
    QStringList names;
    for (const ComplaintLetter &l : letters) {
        for (const LetterAttribute &attribute : l.attributes) {
            if (!names.contains(attribute.name))
                names.append(attribute.name);
        }
    }
    return names;
}

ExportTable LetterExporter::table(const QList<ComplaintLetter> &letters, const QString &name) const
{
    // The export's own columns follow Yardstick's, by their own names; one
    // that shares a name with Yardstick's is told apart.
    const QStringList attributes = attributeNames(letters);
    ExportTable table{name, columns(), {}};
    for (const QString &attribute : attributes) {
        table.columns.append(columns().contains(attribute, Qt::CaseInsensitive)
                                 ? QStringLiteral("attribute_") + attribute
                                 : attribute);
    }
    table.rows.reserve(letters.size());
    for (const ComplaintLetter &l : letters) {
        QStringList dimensions;
        for (const DimensionLabel &d : l.dimensions)
            dimensions.append(dimensionLabel(d.dimensionId));
        QList<ExportCell> row = {
            ExportCell::number(double(l.id)),
            ExportCell::text(l.reference),
            ExportCell::dateTime(l.receivedAt),
            ExportCell::text(receivedSourceKey(l.receivedSource)),
            ExportCell::text(letterChannelKey(l.channel)),
            ExportCell::text(l.customerRef),
            ExportCell::text(l.keyCustomer ? QStringLiteral("yes") : QStringLiteral("no")),
            ExportCell::text(l.language),
            ExportCell::text(l.serviceId ? m_names.serviceCode(*l.serviceId) : QString()),
            ExportCell::number(l.serviceConfidence),
            ExportCell::text(dimensions.join(QLatin1Char(';'))),
            ExportCell::text(l.severity ? severityKey(*l.severity) : QString()),
            ExportCell::text(labelStatusKey(l.labelStatus)),
            ExportCell::text(letterStatusKey(l.status)),
            ExportCell::dateTime(l.firstResponseAt),
            ExportCell::dateTime(l.resolvedAt),
            ExportCell::integer(l.maskedCardNumbers),
            ExportCell::text(l.sourceFile),
            ExportCell::text(l.subject),
            ExportCell::text(l.text)};
        for (const QString &attribute : attributes) {
            QString value;
            for (const LetterAttribute &a : l.attributes) {
                if (a.name == attribute) {
                    value = a.value;
                    break;
                }
            }
            row.append(ExportCell::text(value));
        }
        table.rows.append(std::move(row));
    }
    return table;
}

QByteArray LetterExporter::toCsv(const QList<ComplaintLetter> &letters) const
{
    return table(letters, QString()).toCsv();
}

QJsonArray LetterExporter::toJsonArray(const QList<ComplaintLetter> &letters) const
{
    QJsonArray array;
    for (const ComplaintLetter &l : letters) {
        QJsonArray dimensions;
        for (const DimensionLabel &d : l.dimensions) {
            dimensions.append(QJsonObject{{QStringLiteral("label"), dimensionLabel(d.dimensionId)},
                                          {QStringLiteral("confidence"), d.confidence}});
        }
        QJsonObject o;
        o.insert(QStringLiteral("id"), l.id);
        o.insert(QStringLiteral("reference"), l.reference);
        o.insert(QStringLiteral("received"), jsonTime(l.receivedAt));
        o.insert(QStringLiteral("received_source"), receivedSourceKey(l.receivedSource));
        o.insert(QStringLiteral("channel"), letterChannelKey(l.channel));
        o.insert(QStringLiteral("customer_ref"), l.customerRef);
        o.insert(QStringLiteral("key_customer"), l.keyCustomer);
        o.insert(QStringLiteral("language"), l.language);
        o.insert(QStringLiteral("service"),
                 l.serviceId ? QJsonValue(m_names.serviceCode(*l.serviceId)) : QJsonValue());
        o.insert(QStringLiteral("service_confidence"),
                 l.serviceConfidence ? QJsonValue(*l.serviceConfidence) : QJsonValue());
        o.insert(QStringLiteral("dimensions"), dimensions);
        o.insert(QStringLiteral("severity"),
                 l.severity ? QJsonValue(severityKey(*l.severity)) : QJsonValue());
        o.insert(QStringLiteral("label_status"), labelStatusKey(l.labelStatus));
        o.insert(QStringLiteral("status"), letterStatusKey(l.status));
        o.insert(QStringLiteral("first_response"), jsonTime(l.firstResponseAt));
        o.insert(QStringLiteral("resolved"), jsonTime(l.resolvedAt));
        o.insert(QStringLiteral("masked_card_numbers"), l.maskedCardNumbers);
        o.insert(QStringLiteral("source_file"), l.sourceFile);
        o.insert(QStringLiteral("subject"), l.subject);
        o.insert(QStringLiteral("text"), l.text);
        QJsonObject attributes;
        for (const LetterAttribute &attribute : l.attributes)
            attributes.insert(attribute.name, attribute.value);
        o.insert(QStringLiteral("attributes"), attributes);
        array.append(o);
    }
    return array;
}

QByteArray LetterExporter::toJson(const QList<ComplaintLetter> &letters) const
{
    return QJsonDocument(toJsonArray(letters)).toJson(QJsonDocument::Indented);
}

} // namespace Yardstick
