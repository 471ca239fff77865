// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamroles.h"

#include "busyerror.h"
#include "pghandle.h"
#include "postgresqldialect.h"
#include "transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace Yardstick {

namespace {

// PostgreSQL's names are at most NAMEDATALEN - 1 bytes; a longer one is
// cut without an error, which would make two databases share roles.
constexpr qsizetype kMaxNameBytes = 63;

// The reference tables the owner keeps: an analyst reads them only.
const QSet<QString> &catalogueTables()
{
    static const QSet<QString> tables{QStringLiteral("standards"),
                                      QStringLiteral("standard_revisions"),
                                      QStringLiteral("holidays"), QStringLiteral("dimensions")};
    return tables;
}

// The audit trail: rows are added, never changed or removed, by anyone.
const QSet<QString> &appendOnlyTables()
{
    static const QSet<QString> tables{QStringLiteral("change_log")};
    return tables;
}

// GRANT and CREATE ROLE take names, not bound values: each name is quoted
// by libpq for the connection's encoding, so any name is one identifier.
QString quoted(const QSqlDatabase &db, const QString &name)
{
    if (PGconn *handle = pgHandle(db)) {
        const QByteArray utf8 = name.toUtf8();
        if (char *escaped = PQescapeIdentifier(handle, utf8.constData(), size_t(utf8.size()))) {
            const QString result = QString::fromUtf8(escaped);
            PQfreemem(escaped);
            return result;
        }
    }
    QString doubled = name;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString quotedList(const QSqlDatabase &db, const QStringList &names)
{
    QStringList quotedNames;
    for (const QString &name : names)
        quotedNames.append(quoted(db, name));
    return quotedNames.join(QStringLiteral(", "));
}

} // namespace

QString TeamRoles::key(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Owner:
        break;
    }
    return QStringLiteral("owner");
}

std::optional<TeamRoles::Role> TeamRoles::fromKey(const QString &key)
{
    for (Role role : all()) {
        if (TeamRoles::key(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

TeamRoles::Access TeamRoles::access(const QSqlDatabase &db)
{
    Access access;
    if (db.driverName() != QLatin1String("QPSQL"))
        return access;
    QSqlQuery query(db);
    // Unreadable means unknown: the server still refuses what is not allowed.
    if (query.exec(QStringLiteral("SELECT has_table_privilege('case_records', 'UPDATE'), "
                                  "has_table_privilege('standards', 'UPDATE')")) &&
        query.next()) {
        access.data = query.value(0).toBool();
        access.catalogue = query.value(1).toBool();
    }
    return access;
}

TeamRoles::TeamRoles(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT current_database()")) && query.next())
        m_database = query.value(0).toString();
    else
        m_readError = query.lastError().text();
}

QString TeamRoles::groupRole(Role role) const
{
    return m_database + QLatin1Char(':') + key(role);
}

QString TeamRoles::checkNames() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    for (Role role : all()) {
        const QString name = groupRole(role);
        if (name.toUtf8().size() > kMaxNameBytes) {
            return tr("The database name \"%1\" is too long to name its roles: PostgreSQL "
                      "allows role names of %2 bytes, and \"%3\" would have %4. Give the "
                      "database a shorter name (ALTER DATABASE … RENAME TO …).")
                .arg(m_database)
                .arg(kMaxNameBytes)
                .arg(name)
                .arg(name.toUtf8().size());
        }
    }
    return {};
}

QString TeamRoles::exec(const QString &statement) const
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return {};
    const QSqlError error = query.lastError();
    const QString reason = BusyError::serverText(error);
    if (BusyError::isPermissionDenied(error)) {
        return tr("The server refused: %1. Granting the roles of a team workbench needs its "
                  "owner role; creating the roles the first time, or a new user, needs a "
                  "superuser or a role with CREATEROLE.")
            .arg(reason);
    }
    return reason;
}

bool TeamRoles::roleExists(const QString &name, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return query.next();
}

QString TeamRoles::ensureRoles()
{
    if (const QString error = checkNames(); !error.isEmpty())
        return error;
    bool created = false;
    for (Role role : all()) {
        QString error;
        const bool exists = roleExists(groupRole(role), &error);
        if (!error.isEmpty())
            return error;
        if (exists)
            continue;
        if (const QString failed =
                exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(m_db, groupRole(role))));
            !failed.isEmpty())
            return failed;
        created = true;
    }
    if (created) {
        // An owner may grant the two lesser roles (and, through the ADMIN
        // OPTION each owner is given on its own group, the owner role).
        const QString owner = quoted(m_db, groupRole(Role::Owner));
        for (Role lesser : {Role::Viewer, Role::Analyst}) {
            if (const QString failed = exec(QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                                                .arg(quoted(m_db, groupRole(lesser)), owner));
                !failed.isEmpty())
                return failed;
        }
    }
    // Table privileges are granted by the tables' owner: a member of the
    // owner role granting a role to someone leaves them as they are.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relname = ?"));
    query.addBindValue(QLatin1String(PostgresqlDialect::kMarkTable));
    if (!query.exec())
        return query.lastError().text();
    const bool ownsTables = query.next() && query.value(0).toBool();
    if (ownsTables)
        return applyGrants();
    if (created) {
        return tr("The roles of this team workbench were made, but their table privileges can "
                  "be granted only by the owner of its tables (who created the workbench) or a "
                  "superuser. Run the same command as that user.");
    }
    return {};
}

