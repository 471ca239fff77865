// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct pg_conn;

namespace Yardstick {

// The libpq connection under a QPSQL connection, for what Qt's driver does
// not offer (COPY, the transaction state). Qt's driver links the same
// system libpq as we do. Nullptr if the connection is not open or not QPSQL.
pg_conn *pgHandle(const QSqlDatabase &db);

} // namespace Yardstick
