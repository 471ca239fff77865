// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlrows.h"

#include "busyerror.h"
#include "sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Yardstick::SqlRows {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values) {
        // A yes/no as the 1 or 0 the column holds (see SqlValues::exec).
        query.addBindValue(value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0)
                                                             : value);
    }
    return query.exec();
}

} // namespace

QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<qint64> result;
    QSqlQuery query(db);
    if (run(query, sql, values)) {
        while (query.next())
            result.append(query.value(0).toLongLong());
    }
    return result;
}

QStringList texts(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QStringList result;
    QSqlQuery query(db);
    if (run(query, sql, values)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

int count(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    return run(query, sql, values) && query.next() ? query.value(0).toInt() : 0;
}

QString exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    return run(query, sql, values) ? QString() : BusyError::describe(query.lastError());
}

QString execForKeys(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                    const QVariantList &keys)
{
    if (keys.isEmpty())
        return {};
    QVariantList bound = values;
    bound.append(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromVariantList(keys)).toJson(QJsonDocument::Compact)));
    const bool integerKeys = std::all_of(keys.cbegin(), keys.cend(), [](const QVariant &key) {
        return key.typeId() == QMetaType::LongLong || key.typeId() == QMetaType::Int;
    });
    return exec(db, SqlDialect::of(db).keysStatement(sql, integerKeys), bound);
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList result;
    result.reserve(ids.size());
    for (qint64 id : ids)
        result.append(id);
    return result;
}

QVariantList variants(const QStringList &texts)
{
    QVariantList result;
    result.reserve(texts.size());
    for (const QString &text : texts)
        result.append(text);
    return result;
}

} // namespace Yardstick::SqlRows