QString TeamRoles::applyGrants()
{
    if (const QString error = checkNames(); !error.isEmpty())
        return error;
    QStringList tables;
    QStringList sequences;
    QString schema;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral(
                "SELECT c.relname, c.relkind = 'S', n.nspname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S') "
                "ORDER BY 1")))
            return query.lastError().text();
        while (query.next()) {
            (query.value(1).toBool() ? sequences : tables).append(query.value(0).toString());
            schema = query.value(2).toString();
        }
    }
    if (tables.isEmpty())
        return tr("The database holds no workbench tables to grant.");
    const QString mark = QLatin1String(PostgresqlDialect::kMarkTable);
    QStringList data;
    QStringList catalogue;
    QStringList appendOnly;
    for (const QString &table : std::as_const(tables)) {
        if (table == mark)
            continue; // the schema version is the migrations' (the tables' owner)
        if (catalogueTables().contains(table))
            catalogue.append(table);
        else if (appendOnlyTables().contains(table))
            appendOnly.append(table);
        else
            data.append(table);
    }

    const QString allTables = quotedList(m_db, tables);
    const QString allSequences = quotedList(m_db, sequences);
    for (Role role : all()) {
        QString error;
        if (!roleExists(groupRole(role), &error)) {
            if (!error.isEmpty())
                return error;
            continue;
        }
        const QString grantee = quoted(m_db, groupRole(role));
        QStringList statements{
            // From nothing, so a privilege a role should not have (an older
            // rule, a hand-made grant) goes.
            QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(allTables, grantee),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                .arg(quoted(m_db, m_database), grantee),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted(m_db, schema), grantee),
            QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(allTables, grantee),
        };
        if (!sequences.isEmpty())
            statements.append(
                QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2").arg(allSequences, grantee));
        if (role != Role::Viewer) {
            QStringList written = data;
            if (role == Role::Owner)
                written += catalogue;
            if (!written.isEmpty()) {
                statements.append(QStringLiteral("GRANT %1 ON TABLE %2 TO %3")
                                      .arg(role == Role::Owner
                                               ? QStringLiteral("INSERT, UPDATE, DELETE, "
                                                                "TRUNCATE, REFERENCES, TRIGGER")
                                               : QStringLiteral("INSERT, UPDATE, DELETE"),
                                           quotedList(m_db, written), grantee));
            }
            if (!appendOnly.isEmpty()) {
                statements.append(QStringLiteral("GRANT INSERT ON TABLE %1 TO %2")
                                      .arg(quotedList(m_db, appendOnly), grantee));
            }
            if (!sequences.isEmpty()) {
                statements.append(QStringLiteral("GRANT %1 ON SEQUENCE %2 TO %3")
                                      .arg(role == Role::Owner
                                               ? QStringLiteral("USAGE, SELECT, UPDATE")
                                               : QStringLiteral("USAGE, SELECT"),
                                           allSequences, grantee));
            }
        }
        for (const QString &statement : std::as_const(statements)) {
            if (const QString failed = exec(statement); !failed.isEmpty())
                return failed;
        }
    }
    return {};
}

