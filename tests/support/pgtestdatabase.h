// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fresh, empty PostgreSQL database for one test, on the throw-away
// cluster scripts/dev test starts (scripts/pg-test-cluster) and names in
// YARDSTICK_TEST_PG_URI. Created with a unique name, dropped when the
// object goes. Plain QtSql, no Yardstick code, so the black-box CLI tests
// can use it too.

#include <QString>
#include <QStringList>

class PgTestDatabase final
{
public:
    // The cluster's address, empty outside scripts/dev test (the tests
    // that need a server then skip with a warning).
    static QString clusterUri();

    PgTestDatabase();
    // A copy of the database template names (CREATE DATABASE … TEMPLATE).
    explicit PgTestDatabase(const QString &templateName);
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return !m_name.isEmpty(); }
    QString error() const { return m_error; }
    // postgresql://... of the new database, and its name.
    QString uri() const { return m_uri; }
    QString name() const { return m_name; }
    // The address as another user (a login role without a password: the
    // test cluster trusts local connections).
    QString uriAs(const QString &user) const;
    // Roles belong to the cluster, not to the database: these (users and
    // the team roles a test made) are dropped after the database.
    void dropRolesAtEnd(const QStringList &roles) { m_roles += roles; }
    // Runs one statement in the new database; returns the first column of
    // each row, or an empty list with error() set.
    QStringList query(const QString &sql);
    // Drops the database unless a connection still uses it (no FORCE):
    // true when it is gone.
    bool dropIfUnused();
    // Makes this database the template called name, for the tests that
    // follow (its connections must be closed): false if another process
    // made it first, which is as good. The object then owns nothing.
    bool becomeTemplate(const QString &name);
    // Whether the cluster holds a database of that name.
    static bool exists(const QString &name);

private:
    QString m_name;
    QString m_uri;
    QString m_error;
    QStringList m_roles;
};
