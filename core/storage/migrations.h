// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace Yardstick {

// The numbered schema migrations, tracked with PRAGMA user_version on a file
// (the engine's SqlDialect renders them and keeps the version on a server).
// Version N is reached by running migration N on a workbench at version N-1,
// each inside its own transaction (a savepoint when the caller holds one:
// a new server workbench gets its whole schema in one transaction).
namespace Migrations {

int latestVersion();
// A statement that starts with this line runs on a server only (a file's
// engine renders it as nothing).
inline constexpr char kServerOnly[] = "-- server only\n";
// The references (child table, parent table) a server keeps with triggers
// instead of foreign keys (see version 13), for those who order tables
// parents first.
QList<std::pair<QString, QString>> checkedReferences();
// Brings db from its current user_version up to latestVersion(). Returns an
// empty string on success; on failure the file stays at the last version that
// completed.
QString upgrade(QSqlDatabase &db);

} // namespace Migrations

} // namespace Yardstick
