// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowcursor.h"

struct pg_conn;
struct pg_result;

namespace Yardstick {

// RowCursor on a server: the query sent with libpq, its rows received one
// by one (single-row mode). Destroying it before the end drains the rest,
// so the connection is Qt's again.
class PgRowCursor final : public RowCursor
{
public:
    PgRowCursor(const QSqlDatabase &db, const char *sql, const RowCursorParameters &parameters);
    ~PgRowCursor() override;

    bool next() override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;

private:
    void drain();

    pg_conn *m_handle = nullptr;
    pg_result *m_row = nullptr;
    bool m_sent = false;
};

} // namespace Yardstick
