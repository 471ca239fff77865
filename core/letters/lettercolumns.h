// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// What a letter takes from a row of a letters table (CSV or Excel).
enum class LetterField
{
    Id,
    Received,
    Channel,
    CustomerRef,
    KeyCustomer,
    Subject,
    Text,
};

QString letterFieldKey(LetterField field); // "id", "received", ..., "text"
std::optional<LetterField> letterFieldFromKey(const QString &key);
QStringList letterFieldKeys();
// Fields --set may give every row: the ones that describe where letters came
// from, not what one letter says.
bool canSetLetterField(LetterField field);

// How the columns of an export become letters. Empty means: a column named
// after a field (id, received, ..., text) is read for it; otherwise the
// column a known export (a regulator's complaint register, ticketing
// systems) uses for it; every other column is kept with the letter as a
// named attribute.
struct LetterColumns
{
    QMap<LetterField, QString> columns;   // --map FIELD=COLUMN: the header names, any case
    QMap<LetterField, QString> setValues; // --set FIELD=VALUE: for every row
    // Columns whose values are labels another team already assigned, read as
    // confirmed: a service (by code or name) and a dimension (key or name).
    QString labelServiceColumn;
    QString labelDimensionColumn;
    // A label column's own words for a service code or dimension key.
    QHash<QString, QString> serviceValueMap;
    QHash<QString, QString> dimensionValueMap;
    QString sheet; // of an Excel workbook; empty: the first

    bool isDefault() const;
    // Every column it names (a field's, a label's) is in this header, as
    // headers compare: a remembered mapping is offered only for a file it fits.
    bool fitsHeader(const QStringList &header) const;

    // As a workbench remembers it.
    QJsonObject toJson() const;
    static LetterColumns fromJson(const QJsonObject &json);
};

// The column of this header the reader takes for the field when nothing
// maps it: the one named after the field, else a known export's; empty when
// there is none.
QString guessedLetterColumn(LetterField field, const QStringList &header);

// The header of a known export for each field, as export headers are
// normalised (lower case, single spaces, '_' and '-' as spaces).
QStringList letterFieldAliases(LetterField field);

// Lower case, '_' and '-' as spaces, single spaces: how headers compare.
QString normalisedHeader(const QString &header);

} // namespace Yardstick
