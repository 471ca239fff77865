// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// Who may do what on a team workbench, enforced by the PostgreSQL server
// itself: three group roles per database ("<database>:viewer", ":analyst",
// ":owner", NOLOGIN) with table grants, and login users made members of
// one of them. A viewer reads everything; an analyst also writes the data
// (cases, letters, labels, surveys, audits, measurements, phases, value
// models, imports) but not the catalogue (standards and their revisions,
// holidays, dimensions); an owner writes everything and may grant the
// roles to others. The audit trail (change_log, when present) is
// append-only for everyone. Every refusal comes from the server, so no
// other client can bypass the rules. Creating the group roles and new
// login users needs a superuser or a role with CREATEROLE; applying the
// table grants needs the tables' owner (who ran init and the migrations).
class TeamRoles final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::TeamRoles)

public:
    enum class Role
    {
        Viewer,
        Analyst,
        Owner,
    };

    // The role's key on the command line and in the group role's name
    // ("viewer", "analyst", "owner"): part of the contract, not translated.
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    static QList<Role> all() { return {Role::Viewer, Role::Analyst, Role::Owner}; }

    // What the connected user may write. A file workbench: everything.
    struct Access
    {
        bool data = true;      // cases, letters, labels, surveys, audits, imports
        bool catalogue = true; // standards, targets, holidays, dimensions
    };
    static Access access(const QSqlDatabase &db);

    // db: an open connection to a team workbench (QPSQL).
    explicit TeamRoles(QSqlDatabase db);

    // The group role of this database, e.g. "quality:viewer".
    QString groupRole(Role role) const;
    // Empty, or why the group roles cannot be named (a database name too
    // long for the server's 63-byte role names).
    QString checkNames() const;
    // Creates the group roles that are missing and applies the grants.
    // Empty on success. Runs inside the caller's transaction, if any.
    QString ensureRoles();
    // Applies the table grants again to the group roles that exist: after
    // a schema upgrade added tables (migrations leave grants alone). Run it
    // as the tables' owner. Empty on success.
    QString applyGrants();

    struct GrantOutcome
    {
        QString error;            // empty on success
        bool userCreated = false; // a new LOGIN role without a password
        QStringList removedFrom;  // group roles the user left
    };
    // Makes user a member of role's group and of no other Yardstick group
    // of this database; creates the user (LOGIN, no password) if missing,
    // and the group roles if missing. One transaction. An owner is given
    // the ADMIN OPTION on its group, so it can grant the roles in turn.
    GrantOutcome grant(const QString &user, Role role);

    struct Member
    {
        QString user;
        Role role = Role::Viewer;
        bool canLogin = false;
    };
    // The users with a Yardstick role in this database, by name.
    QList<Member> members(QString *error = nullptr) const;

private:
    bool roleExists(const QString &name, QString *error) const;
    QString exec(const QString &statement) const;

    QSqlDatabase m_db;
    QString m_database;
    QString m_readError;
};

} // namespace Yardstick
