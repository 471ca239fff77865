// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// One cell of an exported table: the text its CSV field has always held, and
// what kind of value it is, so a spreadsheet export can store a real number,
// date or percentage where CSV can only hold text. Both come from one
// factory call, so the CSV and the workbook cannot disagree.
struct ExportCell
{
    enum class Kind
    {
        Empty,
        Text,     // always text, even when it looks like a number or formula
        Number,   // a plain number
        Integer,  // a count
        Percent,  // value() is the fraction: 98.5% is 0.985
        Date,     // a calendar day
        DateTime, // a moment, in UTC as the CSV writes it
    };

    Kind kind = Kind::Empty;
    QString csv;      // the CSV field
    double value = 0; // Number, Integer, Percent
    QDateTime moment; // Date (midnight UTC), DateTime

    static ExportCell text(const QString &text);
    // Empty when there is no value or it is not finite.
    static ExportCell number(std::optional<double> value);
    static ExportCell integer(qint64 count);
    // A percentage in percent (98.5): the CSV keeps 98.5, the cell 0.985.
    static ExportCell percent(std::optional<double> percentValue);
    // A share held as a fraction (0.25): the CSV keeps 0.25, shown as 25.0%.
    static ExportCell share(std::optional<double> fraction);
    // Empty when the day is invalid; the CSV holds YYYY-MM-DD.
    static ExportCell date(const QDate &day);
    // Empty when invalid; the CSV holds ISO 8601 in UTC (…T09:30:00Z).
    static ExportCell dateTime(const QDateTime &moment);
};

// A table as the exports write it: a name (the sheet's, in a workbook), the
// header's column keys and the typed rows. The exporters build one, and the
// CSV and the Excel workbook are both written from it.
struct ExportTable
{
    QString name;
    QStringList columns;
    QList<QList<ExportCell>> rows;

    // Header and records through CsvWriter: the bytes the CSV exports write.
    QByteArray toCsv() const;
};

} // namespace Yardstick
