// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// Statements the repositories run over many keys (a merge and its undo move
// rows by the keys they had): bound values only. Internal to core/storage.
namespace Yardstick::SqlRows {

// The first column of every row the query returns, as ids.
QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// The first column of every row the query returns, as text.
QStringList texts(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// The single number the query returns (a count), 0 when it returns nothing.
int count(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs one statement; returns the driver's message on failure.
QString exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs the statement once with `keys` bound last as one JSON array, for a
// statement that reads them with json_each(?): one statement for a hundred
// thousand keys instead of a hundred thousand statements.
QString execForKeys(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                    const QVariantList &keys);

QVariantList variants(const QList<qint64> &ids);
QVariantList variants(const QStringList &texts);

} // namespace Yardstick::SqlRows
