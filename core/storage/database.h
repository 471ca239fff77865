// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Yardstick {

// One open workbench: a file (a SQLite connection with foreign keys on, WAL)
// or a database on a PostgreSQL server (a team workbench, named by a
// postgresql:// URI, see ServerAddress), with the schema migrated to the
// latest version. The connection belongs to the thread that opened it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::Database)

public:
    // Marks a SQLite file as a Yardstick workbench ("YSTK").
    static constexpr int kApplicationId = 0x5953544B;

    struct Options
    {
        int busyTimeoutMs = 2000; // how long to wait for another program's lock
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        OpenError error;
    };

    // Opens an existing workbench and upgrades an older schema. Refuses, with
    // a message and without touching the file, anything that is not a
    // workbench, a newer schema, a read-only or locked or damaged file.
    static OpenResult open(const QString &path, const Options &options);
    static OpenResult open(const QString &path) { return open(path, Options()); }
    // Creates a new, empty workbench; refuses if the file exists, or, on a
    // server, if the database holds any table.
    static OpenResult create(const QString &path);
    // A private in-memory workbench (tests, scratch work).
    static OpenResult createInMemory();
    // Whether open() would upgrade the file's schema: a workbench of an older
    // version. Reads the file without changing it; false for anything else
    // (not a workbench, unreadable, already current), which open() then
    // reports. Upgrading a million cases takes seconds, so the window runs
    // it on a worker first.
    static bool needsUpgrade(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // Whether this workbench lives on a PostgreSQL server.
    bool isServer() const;
    int schemaVersion() const;
    // Who this connection writes as, for the audit trail: the server's user
    // on a team workbench, the computer's login on a file.
    QString userName() const;
    // A number that changes whenever another connection (another process,
    // or a worker's connection) commits to the workbench; this connection's
    // own commits leave it alone. Empty if it cannot be read. On a server it
    // counts the change notices of other clients (LISTEN/NOTIFY).
    std::optional<qint64> dataVersion() const;

    // Writes a consistent copy of the whole workbench to a new file
    // (VACUUM INTO). Returns an empty string on success.
    QString copyTo(const QString &path) const;

private:
    Database(const QString &path, const QString &connectionName);
    static OpenResult openConnection(const QString &path, const Options &options, bool creating);
    static OpenResult openServer(const QString &uri, bool creating);

    QString m_path;
    QString m_connectionName;
    mutable QString m_userName;       // read once
    mutable bool m_listening = false; // to the server's change notices
    mutable qint64 m_othersCommits = 0;
};

} // namespace Yardstick
