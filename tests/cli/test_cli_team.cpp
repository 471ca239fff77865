// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli team": roles of a team workbench on the
// throw-away PostgreSQL cluster (one fresh database and fresh users per
// test), and the refusals that need no server.
#include "clisupport.h"
#include "support/needserver.h"
#include "support/pgtestdatabase.h"

#include <QTemporaryDir>

using namespace CliTest;

namespace {

// The direct members of the database's Yardstick roles, "user role".
QStringList membersOf(PgTestDatabase &server)
{
    return server.query(
        QStringLiteral("SELECT u.rolname || ' ' || g.rolname FROM pg_auth_members m "
                       "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                       "WHERE g.rolname LIKE current_database() || ':%' "
                       "AND u.rolname NOT LIKE current_database() || ':%' ORDER BY 1"));
}

} // namespace

TEST_CASE("cli: team grant makes a new user an analyst, then a viewer, and team list shows it",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    const QString db = server.name();
    const QString ann = db + QStringLiteral("_ann");
    server.dropRolesAtEnd({ann, db + QStringLiteral(":viewer"), db + QStringLiteral(":analyst"),
                           db + QStringLiteral(":owner")});
    REQUIRE(cli("init", server.uri()).exitCode == 0);

    const Result granted = cli("team", "grant", server.uri(), "--user", ann, "--role", "analyst");
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    CHECK(granted.err.isEmpty());
    const QByteArray a = ann.toUtf8();
    CHECK(linesOf(granted.out) ==
          QByteArrayList{"Created the user " + a +
                             " (a login role) without a password. To give it one, a superuser "
                             "runs: ALTER ROLE \"" +
                             a + "\" PASSWORD '…'; " + a +
                             " can then keep it in ~/.pgpass (host:port:database:" + a +
                             ":password), so no program asks for it.",
                         a + " is now an analyst of " + server.uri().toUtf8() +
                             ": imports and edits the data, reads the catalogue."});
    CHECK(membersOf(server) ==
          QStringList{ann + QLatin1Char(' ') + db + QStringLiteral(":analyst")});
    CHECK(server.query(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '") + ann +
                       QLatin1Char('\'')) == QStringList{QStringLiteral("true")});

    const Result moved = cli("team", "grant", server.uri(), "--user", ann, "--role", "viewer");
    REQUIRE(moved.exitCode == 0);
    CHECK(linesOf(moved.out) == QByteArrayList{a + " is no longer in " + db.toUtf8() + ":analyst.",
                                               a + " is now a viewer of " + server.uri().toUtf8() +
                                                   ": reads everything, changes nothing."});
    CHECK(membersOf(server) ==
          QStringList{ann + QLatin1Char(' ') + db + QStringLiteral(":viewer")});

    const Result listed = cli("team", "list", server.uri());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out == "user,role\n" + a + ",viewer\n");

    // The server, not the program, refuses the viewer's write.
    const Result refused = cli("holidays", server.uriAs(ann), "--add", "2025-12-25=Christmas");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("The team workbench's server refused this change (permission "
                               "denied for table "));
    CHECK(refused.err.contains("your role does not allow it. Nothing was changed."));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM holidays")) ==
          QStringList{QStringLiteral("0")});
}

TEST_CASE("cli: an owner runs team grant for another user, an analyst is refused by the server",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    const QString db = server.name();
    const QString olga = db + QStringLiteral("_olga");
    const QString ann = db + QStringLiteral("_ann");
    const QString vera = db + QStringLiteral("_vera");
    server.dropRolesAtEnd({olga, ann, vera, db + QStringLiteral(":viewer"),
                           db + QStringLiteral(":analyst"), db + QStringLiteral(":owner")});
    REQUIRE(cli("init", server.uri()).exitCode == 0);
    REQUIRE(cli("team", "grant", server.uri(), "--user", olga, "--role", "owner").exitCode == 0);
    REQUIRE(cli("team", "grant", server.uri(), "--user", ann, "--role", "analyst").exitCode == 0);
    REQUIRE(cli("team", "grant", server.uri(), "--user", vera, "--role", "viewer").exitCode == 0);

    // Olga is neither superuser nor CREATEROLE: the ADMIN OPTION is enough.
    const Result byOwner =
        cli("team", "grant", server.uriAs(olga), "--user", vera, "--role", "analyst");
    INFO(byOwner.err.toStdString());
    CHECK(byOwner.exitCode == 0);
    CHECK(byOwner.out.contains(QByteArray(vera.toUtf8() + " is now an analyst of ")));
    const Result byAnalyst =
        cli("team", "grant", server.uriAs(ann), "--user", vera, "--role", "owner");
    CHECK(byAnalyst.exitCode == 1);
    CHECK(byAnalyst.out.isEmpty());
    CHECK(byAnalyst.err.contains("Cannot grant the owner role of"));
    CHECK(byAnalyst.err.contains("The server refused"));
    CHECK(membersOf(server) ==
          QStringList{ann + QLatin1Char(' ') + db + QStringLiteral(":analyst"),
                      olga + QLatin1Char(' ') + db + QStringLiteral(":owner"),
                      vera + QLatin1Char(' ') + db + QStringLiteral(":analyst")});
}

TEST_CASE("cli: team refuses a workbench file, an unknown role or action, and --department",
          "[cli]")
{
    QTemporaryDir dir;
    const QString file = emptyWorkbench(dir);
    const Result onFile = cli("team", "grant", file, "--user", "ann", "--role", "viewer");
    CHECK(onFile.exitCode == 2);
    CHECK(onFile.out.isEmpty());
    CHECK(onFile.err.contains("is a workbench file. Roles belong to a team workbench on a "
                              "PostgreSQL server"));
    CHECK(cli("team", "list", file).exitCode == 2);

    // Refused before any connection is tried: no server is needed here.
    const QString nowhere = QStringLiteral("postgresql://ann@127.0.0.1:1/qa");
    const Result badRole = cli("team", "grant", nowhere, "--user", "ann", "--role", "admin");
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains("--role admin: use viewer, analyst or owner."));
    const Result noUser = cli("team", "grant", nowhere, "--role", "viewer");
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.err.contains("--user NAME"));
    const Result badAction = cli("team", "revoke", nowhere);
    CHECK(badAction.exitCode == 2);
    CHECK(badAction.err.contains("Unknown action \"revoke\""));
    const Result department =
        cli("team", "grant", nowhere, "--user", "ann", "--role", "viewer", "--department", "NA");
    CHECK(department.exitCode == 2);
    CHECK(department.err.contains("--department is not supported yet"));
}
