// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"
#include "model/complaintletter.h"
#include "workbench/referencedata.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace Yardstick {

// Writes stored complaint letters for other programs, with their labels,
// handling and (masked) text. The columns and JSON keys are a contract: id,
// reference, received, received_source, channel, customer_ref, key_customer,
// language, service (the code), service_confidence, dimensions, severity,
// label_status, status, first_response, resolved, masked_card_numbers,
// source_file, subject, text. Dimensions are their lower-case keys, the
// primary first: "timeliness;accuracy" in CSV, [{"label", "confidence"}] in
// JSON.
class LetterExporter final
{
public:
    explicit LetterExporter(ReferenceData names);

    static QStringList columns();
    // Key customers' letters first (the red channel), then by received time.
    static QList<ComplaintLetter> inListOrder(QList<ComplaintLetter> letters);
    // The export columns the letters keep (LetterAttribute), first seen first.
    static QStringList attributeNames(const QList<ComplaintLetter> &letters);

    // The CSV's columns and rows, typed: times as date-times (UTC), counts
    // as integers, confidences as numbers, everything else as text.
    ExportTable table(const QList<ComplaintLetter> &letters, const QString &name) const;
    QByteArray toCsv(const QList<ComplaintLetter> &letters) const;
    QJsonArray toJsonArray(const QList<ComplaintLetter> &letters) const;
    QByteArray toJson(const QList<ComplaintLetter> &letters) const;

private:
    QString dimensionLabel(qint64 dimensionId) const;

    ReferenceData m_names;
};

} // namespace Yardstick
