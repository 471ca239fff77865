// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Yardstick {

// On a team workbench, the notices the server sends when another client
// commits a change (LISTEN on the channel PostgresqlDialect's triggers
// announce on). Read without waiting, by polling the connection's input:
// Qt's own notification signal can miss a notice libpq took in while
// reading a query's result.
class ChangeNotices final
{
public:
    // Starts listening; false if the connection is no server's or refused.
    static bool listen(const QSqlDatabase &db);
    // How many transactions of other connections announced a change since
    // the last call (this connection's own are left out).
    static int takeOthers(const QSqlDatabase &db);
};

} // namespace Yardstick
