// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly routine on a new workbench made by `init`: this week's export of
// a ticketing system, then next week's, in which open cases were resolved;
// an event log with one row per update; `cases --history`.
#include "clisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// Shaped as a ServiceNow incident export writes it: its own column names,
// "?" for no value, columns Yardstick does not read.
const QByteArray kHeader =
    "number,opened_at,short_description,priority,category,assignment_group,resolved_at,"
    "sys_mod_count\n";

const QByteArray kWeek1 =
    "INC0010001,2026-11-02 09:00:00,Card lost,3 - Moderate,Card replacement,Card ops,"
    "2026-11-04 12:00:00,4\n"
    "INC0010002,2026-11-02 09:30:00,Card not received,2 - High,Card replacement,Card ops,?,1\n"
    "INC0010003,2026-11-03 11:00:00,Statement query,4 - Low,Inquiries,Contact centre,,0\n";

const QByteArray kWeek2 =
    "INC0010001,2026-11-02 09:00:00,Card lost,3 - Moderate,Card replacement,Card ops,"
    "2026-11-04 12:00:00,4\n"
    "INC0010002,2026-11-02 09:30:00,Card not received,2 - High,Card replacement,Card ops,"
    "2026-11-10 16:00:00,6\n"
    "INC0010003,2026-11-03 11:00:00,Statement query,4 - Low,Inquiries,Contact centre,,1\n"
    "INC0010004,2026-11-09 08:15:00,PIN reset,4 - Low,Inquiries,Contact centre,?,0\n";

// The summary: the last line on stdout.
QString summaryLineOf(const Result &r)
{
    const QByteArrayList lines = linesOf(r.out);
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast());
}

QStringList importArguments(const QString &workbench, const QString &file)
{
    return {QStringLiteral("import"),
            QStringLiteral("cases"),
            workbench,
            file,
            QStringLiteral("--map"),
            QStringLiteral("case_id=number"),
            QStringLiteral("--map"),
            QStringLiteral("received=opened_at"),
            QStringLiteral("--map"),
            QStringLiteral("completed=resolved_at"),
            QStringLiteral("--map"),
            QStringLiteral("service=category"),
            QStringLiteral("--map"),
            QStringLiteral("department=assignment_group"),
            QStringLiteral("--create-missing")};
}

} // namespace

TEST_CASE("next week's export updates the cases that were open, and cases --history shows it",
          "[cli][reimport]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const Result first =
        runCli(importArguments(workbench, writeDataFile(dir, "week1.csv", kHeader + kWeek1)));
    REQUIRE(first.exitCode == 0);
    CHECK(summaryLineOf(first) == QStringLiteral("week1.csv: 3 rows read, 3 imported, 0 updated, "
                                                 "0 skipped as duplicates, 0 rejected"));

    const QString week2 = writeDataFile(dir, "week2.csv", kHeader + kWeek2);
    SECTION("updated, with the count of cases completed since the last import")
    {
        const Result second = runCli(importArguments(workbench, week2));
        CHECK(second.exitCode == 0);
        // INC0010002 was resolved; INC0010003's row differs only in a
        // column Yardstick does not read, so it is unchanged.
        CHECK(second.out.contains("Updated 1 case(s) (1 completed since the last import)."));
        CHECK(summaryLineOf(second) ==
              QStringLiteral("week2.csv: 4 rows read, 1 imported, 1 updated, 2 skipped as "
                             "duplicates, 0 rejected"));

        const Result table = cli("cases", workbench, "--history", "INC0010002");
        CHECK(table.exitCode == 0);
        CHECK(table.out.contains("Case INC0010002 in Card replacement"));
        CHECK(table.out.contains("2026-11-10T16:00:00"));
        CHECK(table.out.contains("week2.csv"));

        const Result csv = cli("cases", workbench, "--history", "INC0010002", "--format", "csv");
        CHECK(csv.exitCode == 0);
        const QByteArrayList lines = linesOf(csv.out);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0] == "service,case_id,imported_at,file,field,old_value,new_value");
        CHECK(lines[1].startsWith("Card replacement,INC0010002,"));
        CHECK(lines[1].endsWith(",week2.csv,completed,,2026-11-10T16:00:00"));

        const Result json = cli("cases", workbench, "--history", "INC0010002", "--format", "json",
                                "--service", "Card replacement");
        CHECK(json.exitCode == 0);
        const QJsonArray cases =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("cases")).toArray();
        REQUIRE(cases.size() == 1);
        const QJsonObject c = cases.at(0).toObject();
        CHECK(c.value(QStringLiteral("received")).toString() ==
              QStringLiteral("2026-11-02T09:30:00"));
        CHECK(c.value(QStringLiteral("completed")).toString() ==
              QStringLiteral("2026-11-10T16:00:00"));
        CHECK(c.value(QStringLiteral("department")).toString() == QStringLiteral("Card ops"));
        const QJsonArray history = c.value(QStringLiteral("history")).toArray();
        REQUIRE(history.size() == 1);
        CHECK(history.at(0).toObject().value(QStringLiteral("old_value")).isNull());

        const Result unknown = cli("cases", workbench, "--history", "INC9");
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains("no case \"INC9\""));
        CHECK(cli("cases", workbench).exitCode == 2);
    }
    SECTION("--strict refuses the change and leaves the workbench as it was")
    {
        const QByteArray before = readFile(workbench);
        QStringList arguments = importArguments(workbench, week2);
        arguments.append(QStringLiteral("--strict"));
        const Result strict = runCli(arguments);
        CHECK(strict.exitCode == 1);
        CHECK(strict.err.contains("week2.csv:3: number: case \"INC0010002\" is already in the "
                                  "workbench with different values"));
        CHECK(readFile(workbench) == before);
    }
}

