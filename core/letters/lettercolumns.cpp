// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettercolumns.h"

#include <QJsonArray>

#include <utility>

namespace Yardstick {

namespace {

constexpr std::pair<LetterField, const char *> kKeys[] = {
    {LetterField::Id, "id"},
    {LetterField::Received, "received"},
    {LetterField::Channel, "channel"},
    {LetterField::CustomerRef, "customer_ref"},
    {LetterField::KeyCustomer, "key_customer"},
    {LetterField::Subject, "subject"},
    {LetterField::Text, "text"},
};

// The headers complaint exports use, normalised. The US CFPB's consumer
// complaint database (Complaint ID, Date received, Submitted via, Consumer
// complaint narrative) and the usual ticketing words; its Product, Issue,
// Company... are kept as attributes.
const QHash<LetterField, QStringList> &aliases()
{
    static const QHash<LetterField, QStringList> table = {
        {LetterField::Id,
         {QStringLiteral("complaint id"), QStringLiteral("complaint number"),
          QStringLiteral("case id"), QStringLiteral("case number"), QStringLiteral("ticket id"),
          QStringLiteral("letter id"), QStringLiteral("reference"), QStringLiteral("ref"),
          QStringLiteral("ticket"), QStringLiteral("ticket number"), QStringLiteral("number")}},
        {LetterField::Received,
         {QStringLiteral("date received"), QStringLiteral("received date"),
          QStringLiteral("received at"), QStringLiteral("date submitted"),
          QStringLiteral("submitted"), QStringLiteral("created"), QStringLiteral("created at"),
          QStringLiteral("date"), QStringLiteral("opened"), QStringLiteral("opened at"),
          QStringLiteral("date opened")}},
        {LetterField::Channel,
         {QStringLiteral("submitted via"), QStringLiteral("via"), QStringLiteral("source"),
          QStringLiteral("origin")}},
        {LetterField::CustomerRef,
         {QStringLiteral("customer ref"), QStringLiteral("customer reference"),
          QStringLiteral("customer id"), QStringLiteral("customer")}},
        {LetterField::KeyCustomer, {QStringLiteral("key customer"), QStringLiteral("vip")}},
        {LetterField::Subject, {QStringLiteral("title")}},
        {LetterField::Text,
         {QStringLiteral("consumer complaint narrative"), QStringLiteral("narrative"),
          QStringLiteral("complaint text"), QStringLiteral("complaint"), QStringLiteral("body"),
          QStringLiteral("description"), QStringLiteral("message")}},
    };
    return table;
}

} // namespace

QString letterFieldKey(LetterField field)
{
    for (const auto &[f, key] : kKeys) {
        if (f == field)
            return QLatin1String(key);
    }
    return QString();
}

std::optional<LetterField> letterFieldFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &[f, name] : kKeys) {
        if (k == QLatin1String(name))
            return f;
    }
    return std::nullopt;
}

QStringList letterFieldKeys()
{
    QStringList keys;
    for (const auto &[f, key] : kKeys)
        keys.append(QLatin1String(key));
    return keys;
}

bool canSetLetterField(LetterField field)
{
    return field == LetterField::Channel || field == LetterField::CustomerRef ||
           field == LetterField::KeyCustomer || field == LetterField::Subject;
}

bool LetterColumns::isDefault() const
{
    return columns.isEmpty() && setValues.isEmpty() && labelServiceColumn.isEmpty() &&
           labelDimensionColumn.isEmpty();
}

bool LetterColumns::fitsHeader(const QStringList &header) const
{
    QStringList names;
    for (const QString &name : header)
        names.append(normalisedHeader(name));
    QStringList wanted = columns.values();
    wanted << labelServiceColumn << labelDimensionColumn;
    for (const QString &column : std::as_const(wanted)) {
        if (!column.isEmpty() && !names.contains(normalisedHeader(column)))
            return false;
    }
    return true;
}

QJsonObject LetterColumns::toJson() const
{
    QJsonObject map;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        map.insert(letterFieldKey(it.key()), it.value());
    QJsonObject set;
    for (auto it = setValues.cbegin(); it != setValues.cend(); ++it)
        set.insert(letterFieldKey(it.key()), it.value());
    QJsonObject json{{QStringLiteral("map"), map}, {QStringLiteral("set"), set}};
    if (!labelServiceColumn.isEmpty())
        json.insert(QStringLiteral("label_service"), labelServiceColumn);
    if (!labelDimensionColumn.isEmpty())
        json.insert(QStringLiteral("label_dimension"), labelDimensionColumn);
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    for (const auto &[key, values] : {std::pair{"service_values", &serviceValueMap},
                                      std::pair{"dimension_values", &dimensionValueMap}}) {
        QJsonObject words;
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            words.insert(it.key(), it.value());
        if (!words.isEmpty())
            json.insert(QLatin1String(key), words);
    }
    return json;
}

LetterColumns LetterColumns::fromJson(const QJsonObject &json)
{
    LetterColumns result;
    const QJsonObject map = json.value(QStringLiteral("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (const std::optional<LetterField> field = letterFieldFromKey(it.key()))
            result.columns.insert(*field, it.value().toString());
    }
    const QJsonObject set = json.value(QStringLiteral("set")).toObject();
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (const std::optional<LetterField> field = letterFieldFromKey(it.key()))
            result.setValues.insert(*field, it.value().toString());
    }
    result.labelServiceColumn = json.value(QStringLiteral("label_service")).toString();
    result.labelDimensionColumn = json.value(QStringLiteral("label_dimension")).toString();
    result.sheet = json.value(QStringLiteral("sheet")).toString();
    for (const auto &[key, values] : {std::pair{"service_values", &result.serviceValueMap},
                                      std::pair{"dimension_values", &result.dimensionValueMap}}) {
        const QJsonObject words = json.value(QLatin1String(key)).toObject();
        for (auto it = words.begin(); it != words.end(); ++it)
            values->insert(it.key(), it.value().toString());
    }
    return result;
}

QString guessedLetterColumn(LetterField field, const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names.append(normalisedHeader(name));
    // As the reader looks: the field's own name first, then the aliases in order.
    QStringList wanted{letterFieldKey(field)};
    wanted += letterFieldAliases(field);
    for (const QString &name : std::as_const(wanted)) {
        const qsizetype index = names.indexOf(normalisedHeader(name));
        if (index >= 0)
            return header.at(index).trimmed();
    }
    return QString();
}

QStringList letterFieldAliases(LetterField field)
{
    return aliases().value(field);
}

QString normalisedHeader(const QString &header)
{
    QString text = header.trimmed().toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace Yardstick
