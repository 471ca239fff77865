// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgrowcursor.h"

#include "pghandle.h"

#include <QByteArray>
#include <QList>

#include <cstdlib>
#include <libpq-fe.h>

namespace Yardstick {

PgRowCursor::PgRowCursor(const QSqlDatabase &db, const char *sql,
                         const RowCursorParameters &parameters)
    : m_handle(pgHandle(db))
{
    if (!m_handle)
        return;
    QList<QByteArray> texts;
    std::vector<const char *> values;
    for (qint64 parameter : parameters)
        texts.append(QByteArray::number(parameter));
    for (const QByteArray &text : texts)
        values.push_back(text.constData());
    m_sent = PQsendQueryParams(m_handle, sql, int(values.size()), nullptr, values.data(), nullptr,
                               nullptr, 0) == 1 &&
             PQsetSingleRowMode(m_handle) == 1;
    if (!m_sent)
        drain();
}

PgRowCursor::~PgRowCursor()
{
    drain();
}

void PgRowCursor::drain()
{
    PQclear(m_row);
    m_row = nullptr;
    if (!m_handle)
        return;
    while (PGresult *rest = PQgetResult(m_handle))
        PQclear(rest);
    m_sent = false;
}

bool PgRowCursor::next()
{
    PQclear(m_row);
    m_row = nullptr;
    if (!m_sent)
        return false;
    m_row = PQgetResult(m_handle);
    if (m_row && PQresultStatus(m_row) == PGRES_SINGLE_TUPLE)
        return true;
    // The closing empty result (PGRES_TUPLES_OK) or an error: done.
    drain();
    return false;
}

bool PgRowCursor::isNull(int column) const
{
    return PQgetisnull(m_row, 0, column) != 0;
}

qint64 PgRowCursor::integer(int column) const
{
    return std::strtoll(PQgetvalue(m_row, 0, column), nullptr, 10);
}

} // namespace Yardstick