TEST_CASE("an event log goes in with --latest-by, one row per case, and global ids move a case",
          "[cli][latestby]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    // INC0020001 was opened in Inquiries, moved to Card replacement and
    // resolved: three updates, the counter says which is the latest.
    const QByteArray log =
        kHeader +
        "INC0020001,2026-11-02 09:00:00,Card query,4 - Low,Inquiries,Contact centre,?,0\n"
        "INC0020002,2026-11-02 10:00:00,Address,4 - Low,Inquiries,Contact centre,?,0\n"
        "INC0020001,2026-11-02 09:00:00,Card query,4 - Low,Card replacement,Card ops,"
        "2026-11-05 09:00:00,2\n"
        "INC0020001,2026-11-02 09:00:00,Card query,4 - Low,Card replacement,Contact centre,?,1\n";
    const QString file = writeDataFile(dir, "log.csv", log);

    SECTION("without --latest-by the repeats are located errors")
    {
        const Result r = runCli(importArguments(workbench, file) +
                                QStringList{QStringLiteral("--ids"), QStringLiteral("global")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("log.csv:4: number: case id \"INC0020001\" appears more than once"));
    }
    SECTION("with --latest-by sys_mod_count and --ids global")
    {
        const Result r =
            runCli(importArguments(workbench, file) +
                   QStringList{QStringLiteral("--latest-by"), QStringLiteral("sys_mod_count"),
                               QStringLiteral("--ids"), QStringLiteral("global")});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("2 row(s) were left out for a later row of the same case (latest by "
                             "sys_mod_count)."));
        CHECK(summaryLineOf(r) == QStringLiteral("log.csv: 4 rows read, 2 imported, 0 updated, 0 "
                                                 "skipped as duplicates, 0 rejected"));
        const Result json = cli("cases", workbench, "--history", "INC0020001", "--format", "json");
        const QJsonArray cases =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("cases")).toArray();
        REQUIRE(cases.size() == 1);
        CHECK(cases.at(0).toObject().value(QStringLiteral("service")).toString() ==
              QStringLiteral("Card replacement"));
        CHECK(cases.at(0).toObject().value(QStringLiteral("completed")).toString() ==
              QStringLiteral("2026-11-05T09:00:00"));

        // Next week the case moves back to Inquiries: one case, moved, with
        // the move in its history.
        const QString moved = writeDataFile(
            dir, "moved.csv",
            kHeader + "INC0020001,2026-11-02 09:00:00,Card query,4 - Low,Inquiries,Card ops,"
                      "2026-11-05 09:00:00,3\n");
        const Result again = runCli(importArguments(workbench, moved) +
                                    QStringList{QStringLiteral("--ids"), QStringLiteral("global")});
        CHECK(again.exitCode == 0);
        const Result csv = cli("cases", workbench, "--history", "INC0020001", "--format", "csv");
        const QByteArrayList lines = linesOf(csv.out);
        REQUIRE(lines.size() == 2);
        CHECK(lines[1].startsWith("Inquiries,INC0020001,"));
        CHECK(lines[1].endsWith(",moved.csv,service,Card replacement,Inquiries"));
    }
    SECTION("bad words for the options are usage errors")
    {
        CHECK(runCli(importArguments(workbench, file) +
                     QStringList{QStringLiteral("--ids"), QStringLiteral("sometimes")})
                  .exitCode == 2);
        CHECK(cli("import", "measurements", workbench, file, "--strict").exitCode == 2);
    }
}
