// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changenotices.h"

#include "pghandle.h"

#include <QSqlQuery>

#include <libpq-fe.h>

namespace Yardstick {

namespace {
constexpr const char *kChannel = "yardstick_changes";
} // namespace

bool ChangeNotices::listen(const QSqlDatabase &db)
{
    if (!pgHandle(db))
        return false;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("LISTEN %1").arg(QLatin1String(kChannel)));
}

int ChangeNotices::takeOthers(const QSqlDatabase &db)
{
    PGconn *connection = pgHandle(db);
    if (!connection || PQconsumeInput(connection) == 0)
        return 0;
    const int self = PQbackendPID(connection);
    int others = 0;
    while (PGnotify *notice = PQnotifies(connection)) {
        if (notice->be_pid != self && qstrcmp(notice->relname, kChannel) == 0)
            ++others;
        PQfreemem(notice);
    }
    return others;
}

} // namespace Yardstick
