// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Yardstick {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // QSqlDatabase::transaction() issues a deferred BEGIN; an immediate one
    // takes the write lock up front so a locked file fails here, not halfway.
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = query.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

QString Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return query.lastError().text();
    m_active = false;
    return {};
}

} // namespace Yardstick
