// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Yardstick {

// The sqlite3 connection under a QSQLITE connection, for the few places that
// need the C API (bulk import, transaction state). Qt's driver links the same
// system libsqlite3 as we do, so the handle is safe to use. Nullptr if the
// connection is not open.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Yardstick