TeamRoles::GrantOutcome TeamRoles::grant(const QString &user, Role role)
{
    GrantOutcome outcome;
    if (const QString error = checkNames(); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    if (user.trimmed().isEmpty()) {
        outcome.error = tr("Give the name of the user to grant the role to.");
        return outcome;
    }
    if (user.toUtf8().size() > kMaxNameBytes) {
        outcome.error = tr("The user name \"%1\" is too long: PostgreSQL allows role names of %2 "
                           "bytes.")
                            .arg(user)
                            .arg(kMaxNameBytes);
        return outcome;
    }
    for (Role group : all()) {
        if (user == groupRole(group)) {
            outcome.error = tr("\"%1\" is one of the workbench's own roles, not a user.").arg(user);
            return outcome;
        }
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        outcome.error = transaction.beginError();
        return outcome;
    }
    if (const QString error = ensureRoles(); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    QString error;
    const QString grantee = quoted(m_db, user);
    if (!roleExists(user, &error)) {
        if (error.isEmpty())
            error = exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(grantee));
        if (!error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
        outcome.userCreated = true;
    }
    for (Role other : all()) {
        // Only direct memberships: an owner's group is itself a member of
        // the lesser two, so a recursive test would find every owner there.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT m.admin_option FROM pg_auth_members m "
                                     "JOIN pg_roles g ON g.oid = m.roleid "
                                     "JOIN pg_roles u ON u.oid = m.member "
                                     "WHERE g.rolname = ? AND u.rolname = ?"));
        query.addBindValue(groupRole(other));
        query.addBindValue(user);
        if (!query.exec()) {
            outcome.error = query.lastError().text();
            return outcome;
        }
        if (!query.next() || other == role)
            continue;
        query.finish();
        if (const QString failed = exec(
                QStringLiteral("REVOKE %1 FROM %2").arg(quoted(m_db, groupRole(other)), grantee));
            !failed.isEmpty()) {
            outcome.error = failed;
            return outcome;
        }
        outcome.removedFrom.append(groupRole(other));
    }
    // An owner grants the roles in turn: the ADMIN OPTION on the owner group,
    // which holds it on the other two.
    if (const QString failed =
            exec(QStringLiteral("GRANT %1 TO %2%3")
                     .arg(quoted(m_db, groupRole(role)), grantee,
                          role == Role::Owner ? QStringLiteral(" WITH ADMIN OPTION") : QString()));
        !failed.isEmpty()) {
        outcome.error = failed;
        return outcome;
    }
    if (const QString failed = transaction.commit(); !failed.isEmpty()) {
        outcome.error = failed;
        return outcome;
    }
    return outcome;
}

QList<TeamRoles::Member> TeamRoles::members(QString *error) const
{
    QList<Member> members;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_auth_members m "
                       "JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member "
                       "WHERE g.rolname IN (?, ?, ?) ORDER BY 1, 2"));
    QSet<QString> groups;
    for (Role role : all()) {
        query.addBindValue(groupRole(role));
        groups.insert(groupRole(role));
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return members;
    }
    while (query.next()) {
        const QString user = query.value(0).toString();
        if (groups.contains(user))
            continue; // the owner group inside the lesser two
        const QString group = query.value(1).toString();
        Member member;
        member.user = user;
        member.role = fromKey(group.mid(m_database.size() + 1)).value_or(Role::Viewer);
        member.canLogin = query.value(2).toBool();
        members.append(member);
    }
    return members;
}

} // namespace Yardstick
