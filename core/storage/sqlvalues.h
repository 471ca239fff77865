// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "busyerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// How values are spelled in the workbench file, in one place: dates as ISO
// text ("2024-03-04"), date-times as ISO UTC text ("2024-03-04T09:15:00Z"),
// absent values as NULL. Internal to core/storage.
namespace Yardstick::SqlValues {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so an absent
// text is stored as the empty string.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

inline std::optional<qint64> toOptionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

inline std::optional<double> toOptionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Runs a prepared query; returns the driver's message on failure. A yes/no
// is stored as 1 or 0 (the schema's INTEGER): SQLite takes a bool as that
// already, PostgreSQL refuses a boolean where a bigint is expected.
inline QString exec(QSqlQuery &query)
{
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::Bool)
            query.bindValue(int(i), values[i].toBool() ? 1 : 0);
    }
    return query.exec() ? QString() : BusyError::describe(query.lastError());
}

inline QString exec(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql) ? QString() : BusyError::describe(query.lastError());
}

} // namespace Yardstick::SqlValues
