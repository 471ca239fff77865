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

QByteArray LetterExporter::toCsv(const QList<ComplaintLetter> &letters) const
{
    CsvWriter csv;
    // The export's own columns follow Yardstick's, by their own names; one
    // that shares a name with Yardstick's is told apart.
    const QStringList attributes = attributeNames(letters);
    QStringList header = columns();
    for (const QString &name : attributes) {
        header.append(columns().contains(name, Qt::CaseInsensitive)
                          ? QStringLiteral("attribute_") + name
                          : name);
    }
    csv.writeRecord(header);
    for (const ComplaintLetter &l : letters) {
        QStringList dimensions;
        for (const DimensionLabel &d : l.dimensions)
            dimensions.append(dimensionLabel(d.dimensionId));
        QStringList record = {QString::number(l.id),
                              l.reference,
                              isoTime(l.receivedAt),
                              receivedSourceKey(l.receivedSource),
                              letterChannelKey(l.channel),
                              l.customerRef,
                              l.keyCustomer ? QStringLiteral("yes") : QStringLiteral("no"),
                              l.language,
                              l.serviceId ? m_names.serviceCode(*l.serviceId) : QString(),
                              l.serviceConfidence ? CsvWriter::formatNumber(*l.serviceConfidence)
                                                  : QString(),
                              dimensions.join(QLatin1Char(';')),
                              l.severity ? severityKey(*l.severity) : QString(),
                              labelStatusKey(l.labelStatus),
                              letterStatusKey(l.status),
                              isoTime(l.firstResponseAt),
                              isoTime(l.resolvedAt),
                              QString::number(l.maskedCardNumbers),
                              l.sourceFile,
                              l.subject,
                              l.text};
        for (const QString &name : attributes) {
            QString value;
            for (const LetterAttribute &attribute : l.attributes) {
                if (attribute.name == name) {
                    value = attribute.value;
                    break;
                }
            }
            record.append(value);
        }
        csv.writeRecord(record);
    }
    return csv.data();
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
