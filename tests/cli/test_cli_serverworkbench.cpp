// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of a team workbench: "yardstick-cli init URI" on the
// throw-away PostgreSQL cluster of scripts/dev test, one fresh database per
// test, and the commands that refuse a server workbench for now.
#include "clisupport.h"
#include "support/needserver.h"
#include "support/pgtestdatabase.h"

#include <QTemporaryDir>

using namespace CliTest;

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
          QStringList{QStringLiteral("14")});
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

TEST_CASE("cli: the weekly routine on a team workbench answers as on a file", "[cli][postgresql]")
{
    NEED_SERVER(server);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.yardstick"));
    const QString catalogue = writeDataFile(
        dir, "standards.csv",
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "INQ-T-01,Inquiry answered,INQ,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
        "customer_expectation,Service charter,2024-01-01\n");
    // Dates only: a turnaround is whole calendar days. April: INQ-4 took 6
    // days (03-28 to 04-03), INQ-5 8 days: mean 7 (n 2), between the target
    // 5 and the threshold 8, so at risk.
    const QString cases = writeDataFile(dir, "inquiries.csv",
                                        "service,case_id,received,completed,department\n"
                                        "INQ,INQ-1,2025-03-03,2025-03-06,OPS\n"
                                        "INQ,INQ-4,2025-03-28,2025-04-03,OPS\n"
                                        "INQ,INQ-5,2025-04-02,2025-04-10,OPS\n"
                                        "INQ,INQ-6,2025-04-07,?,OPS\n");
    QByteArray answers[2];
    const QString workbenches[2] = {file, server.uri()};
    for (int i = 0; i < 2; ++i) {
        const QString &workbench = workbenches[i];
        INFO(workbench.toStdString());
        REQUIRE(cli("init", workbench).exitCode == 0);
        REQUIRE(cli("import", "standards", workbench, catalogue).exitCode == 0);
        const Result first = cli("import", "cases", workbench, cases);
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        CHECK(linesOf(first.out).constLast() ==
              "inquiries.csv: 4 rows read, 4 imported, 0 updated, 0 skipped as duplicates, "
              "0 rejected");
        // Next week's export again: nothing new.
        const Result again = cli("import", "cases", workbench, cases);
        CHECK(linesOf(again.out).constLast() ==
              "inquiries.csv: 4 rows read, 0 imported, 0 updated, 4 skipped as duplicates, "
              "0 rejected");
        const Result scorecard =
            cli("scorecard", workbench, "--at", "2025-04-15", "--format", "csv");
        REQUIRE(scorecard.exitCode == 0);
        CHECK(scorecard.out.contains(",7,"));
        CHECK(scorecard.out.contains("at_risk"));
        answers[i] = scorecard.out;
    }
    CHECK(answers[0] == answers[1]);
}

TEST_CASE("cli: copy takes a workbench file to a server and back, and init --demo fills a "
          "server",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    NEED_SERVER(demoServer);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.yardstick"));
    REQUIRE(cli("init", file, "--demo").exitCode == 0);
    const Result up = cli("copy", file, server.uri());
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.startsWith("Copied "));
    const QString back = dir.filePath(QStringLiteral("back.yardstick"));
    REQUIRE(cli("copy", server.uri(), back).exitCode == 0);
    const QByteArray expected = cli("scorecard", file, "--format", "csv").out;
    CHECK(expected.count('\n') == 189); // the header and the demo's 188 standards
    CHECK(cli("scorecard", server.uri(), "--format", "csv").out == expected);
    CHECK(cli("scorecard", back, "--format", "csv").out == expected);

    // A copy never overwrites: the file exists, the database holds a workbench.
    CHECK(cli("copy", file, back).exitCode == 1);
    const Result full = cli("copy", file, server.uri());
    CHECK(full.exitCode == 1);
    CHECK(full.err.contains("already holds a Yardstick workbench."));

    const Result demo = cli("init", demoServer.uri(), "--demo");
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("188 standards"));
    CHECK(cli("scorecard", demoServer.uri(), "--format", "csv").out == expected);
}

TEST_CASE("cli: init URI on an unreachable server says it cannot connect", "[cli][postgresql]")
{
    const Result r = cli("init", "postgresql://nobody@127.0.0.1:1/qa?connect_timeout=2");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("Cannot connect to postgresql://nobody@127.0.0.1:1/qa"));
}
