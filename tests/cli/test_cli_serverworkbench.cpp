// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of a team workbench: "yardstick-cli init URI" on the
// throw-away PostgreSQL cluster of scripts/dev test, one fresh database per
// test, and the commands that refuse a server workbench for now.
#include "clisupport.h"
#include "support/pgtestdatabase.h"

using namespace CliTest;

namespace {

#define NEED_SERVER(database)                                                                      \
    if (PgTestDatabase::clusterUri().isEmpty()) {                                                  \
        WARN("Skipped: no PostgreSQL test server (YARDSTICK_TEST_PG_URI is unset; "                \
             "scripts/dev test starts one).");                                                     \
        return;                                                                                    \
    }                                                                                              \
    PgTestDatabase database;                                                                       \
    INFO(database.error().toStdString());                                                          \
    REQUIRE(database.isValid())

} // namespace

TEST_CASE("cli: init URI creates a team workbench on an empty PostgreSQL database",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    const Result r = cli("init", server.uri());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out == "Created " + server.uri().toUtf8() +
                       ": 0 standards, 0 measurements, 0 case records and 0 complaint letters.\n");
    CHECK(server.query(QStringLiteral("SELECT schema_version FROM yardstick_workbench")) ==
          QStringList{QStringLiteral("12")});
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM dimensions")) ==
          QStringList{QStringLiteral("7")});

    // Once is enough: a second init is refused, and changes nothing.
    const Result again = cli("init", server.uri());
    CHECK(again.exitCode == 1);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains("already holds a Yardstick workbench."));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM dimensions")) ==
          QStringList{QStringLiteral("7")});
}

TEST_CASE("cli: init URI refuses a database that holds other tables", "[cli][postgresql]")
{
    NEED_SERVER(server);
    server.query(QStringLiteral("CREATE TABLE invoices (id integer)"));
    REQUIRE(server.error().isEmpty());
    const Result r = cli("init", server.uri());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("already holds 1 other tables"));
    CHECK(r.err.contains("empty database"));
    CHECK(server.query(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                      "WHERE table_schema = 'public'")) ==
          QStringList{QStringLiteral("1")});
}

TEST_CASE("cli: commands not yet ported to a server say so", "[cli][postgresql]")
{
    // No server is needed: the command is refused before it connects.
    const QString uri = QStringLiteral("postgresql://ann:secret@db.example:5432/qa");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("standards"), QStringLiteral("list"), uri},
          QStringList{QStringLiteral("scorecard"), uri},
          QStringList{QStringLiteral("import"), QStringLiteral("cases"), uri,
                      QStringLiteral("cases.csv")}}) {
        INFO(arguments.join(u' ').toStdString());
        const Result r = runCli(arguments);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(
            r.err.contains("postgresql://ann@db.example:5432/qa is a team workbench on a server"));
        CHECK(r.err.contains("not yet supported on a server workbench"));
        CHECK_FALSE(r.err.contains("secret"));
    }
    const Result demo = cli("init", "--demo", uri);
    CHECK(demo.exitCode == 1);
    CHECK(demo.err.contains("--demo is not yet supported on a server workbench"));
}

TEST_CASE("cli: init URI on an unreachable server says it cannot connect", "[cli][postgresql]")
{
    const Result r = cli("init", "postgresql://nobody@127.0.0.1:1/qa?connect_timeout=2");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Cannot connect to postgresql://nobody@127.0.0.1:1/qa"));
}
