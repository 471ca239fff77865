// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchcopier.h"

#include "busyerror.h"
#include "database.h"
#include "sqldialect.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <memory>
#include <vector>

namespace Yardstick {

namespace {

// Copies one table's rows; empty on success.
QString copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord columns = from.record(table);
    if (columns.isEmpty())
        return {};
    QStringList names;
    for (int i = 0; i < columns.count(); ++i)
        names.append(columns.fieldName(i));
    QSqlQuery read(from);
    read.setForwardOnly(true);
    // The table and column names are the workbench's own, from its schema.
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table)))
        return BusyError::describe(read.lastError());
    const QByteArray tableName = table.toUtf8();
    std::vector<QByteArray> columnNames;
    for (const QString &name : std::as_const(names))
        columnNames.push_back(name.toUtf8());
    BulkRowsColumns columnList;
    for (const QByteArray &name : columnNames)
        columnList.push_back(name.constData());
    const std::unique_ptr<BulkRows> rows =
        SqlDialect::of(to).bulkRows(to, tableName.constData(), columnList);
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i) {
            const QVariant value = read.value(i);
            if (value.isNull()) {
                rows->add(std::optional<double>());
                continue;
            }
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rows->add(value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rows->add(std::optional<double>(value.toDouble()));
                break;
            default:
                rows->add(value.toString().toUtf8());
            }
        }
        if (!rows->endRow())
            return rows->error();
    }
    if (read.lastError().isValid())
        return BusyError::describe(read.lastError());
    return rows->finish();
}

} // namespace

QString WorkbenchCopier::copy(Database &source, Database &destination)
{
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = destination.connection();
    if (source.schemaVersion() != destination.schemaVersion())
        return tr("The two workbenches have different schema versions (%1 and %2).")
            .arg(source.schemaVersion())
            .arg(destination.schemaVersion());
    const SqlDialect &target = SqlDialect::of(to);
    const QStringList tables = SqlDialect::of(from).workbenchTables(from);
    const QStringList order = target.parentsFirst(to, tables);
    const StorageResult copied = Transaction::run(to, [&]() -> StorageResult {
        if (QString error = target.deferForeignKeys(to); !error.isEmpty())
            return StorageResult::failure(error);
        // The audit trail says who changed what in the source, not who copied.
        if (QString error = target.keepCopiedStamps(to); !error.isEmpty())
            return StorageResult::failure(error);
        QSqlQuery clear(to);
        // What the new workbench was made with (reference rows) goes first,
        // children before parents.
        for (auto table = order.crbegin(); table != order.crend(); ++table) {
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(*table)))
                return StorageResult::failure(BusyError::describe(clear.lastError()));
        }
        for (const QString &table : order) {
            if (QString error = copyTable(from, to, table); !error.isEmpty())
                return StorageResult::failure(tr("%1: %2").arg(table, error));
            if (to.record(table).contains(QStringLiteral("id"))) {
                const QByteArray name = table.toUtf8();
                if (QString error = target.followExplicitIds(to, name.constData());
                    !error.isEmpty())
                    return StorageResult::failure(error);
            }
        }
        return StorageResult::success();
    });
    return copied.ok() ? QString() : copied.error();
}

} // namespace Yardstick
