// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Yardstick {

// A team workbench's address: a PostgreSQL connection URI with libpq's
// conventions (postgresql://user@host:port/dbname?sslmode=..., a socket
// folder as ?host=/path, .pgpass, PGSERVICE and the PG* environment
// variables for what the URI leaves out). Yardstick never stores a password:
// one given in the URI is passed to the server and left out of every name
// shown.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ServerAddress)

public:
    // Whether text names a server (postgresql:// or postgres://) rather
    // than a workbench file.
    static bool isServerAddress(const QString &text);
    // The address as shown to the user: without a password.
    static QString shown(const QString &uri);
    // The address with this password in it (for one connection; never
    // written anywhere), and whether an address holds one.
    static QString withPassword(const QString &uri, const QString &password);
    static bool hasPassword(const QString &uri);
    // Sets db's host, port, database, user and other libpq options from
    // the URI. Returns an empty string on success, the reason otherwise.
    static QString configure(QSqlDatabase &db, const QString &uri);
};

} // namespace Yardstick
