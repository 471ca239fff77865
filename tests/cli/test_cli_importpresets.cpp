// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli import cases" on the exports of known
// service-desk systems: without --map, the recognised export's proposal is
// used and a line on stderr says which.
#include "clisupport.h"

#include <QTemporaryDir>

using namespace CliTest;

namespace {

// As ServiceNow writes a list export: every field quoted, its own columns
// around the ones Yardstick reads, "?" where an analyst's tool put no value,
// and a short description with a comma in it. Two categories, one
// assignment group (the third incident has none).
const QByteArray kServiceNow =
    "\"number\",\"opened_at\",\"short_description\",\"caller_id\",\"priority\",\"state\","
    "\"category\",\"assignment_group\",\"assigned_to\",\"sys_updated_on\",\"sys_mod_count\","
    "\"resolved_at\",\"closed_at\"\n"
    "\"INC0010001\",\"2025-04-01 09:00:00\",\"Card lost abroad\",\"Abel Tuter\",\"2 - High\","
    "\"Closed\",\"Card replacement\",\"Cards Team\",\"Beth Anglin\",\"2025-04-04 10:00:00\","
    "\"7\",\"2025-04-03 10:00:00\",\"2025-04-04 10:00:00\"\n"
    "\"INC0010002\",\"2025-04-02 11:30:00\",\"Card stuck in ATM\",\"Bud Richman\","
    "\"1 - Critical\",\"In Progress\",\"Card replacement\",\"Cards Team\",\"\","
    "\"2025-04-02 12:00:00\",\"2\",\"?\",\"\"\n"
    "\"INC0010003\",\"2025-04-02 12:00:00\",\"Statement, wrong address\",\"Carol Coughlin\","
    "\"4 - Low\",\"Resolved\",\"Statements\",\"?\",\"\",\"2025-04-02 15:30:00\",\"3\","
    "\"2025-04-02 15:00:00\",\"\"\n";

// A Zendesk ticket export with the desk's own "Category" drop-down.
const QByteArray kZendesk =
    "Id,Requester,Requester id,Requester email,Submitter,Assignee,Group,Subject,Tags,Status,"
    "Priority,Via,Ticket type,Created at,Updated at,Assigned at,Solved at,Satisfaction Score,"
    "Reopens,Replies,Category [list]\n"
    "1041,Ann Lee,36112,ann@example.com,Ann Lee,Sam Poe,Payments,Refund missing,refund,solved,"
    "high,Web form,question,2025-04-01 09:00:00,2025-04-03 10:05:00,2025-04-01 09:30:00,"
    "2025-04-03 10:00:00,Good,0,3,Refunds\n"
    "1042,Bo Chan,36113,bo@example.com,Bo Chan,,Payments,Card blocked,,open,urgent,Email,"
    "incident,2025-04-02 11:30:00,2025-04-02 11:45:00,,,Not Offered,0,1,Cards\n";

QString summaryOf(const Result &r)
{
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    return QString::fromUtf8(lines.constLast());
}

QString newWorkbench(const QTemporaryDir &dir)
{
    const QString workbench = dir.filePath(QStringLiteral("new.yardstick"));
    REQUIRE(cli("init", workbench).exitCode == 0);
    return workbench;
}

} // namespace

TEST_CASE("import cases reads a ServiceNow incident export as proposed for it, and says so",
          "[cli][import][exportpresets]")
{
    QTemporaryDir dir;
    const QString workbench = newWorkbench(dir);
    const QString csv = writeDataFile(dir, "incidents.csv", kServiceNow);

    const Result r = cli("import", "cases", workbench, csv, "--create-missing");
    CHECK(r.exitCode == 0);
    CHECK(r.err == "Recognised a ServiceNow incident export: case_id=number, "
                   "received=opened_at, completed=resolved_at, service=category, "
                   "department=assignment_group; latest row by sys_mod_count; case ids are "
                   "global.\n");
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE(lines.size() == 3);
    // The categories and the group, not the priorities or the callers.
    CHECK(lines.at(0).startsWith("Created 2 service(s): "));
    CHECK(lines.at(0).contains("Card replacement ("));
    CHECK(lines.at(0).contains("Statements ("));
    CHECK(lines.at(1).startsWith("Created 1 department(s): Cards Team ("));
    CHECK(summaryOf(r) ==
          QStringLiteral("incidents.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as "
                         "duplicates, 0 rejected"));
}

TEST_CASE("import cases reads a Zendesk ticket export as proposed for it",
          "[cli][import][exportpresets]")
{
    QTemporaryDir dir;
    const QString workbench = newWorkbench(dir);
    const QString csv = writeDataFile(dir, "tickets.csv", kZendesk);

    const Result r = cli("import", "cases", workbench, csv, "--create-missing");
    CHECK(r.exitCode == 0);
    CHECK(r.err == "Recognised a Zendesk ticket export: case_id=Id, received=Created at, "
                   "completed=Solved at, service=Category [list], department=Group; latest row "
                   "by Updated at; case ids are global.\n");
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains("Refunds ("));
    CHECK(lines.at(0).contains("Cards ("));
    CHECK(lines.at(1).startsWith("Created 1 department(s): Payments ("));
    CHECK(summaryOf(r) ==
          QStringLiteral("tickets.csv: 2 rows read, 2 imported, 0 updated, 0 skipped as "
                         "duplicates, 0 rejected"));
}

TEST_CASE("import cases with --map reads a recognised export as the options say",
          "[cli][import][exportpresets]")
{
    QTemporaryDir dir;
    const QString workbench = newWorkbench(dir);
    const QString csv = writeDataFile(dir, "incidents.csv", kServiceNow);

    // closed_at instead of the proposed resolved_at, the priority as the
    // service: what the analyst says wins, and nothing is "recognised".
    const Result r = cli("import", "cases", workbench, csv, "--create-missing", "--map",
                         "case_id=number", "--map", "received=opened_at", "--map",
                         "completed=closed_at", "--map", "service=priority");
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.at(0).startsWith("Created 3 service(s): "));
    CHECK(lines.at(0).contains("2 - High ("));
}
