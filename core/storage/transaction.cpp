// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "busyerror.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Yardstick {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Inside another transaction (an import that writes through several
    // repositories) this one becomes a savepoint, so the outer one still
    // decides whether anything is kept.
    const SqlDialect &dialect = SqlDialect::of(m_db);
    m_nested = dialect.inTransaction(m_db);
    QSqlQuery query(m_db);
    m_active =
        query.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : dialect.beginTransaction());
    // The busy timeout has already been waited out here: say so in words,
    // not as SQLite's "database is locked".
    if (!m_active)
        m_beginError = BusyError::describe(query.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (m_nested) {
            query.exec(QStringLiteral("ROLLBACK TO nested"));
            query.exec(QStringLiteral("RELEASE nested"));
        } else {
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
}

QString Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    QSqlQuery query(m_db);
    if (!query.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT")))
        return BusyError::describe(query.lastError());
    m_active = false;
    return {};
}

StorageResult Transaction::run(QSqlDatabase db, const std::function<StorageResult()> &steps)
{
    Transaction transaction(std::move(db));
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    if (StorageResult done = steps(); !done.ok())
        return done;
    if (const QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
