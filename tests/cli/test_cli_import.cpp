// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli import cases|measurements|standards":
// exit code, the summary line on stdout, the rejected rows on stderr as
// file:line: column: reason, and what a later "series" shows was imported.
#include "clisupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// The catalogue the imports run against, in the 14 contract columns.
// Importing it creates the services INQ and CRD, the dimensions Timeliness
// and Accuracy, and the departments OPS and "Quality Assurance" (code QA, its
// initials).
const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n"
    "INQ-T-01,Inquiry answered,INQ,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
    "customer_expectation,Service charter,2024-01-01\n"
    "CRD-T-01,Card replaced,CRD,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,,"
    "Service charter,2024-01-01\n"
    "AUD-01,Card file audit,CRD,Accuracy,audit_score,mean,higher,90,80,%,Quality Assurance,,"
    "Audit plan,2024-01-01\n";

const QByteArray kCaseHeader =
    "service,case_id,received,completed,right_first_time,department,key_customer\n";

// Six inquiries with dates only, so a turnaround is whole calendar days, and
// a case counts in the month it was completed. INQ-T-01 is the mean, lower is
// better, target 5, threshold 8:
//   March: INQ-1 3 days, INQ-2 7, INQ-3 2   -> 12 / 3 = 4 (n 3), met
//   April: INQ-4 6 days (received in March), INQ-5 8 -> 14 / 2 = 7 (n 2), at risk
//   INQ-6 is still open and counts nowhere.
// Booleans come in the spellings the contract allows; department and key
// customer may be empty.
const QByteArray kCases = kCaseHeader + "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
                                        "INQ,INQ-2,2025-03-10,2025-03-17,no,OPS,no\n"
                                        "INQ,INQ-3,2025-03-22,2025-03-24,Y,OPS,yes\n"
                                        "INQ,INQ-4,2025-03-28,2025-04-03,1,OPS,0\n"
                                        "INQ,INQ-5,2025-04-02,2025-04-10,true,,false\n"
                                        "INQ,INQ-6,2025-04-07,,,,\n";

const QString kInquiriesAsImported =
    QStringLiteral("2025-03-01..2025-03-31: 4 (n 3) met | 2025-04-01..2025-04-30: 7 (n 2) at_risk");

// A workbench holding kCatalogue.
QString catalogueWorkbench(const QTemporaryDir &dir)
{
    return workbenchWithCatalogue(dir, kCatalogue);
}

// A workbench holding kCatalogue and kCases.
QString workbenchWithCases(const QTemporaryDir &dir)
{
    const QString workbench = catalogueWorkbench(dir);
    const Result r = cli("import", "cases", workbench, writeDataFile(dir, "inquiries.csv", kCases));
    REQUIRE(r.exitCode == 0);
    return workbench;
}

// The last line of stdout: the summary.
QString summaryOf(const Result &r)
{
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    return QString::fromUtf8(lines.constLast());
}

struct Rejection
{
    QString file;
    int line = 0;
    QString column;
    QString reason;
};

// Every stderr line parsed as file:line: column: reason; a line that is not
// in that form fails the test.
QList<Rejection> rejectionsOf(const Result &r)
{
    static const QRegularExpression form(QStringLiteral("^([^:]+):(\\d+): ([^:]+): (.+)$"));
    QList<Rejection> rejections;
    for (const QByteArray &line : linesOf(r.err)) {
        const QString text = QString::fromUtf8(line);
        const QRegularExpressionMatch match = form.match(text);
        INFO("stderr line: " << text.toStdString());
        CHECK(match.hasMatch());
        if (match.hasMatch())
            rejections.append({match.captured(1), match.captured(2).toInt(), match.captured(3),
                               match.captured(4)});
    }
    return rejections;
}

// "file:line: column" of each rejection, joined with " | ", to compare with
// the hand-made list in one CHECK.
QString locationsOf(const QList<Rejection> &rejections)
{
    QStringList locations;
    for (const Rejection &r : rejections)
        locations.append(QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.column));
    return locations.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("import cases with the canonical header needs no mapping and importing again changes "
          "nothing",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "cases.csv", kCases);

    const Result first = cli("import", "cases", workbench, csv);
    CHECK(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    CHECK(
        summaryOf(first) ==
        QStringLiteral(
            "cases.csv: 6 rows read, 6 imported, 0 updated, 0 skipped as duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) == kInquiriesAsImported);

    const Result again = cli("import", "cases", workbench, csv);
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    CHECK(
        summaryOf(again) ==
        QStringLiteral(
            "cases.csv: 6 rows read, 0 imported, 0 updated, 6 skipped as duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) == kInquiriesAsImported);
}

TEST_CASE("import cases --strict reports the same case id with other values as a conflict at "
          "its line",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    // Line 2 is INQ-1 exactly as stored (a duplicate), line 3 is INQ-2 closed a
    // day later than stored (a conflict), line 4 reuses the id INQ-1 for
    // another service (a new case: ids are unique per service), line 5 is
    // INQ-3 as stored.
    const QString csv = writeDataFile(dir, "again.csv",
                                      kCaseHeader + "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
                                                    "INQ,INQ-2,2025-03-10,2025-03-18,no,OPS,no\n"
                                                    "CRD,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
                                                    "INQ,INQ-3,2025-03-22,2025-03-24,Y,OPS,yes\n");
    const QByteArray before = readFile(workbench);

    const Result r = cli("import", "cases", workbench, csv, "--strict");
    CHECK(r.exitCode == 1);
    const QList<Rejection> rejections = rejectionsOf(r);
    CHECK(locationsOf(rejections) == QStringLiteral("again.csv:3: case_id"));
    REQUIRE(rejections.size() == 1);
    CHECK(rejections.constFirst().reason.contains(QStringLiteral("INQ-2")));
    CHECK(summaryOf(r).startsWith(QStringLiteral(
        "again.csv: 4 rows read, 0 imported, 0 updated, 2 skipped as duplicates, 1 rejected")));
    CHECK(readFile(workbench) == before);

    // With --skip-bad the new CRD case goes in: 2025-03-03 to 2025-03-06 is 3
    // days, CRD-T-01's target is 5, so March is met.
    const Result skipped = cli("import", "cases", workbench, csv, "--skip-bad", "--strict");
    CHECK(skipped.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(skipped)) == QStringLiteral("again.csv:3: case_id"));
    CHECK(
        summaryOf(skipped) ==
        QStringLiteral(
            "again.csv: 4 rows read, 1 imported, 0 updated, 2 skipped as duplicates, 1 rejected"));
    CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
          QStringLiteral("2025-03-01..2025-03-31: 3 (n 1) met"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) == kInquiriesAsImported);
}

TEST_CASE("import cases reads other column names through --map", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    // 2025-04-03 to 04-07 is 4 days, 04-10 to 04-16 is 6: April's mean is 5,
    // CRD-T-01's target, so met.
    const QString csv = writeDataFile(dir, "export.csv",
                                      "Process,Ref,Opened On,Closed On,RFT\n"
                                      "CRD,C-1,2025-04-03,2025-04-07,yes\n"
                                      "CRD,C-2,2025-04-10,2025-04-16,no\n");

    SECTION("without a mapping the required fields are missing, at the header")
    {
        const Result r = cli("import", "cases", workbench, csv);
        CHECK(r.exitCode == 1);
        CHECK(locationsOf(rejectionsOf(r)) ==
              QStringLiteral("export.csv:1: service | export.csv:1: case_id | "
                             "export.csv:1: received | export.csv:1: completed"));
        CHECK(seriesOf(workbench, "CRD-T-01").isEmpty());
    }

    SECTION("with a mapping the file goes in")
    {
        const Result r = cli("import", "cases", workbench, csv, "--map", "service=Process", "--map",
                             "case_id=Ref", "--map", "received=Opened On",
                             "--map=completed=Closed On", "--map", "right_first_time=RFT");
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(summaryOf(r) ==
              QStringLiteral(
                  "export.csv: 2 rows read, 2 imported, 0 updated, 0 skipped as duplicates, "
                  "0 rejected"));
        CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
              QStringLiteral("2025-04-01..2025-04-30: 5 (n 2) met"));
    }

    SECTION("a mapping to a column the file does not have is refused at the header")
    {
        const Result r = cli("import", "cases", workbench, csv, "--map", "service=Process", "--map",
                             "case_id=Ref", "--map", "received=Opened On", "--map",
                             "completed=Closed On", "--map", "department=Team");
        CHECK(r.exitCode == 1);
        CHECK(locationsOf(rejectionsOf(r)) == QStringLiteral("export.csv:1: Team"));
        CHECK(seriesOf(workbench, "CRD-T-01").isEmpty());
    }
}

// A ticketing system's export as it comes: its own column names, columns the
// workbench does not read, and services and departments ("Category 26",
// "Group 70") no new workbench has.
const QByteArray kTicketExport =
    "number,short_description,category,assignment_group,opened_at,resolved_at,priority,state\n"
    "INC001,Card lost,Category 26,Group 70,2025-04-01 09:00:00,2025-04-03 10:00:00,3,Resolved\n"
    "INC002,Card stuck,Category 27,Group 70,2025-04-02 11:30:00,,2,In Progress\n"
    "INC003,PIN reset,category 26,Group 71,2025-04-02 12:00:00,2025-04-02 15:00:00,4,Resolved\n";

TEST_CASE("import cases --create-missing takes a real export into a new empty workbench",
          "[cli][import][createmissing]")
{
    QTemporaryDir dir;
    const QString workbench = dir.filePath(QStringLiteral("new.yardstick"));
    REQUIRE(cli("init", workbench).exitCode == 0);
    const QString csv = writeDataFile(dir, "export.csv", kTicketExport);
    const QStringList mapping{
        QStringLiteral("--map"), QStringLiteral("service=category"),
        QStringLiteral("--map"), QStringLiteral("department=assignment_group"),
        QStringLiteral("--map"), QStringLiteral("case_id=number"),
        QStringLiteral("--map"), QStringLiteral("received=opened_at"),
        QStringLiteral("--map"), QStringLiteral("completed=resolved_at")};
    const QStringList import =
        QStringList{QStringLiteral("import"), QStringLiteral("cases"), workbench, csv} + mapping;

    SECTION("without it every row names an unknown service and department, located")
    {
        const Result r = runCli(import);
        CHECK(r.exitCode == 1);
        CHECK(locationsOf(rejectionsOf(r)) ==
              QStringLiteral("export.csv:2: category | export.csv:2: assignment_group | "
                             "export.csv:3: category | export.csv:3: assignment_group | "
                             "export.csv:4: category | export.csv:4: assignment_group"));
        CHECK(summaryOf(r).startsWith(QStringLiteral(
            "export.csv: 3 rows read, 0 imported, 0 updated, 0 skipped as duplicates, "
            "3 rejected")));
    }

    SECTION("with it the services and departments are created, listed, and the rows go in")
    {
        const Result r = runCli(import + QStringList{QStringLiteral("--create-missing")});
        CHECK(r.err.isEmpty());
        CHECK(r.exitCode == 0);
        const QByteArrayList lines = linesOf(r.out);
        REQUIRE(lines.size() == 3);
        // Codes from the initials, the second "C2" made unique.
        CHECK(lines.at(0).startsWith("Created 2 service(s): "));
        CHECK(lines.at(0).contains("Category 26 (C2)"));
        CHECK(lines.at(0).contains("Category 27 (C22)"));
        CHECK(lines.at(1).startsWith("Created 2 department(s): "));
        CHECK(lines.at(1).contains("Group 70 (G7)"));
        CHECK(lines.at(1).contains("Group 71 (G72)"));
        CHECK(summaryOf(r) ==
              QStringLiteral(
                  "export.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as duplicates, "
                  "0 rejected"));

        // Next week's file names them by name: without the option they are
        // found, the rows are already there, and nothing more is created.
        const Result again = runCli(import);
        CHECK(again.err.isEmpty());
        CHECK(again.exitCode == 0);
        CHECK(linesOf(again.out).size() == 2); // the duplicates note and the summary
        CHECK(summaryOf(again) ==
              QStringLiteral(
                  "export.csv: 3 rows read, 0 imported, 0 updated, 3 skipped as duplicates, "
                  "0 rejected"));
    }
}

TEST_CASE("import cases --set gives every row one service, checked as one read from the file",
          "[cli][import][set]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const QString csv = writeDataFile(dir, "desk.csv",
                                      "case_id,received,completed\n"
                                      "D-1,2025-04-01,2025-04-02\n"
                                      "D-2,2025-04-01,\n");

    SECTION("a service the workbench lacks is an error, said once for the file")
    {
        const Result r = cli("import", "cases", workbench, csv, "--set", "service=IT service desk");
        CHECK(r.exitCode == 1);
        CHECK(locationsOf(rejectionsOf(r)) == QStringLiteral("desk.csv:0: service"));
        CHECK(rejectionsOf(r).value(0).reason ==
              QStringLiteral("unknown service \"IT service desk\""));
    }

    SECTION("with --create-missing it is created once and every row goes in")
    {
        const Result r = cli("import", "cases", workbench, csv, "--set=service=IT service desk",
                             "--create-missing");
        CHECK(r.err.isEmpty());
        CHECK(r.exitCode == 0);
        CHECK(linesOf(r.out).value(0) == "Created 1 service(s): IT service desk (ISD).");
        CHECK(
            summaryOf(r) ==
            QStringLiteral("desk.csv: 2 rows read, 2 imported, 0 updated, 0 skipped as duplicates, "
                           "0 rejected"));
    }

    SECTION("a field that cannot be set, or a --set for another kind, is a usage error")
    {
        CHECK(cli("import", "cases", workbench, csv, "--set", "case_id=D-9").exitCode == 2);
        CHECK(cli("import", "cases", workbench, csv, "--set", "service").exitCode == 2);
        CHECK(cli("import", "measurements", workbench, csv, "--create-missing").exitCode == 2);
    }
}

TEST_CASE("import cases --date-format decides how ambiguous dates are read", "[cli][import]")
{
    QTemporaryDir dir;
    // Every date reads both ways.
    const QByteArray cases = "service,case_id,received,completed\n"
                             "CRD,D-1,03/04/2025,07/04/2025\n"
                             "CRD,D-2,02/04/2025,08/04/2025\n";

    SECTION("dd/mm/yyyy: 3 to 7 April is 4 days, 2 to 8 April 6, April's mean 5")
    {
        const QString workbench = workbenchWithCatalogue(dir, kCatalogue, "dmy.yardstick");
        const Result r = cli("import", "cases", workbench, writeDataFile(dir, "dmy.csv", cases),
                             "--date-format", "dd/mm/yyyy");
        CHECK(r.exitCode == 0);
        CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
              QStringLiteral("2025-04-01..2025-04-30: 5 (n 2) met"));
    }

    SECTION("mm/dd/yyyy: 4 March to 4 July is 27+30+31+30+4 = 122 days, 4 February to 4 "
            "August 24+31+30+31+30+31+4 = 181")
    {
        const QString workbench = workbenchWithCatalogue(dir, kCatalogue, "mdy.yardstick");
        const Result r = cli("import", "cases", workbench, writeDataFile(dir, "mdy.csv", cases),
                             "--date-format", "mm/dd/yyyy");
        CHECK(r.exitCode == 0);
        CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
              QStringLiteral("2025-07-01..2025-07-31: 122 (n 1) breached | "
                             "2025-08-01..2025-08-31: 181 (n 1) breached"));
    }

    SECTION("auto reads them day first and says so")
    {
        const QString workbench = workbenchWithCatalogue(dir, kCatalogue, "auto.yardstick");
        const Result r = cli("import", "cases", workbench, writeDataFile(dir, "auto.csv", cases));
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("DD/MM/YYYY"));
        CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
              QStringLiteral("2025-04-01..2025-04-30: 5 (n 2) met"));
    }
}

namespace {

// Ten data rows on eleven physical lines (the case id on lines 9-10 holds a
// line break), seven of them bad:
//   3 received: no 13th month      4 completed: before received
//   5 service: unknown XYZ         7 right_first_time: "maybe"
//   8 row: 3 fields, not 7         11 case_id: empty
//   12 case_id: MAY-1 again (line 2)
// The good ones (lines 2, 6 and 9-10) are completed in May after 2, 4 and 6
// days: a mean of 4, n 3, met against INQ-T-01's target of 5.
const QByteArray kCasesWithBadRows = kCaseHeader +
                                     "INQ,MAY-1,2025-05-05,2025-05-07,yes,OPS,no\n"
                                     "INQ,MAY-2,2025-13-45,2025-05-07,yes,OPS,no\n"
                                     "INQ,MAY-3,2025-05-10,2025-05-05,yes,OPS,no\n"
                                     "XYZ,MAY-4,2025-05-05,2025-05-07,yes,OPS,no\n"
                                     "INQ,MAY-5,2025-05-06,2025-05-10,no,OPS,no\n"
                                     "INQ,MAY-6,2025-05-06,2025-05-10,maybe,OPS,no\n"
                                     "INQ,MAY-7,2025-05-06\n"
                                     "INQ,\"MAY\n8\",2025-05-12,2025-05-18,yes,OPS,no\n"
                                     "INQ,,2025-05-12,2025-05-18,yes,OPS,no\n"
                                     "INQ,MAY-1,2025-05-05,2025-05-09,yes,OPS,no\n";

const QString kBadRowLocations =
    QStringLiteral("cases.csv:3: received | cases.csv:4: completed | cases.csv:5: service | "
                   "cases.csv:7: right_first_time | cases.csv:8: row | cases.csv:11: case_id | "
                   "cases.csv:12: case_id");

const QString kMay = QStringLiteral("2025-05-01..2025-05-31: 4 (n 3) met");

void checkBadRowReasons(const QList<Rejection> &rejections)
{
    REQUIRE(rejections.size() == 7);
    const char *const fragments[] = {"2025-13-45", "before", "XYZ",           "maybe",
                                     "fields",     "empty",  "more than once"};
    for (int i = 0; i < 7; ++i) {
        INFO(rejections.at(i).reason.toStdString());
        CHECK(rejections.at(i).file == QStringLiteral("cases.csv"));
        CHECK(rejections.at(i).reason.contains(QString::fromUtf8(fragments[i])));
    }
}

} // namespace

TEST_CASE("import cases with bad rows reports each as file:line: column: reason and imports "
          "nothing",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    const QString csv = writeDataFile(dir, "cases.csv", kCasesWithBadRows);
    const QByteArray before = readFile(workbench);

    const Result r = cli("import", "cases", workbench, csv);
    CHECK(r.exitCode == 1);
    const QList<Rejection> rejections = rejectionsOf(r);
    CHECK(locationsOf(rejections) == kBadRowLocations);
    checkBadRowReasons(rejections);
    CHECK(summaryOf(r).startsWith(QStringLiteral(
        "cases.csv: 10 rows read, 0 imported, 0 updated, 0 skipped as duplicates, 7 rejected")));
    CHECK(readFile(workbench) == before);
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) == kInquiriesAsImported);

    // The same file with the bad rows taken out goes in whole.
    const QString fixed = writeDataFile(dir, "cases.csv",
                                        kCaseHeader + "INQ,MAY-1,2025-05-05,2025-05-07,yes,OPS,no\n"
                                                      "INQ,MAY-5,2025-05-06,2025-05-10,no,OPS,no\n"
                                                      "INQ,\"MAY\n8\",2025-05-12,2025-05-18,yes,"
                                                      "OPS,no\n");
    const Result again = cli("import", "cases", workbench, fixed);
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    CHECK(
        summaryOf(again) ==
        QStringLiteral(
            "cases.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
          kInquiriesAsImported + QStringLiteral(" | ") + kMay);
}

TEST_CASE("import cases --skip-bad imports the good rows and still reports the bad ones",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    const QString csv = writeDataFile(dir, "cases.csv", kCasesWithBadRows);

    const Result r = cli("import", "cases", workbench, csv, "--skip-bad");
    CHECK(r.exitCode == 1);
    const QList<Rejection> rejections = rejectionsOf(r);
    CHECK(locationsOf(rejections) == kBadRowLocations);
    checkBadRowReasons(rejections);
    CHECK(
        summaryOf(r) ==
        QStringLiteral(
            "cases.csv: 10 rows read, 3 imported, 0 updated, 0 skipped as duplicates, 7 rejected"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
          kInquiriesAsImported + QStringLiteral(" | ") + kMay);
}

TEST_CASE("import cases reads a semicolon file with a BOM and CRLF and quoted fields",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    // Case ids holding the separator, a line break (lines 3-4) and quotes;
    // line 5 is completed before it was received. The three good cases are
    // completed in May after 2, 2 and 4 days: 8 / 3 = 2.66667, met.
    const QString csv =
        writeDataFile(dir, "excel.csv",
                      "\xEF\xBB\xBFservice;case_id;received;completed;department\r\n"
                      "INQ;\"Q;1\";2025-05-05;2025-05-07;OPS\r\n"
                      "INQ;\"Q\r\n2\";2025-05-05;2025-05-07;OPS\r\n"
                      "INQ;Q-3;2025-05-05;2025-05-04;OPS\r\n"
                      "INQ;\"Q \"\"4\"\"\";2025-05-05;2025-05-09;\"OPS\"\r\n");
    const Result r = cli("import", "cases", workbench, csv, "--skip-bad");
    CHECK(r.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(r)) == QStringLiteral("excel.csv:5: completed"));
    CHECK(
        summaryOf(r) ==
        QStringLiteral(
            "excel.csv: 4 rows read, 3 imported, 0 updated, 0 skipped as duplicates, 1 rejected"));
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
          kInquiriesAsImported + QStringLiteral(" | 2025-05-01..2025-05-31: 2.66667 (n 3) met"));
}

// Both rows are identical to a case already stored: both are duplicates. The
// same case id again with other values is the file contradicting itself, a
// located error (--latest-by says which row to keep).
TEST_CASE("import cases reports a case id repeated in one file with other values", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    const QString same =
        writeDataFile(dir, "twice.csv",
                      kCaseHeader + "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
                                    "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n");
    const Result r = cli("import", "cases", workbench, same);
    CHECK(r.exitCode == 0);
    CHECK(
        summaryOf(r) ==
        QStringLiteral(
            "twice.csv: 2 rows read, 0 imported, 0 updated, 2 skipped as duplicates, 0 rejected"));

    const QString other =
        writeDataFile(dir, "other.csv",
                      kCaseHeader + "INQ,INQ-1,2025-03-03,2025-03-06,yes,OPS,no\n"
                                    "INQ,INQ-1,2025-03-03,2025-03-07,yes,OPS,no\n");
    const Result contradicting = cli("import", "cases", workbench, other);
    CHECK(contradicting.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(contradicting)) == QStringLiteral("other.csv:3: case_id"));
}

TEST_CASE("import cases reports an unterminated quote at the line where it opens", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCases(dir);
    const QString csv = writeDataFile(dir, "open.csv",
                                      kCaseHeader + "INQ,U-1,2025-05-05,2025-05-07,yes,OPS,no\n"
                                                    "INQ,U-2,2025-05-05,2025-05-07,yes,OPS,no\n"
                                                    "INQ,\"U-3,2025-05-05,2025-05-07,yes,OPS,no\n"
                                                    "INQ,U-4,2025-05-05,2025-05-07,yes,OPS,no\n");
    const QByteArray before = readFile(workbench);
    const Result r = cli("import", "cases", workbench, csv);
    CHECK(r.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(r)) == QStringLiteral("open.csv:4: row"));
    CHECK(readFile(workbench) == before);
}

TEST_CASE("import cases refuses an empty file and a header without rows", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QByteArray before = readFile(workbench);

    const Result empty = cli("import", "cases", workbench, writeDataFile(dir, "empty.csv", {}));
    CHECK(empty.exitCode == 1);
    const QList<Rejection> emptyRejections = rejectionsOf(empty);
    REQUIRE(emptyRejections.size() == 1);
    CHECK(emptyRejections.constFirst().file == QStringLiteral("empty.csv"));
    CHECK(emptyRejections.constFirst().reason.contains(QStringLiteral("empty")));

    const Result header =
        cli("import", "cases", workbench, writeDataFile(dir, "header.csv", kCaseHeader));
    CHECK(header.exitCode == 1);
    const QList<Rejection> headerRejections = rejectionsOf(header);
    REQUIRE(headerRejections.size() == 1);
    CHECK(headerRejections.constFirst().file == QStringLiteral("header.csv"));
    CHECK(headerRejections.constFirst().line == 1);
    CHECK(headerRejections.constFirst().reason.contains(QStringLiteral("no data rows")));
    CHECK(readFile(workbench) == before);
}

TEST_CASE("import usage errors exit 2 and change nothing", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "cases.csv", kCases);
    const QByteArray before = readFile(workbench);
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    const QString cases = s("cases");
    const QList<QStringList> commandLines = {
        {s("import")},
        {s("import"), cases},
        {s("import"), cases, workbench},
        {s("import"), cases, workbench, csv, s("extra.csv")},
        {s("import"), s("things"), workbench, csv},
        {s("import"), cases, workbench, csv, s("--map"), s("Process")},
        {s("import"), cases, workbench, csv, s("--map"), s("colour=Process")},
        {s("import"), cases, workbench, csv, s("--map"), s("service=")},
        {s("import"), cases, workbench, csv, s("--map")},
        {s("import"), cases, workbench, csv, s("--date-format"), s("yyyy.mm.dd")},
        {s("import"), cases, workbench, csv, s("--date-format")},
        {s("import"), s("measurements"), workbench, csv, s("--map"), s("standard=Code")},
        {s("import"), s("standards"), workbench, csv, s("--map"), s("service=Process")},
        {s("import"), cases, workbench, csv, s("--frobnicate")},
    };
    for (const QStringList &arguments : commandLines) {
        const Result r = runCli(arguments);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("yardstick-cli import --help"));
    }
    CHECK(readFile(workbench) == before);
}

TEST_CASE("import into a workbench that does not exist is bad input and creates nothing",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.yardstick"));
    const QString csv = writeDataFile(dir, "cases.csv", kCases);
    for (const char *kind : {"cases", "measurements", "standards"}) {
        const Result r = cli("import", kind, missing, csv);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("missing.yardstick"));
    }
    CHECK_FALSE(QFile::exists(missing));

    // A data file that does not exist is bad input too, named on stderr.
    const QString workbench = catalogueWorkbench(dir);
    const Result r = cli("import", "cases", workbench, dir.filePath(QStringLiteral("gone.csv")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("gone.csv"));
}

TEST_CASE("import cases of a few thousand rows shows progress on stderr", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    // 10,000 inquiries of 48 bytes, each received Monday 2 June 2025 and
    // answered on the 4th: 2 days.
    QByteArray cases = kCaseHeader;
    for (int i = 0; i < 10000; ++i)
        cases += "INQ,BULK-" + QByteArray::number(i).rightJustified(5, '0') +
                 ",2025-06-02,2025-06-04,yes,OPS,no\n";
    const Result r = cli("import", "cases", workbench, writeDataFile(dir, "big.csv", cases));
    CHECK(r.exitCode == 0);
    CHECK(summaryOf(r) ==
          QStringLiteral("big.csv: 10000 rows read, 10000 imported, 0 updated, 0 skipped as "
                         "duplicates, 0 rejected"));

    static const QRegularExpression progress(QStringLiteral("^big\\.csv: (\\d+)% read$"));
    const QByteArrayList lines = linesOf(r.err);
    CHECK(lines.size() >= 2);
    int last = -1;
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch match = progress.match(QString::fromUtf8(line));
        INFO("stderr line: " << line.toStdString());
        REQUIRE(match.hasMatch());
        const int percent = match.captured(1).toInt();
        CHECK(percent > last);
        CHECK(percent <= 100);
        last = percent;
    }
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
          QStringLiteral("2025-06-01..2025-06-30: 2 (n 10000) met"));
}

namespace {

// AUD-01 (higher is better, target 90, threshold 80): January 88 at risk,
// February 92 met. INQ-T-01 gets a measured March of 3 days over 4 cases: met
// (target 5); measurements take precedence over cases.
const QByteArray kMeasurements = "standard,period_start,period_end,value,sample_size\n"
                                 "AUD-01,2025-01-01,2025-01-31,88,10\n"
                                 "AUD-01,2025-02-01,2025-02-28,92,10\n"
                                 "INQ-T-01,2025-03-01,2025-03-31,3,4\n";

const QString kAuditAsImported = QStringLiteral(
    "2025-01-01..2025-01-31: 88 (n 10) at_risk | 2025-02-01..2025-02-28: 92 (n 10) met");

} // namespace

TEST_CASE("import measurements goes in once and reports conflicts with their lines",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "measurements.csv", kMeasurements);

    const Result first = cli("import", "measurements", workbench, csv);
    CHECK(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    CHECK(summaryOf(first) ==
          QStringLiteral("measurements.csv: 3 rows read, 3 imported, 0 updated, 0 skipped "
                         "as duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "AUD-01")) == kAuditAsImported);
    CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
          QStringLiteral("2025-03-01..2025-03-31: 3 (n 4) met"));

    const Result again = cli("import", "measurements", workbench, csv);
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
    CHECK(summaryOf(again) ==
          QStringLiteral("measurements.csv: 3 rows read, 0 imported, 0 updated, 3 "
                         "skipped as duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "AUD-01")) == kAuditAsImported);

    // Line 2 is stored already (a duplicate); 3 gives January another value;
    // 4 names no standard; 5 is a percentage over 100; 6 ends before it
    // starts; 8 repeats 7's period.
    const QString conflicts = writeDataFile(dir, "conflicts.csv",
                                            "standard,period_start,period_end,value,sample_size\n"
                                            "AUD-01,2025-02-01,2025-02-28,92,10\n"
                                            "AUD-01,2025-01-01,2025-01-31,87,10\n"
                                            "NOPE,2025-01-01,2025-01-31,1,1\n"
                                            "AUD-01,2025-04-01,2025-04-30,101,10\n"
                                            "AUD-01,2025-05-01,2025-04-30,50,10\n"
                                            "AUD-01,2025-06-01,2025-06-30,50,10\n"
                                            "AUD-01,2025-06-01,2025-06-30,51,10\n");
    const QByteArray before = readFile(workbench);
    const Result r = cli("import", "measurements", workbench, conflicts);
    CHECK(r.exitCode == 1);
    const QList<Rejection> rejections = rejectionsOf(r);
    CHECK(locationsOf(rejections) ==
          QStringLiteral("conflicts.csv:3: value | conflicts.csv:4: standard | conflicts.csv:5: "
                         "value | conflicts.csv:6: period_end | conflicts.csv:8: period_start"));
    if (rejections.size() == 5) {
        CHECK(rejections.at(0).reason.contains(QStringLiteral("88")));
        CHECK(rejections.at(1).reason.contains(QStringLiteral("NOPE")));
        CHECK(rejections.at(2).reason.contains(QStringLiteral("101")));
        CHECK(rejections.at(4).reason.contains(QStringLiteral("more than once")));
    }
    CHECK(summaryOf(r).startsWith(QStringLiteral(
        "conflicts.csv: 7 rows read, 0 imported, 0 updated, 1 skipped as duplicates, 5 rejected")));
    CHECK(readFile(workbench) == before);
    CHECK(digestOf(seriesOf(workbench, "AUD-01")) == kAuditAsImported);
}

// A within:N standard's value is the share of cases completed within N days,
// a percentage (0-100) whatever its metric, like an audit score (above).
TEST_CASE("import measurements refuses a share above 100 for a within-N standard", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = workbenchWithCatalogue(
        dir, "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
             "department,basis,rationale,effective_from\n"
             "CRD-W-05,Card replaced within 5 days,CRD,Timeliness,turnaround_days,within:5,higher,"
             "90,80,%,OPS,,x,2024-01-01\n");
    const QByteArray before = readFile(workbench);
    const Result r = cli("import", "measurements", workbench,
                         writeDataFile(dir, "shares.csv",
                                       "standard,period_start,period_end,value,sample_size\n"
                                       "CRD-W-05,2025-01-01,2025-01-31,150,10\n"));
    CHECK(r.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(r)) == QStringLiteral("shares.csv:2: value"));
    CHECK(readFile(workbench) == before);
}

TEST_CASE("import standards creates what the catalogue names and updates by code", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = dir.filePath(QStringLiteral("work.yardstick"));
    REQUIRE(cli("init", workbench).exitCode == 0);
    const QString csv = writeDataFile(dir, "standards.csv", kCatalogue);

    const Result first = cli("import", "standards", workbench, csv);
    CHECK(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    CHECK(first.out.contains("Created service \"INQ\" (INQ)."));
    CHECK(first.out.contains("Created service \"CRD\" (CRD)."));
    CHECK(first.out.contains("Created department \"OPS\" (OPS)."));
    CHECK(first.out.contains("Created department \"Quality Assurance\" (QA)."));
    // Timeliness and accuracy are a new workbench's own: nothing to create.
    CHECK_FALSE(first.out.contains("Created dimension"));
    CHECK(summaryOf(first) ==
          QStringLiteral("standards.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as "
                         "duplicates, 0 rejected"));
    const QJsonArray listed = jsonArrayOf(cli("standards", workbench, "--format", "json").out);
    CHECK(listed.size() == 3);
    CHECK(textOf(objectWithCode(listed, "AUD-01"), "department") == QStringLiteral("QA"));

    const Result again = cli("import", "standards", workbench, csv);
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains("Created"));
    CHECK(summaryOf(again) ==
          QStringLiteral("standards.csv: 3 rows read, 0 imported, 0 updated, 3 skipped as "
                         "duplicates, 0 rejected"));

    // AUD-01 raised to target 95, threshold 85 from February: January is
    // still judged against 90/80 (88: at risk), February against 95/85 (92:
    // at risk, where it was met before).
    REQUIRE(cli("import", "measurements", workbench,
                writeDataFile(dir, "measurements.csv", kMeasurements))
                .exitCode == 0);
    CHECK(digestOf(seriesOf(workbench, "AUD-01")) == kAuditAsImported);
    QByteArray revised = kCatalogue;
    revised.replace("higher,90,80,%,Quality Assurance,,Audit plan,2024-01-01",
                    "higher,95,85,%,Quality Assurance,,Audit plan,2025-02-01");
    REQUIRE(revised != kCatalogue);
    const Result changed =
        cli("import", "standards", workbench, writeDataFile(dir, "standards.csv", revised));
    CHECK(changed.exitCode == 0);
    CHECK(changed.out.contains("AUD-01"));
    CHECK(changed.out.contains("2025-02-01"));
    CHECK(summaryOf(changed) ==
          QStringLiteral("standards.csv: 3 rows read, 1 imported, 0 updated, 2 skipped "
                         "as duplicates, 0 rejected"));
    const QJsonArray series = seriesOf(workbench, "AUD-01");
    CHECK(digestOf(series) == QStringLiteral("2025-01-01..2025-01-31: 88 (n 10) at_risk | "
                                             "2025-02-01..2025-02-28: 92 (n 10) at_risk"));
    REQUIRE(series.size() == 2);
    CHECK(series.at(0).toObject().value(QStringLiteral("target")).toDouble() == 90);
    CHECK(series.at(1).toObject().value(QStringLiteral("target")).toDouble() == 95);
    CHECK(series.at(1).toObject().value(QStringLiteral("threshold")).toDouble() == 85);
    const QJsonArray relisted = jsonArrayOf(cli("standards", workbench, "--format", "json").out);
    CHECK(objectWithCode(relisted, "AUD-01").value(QStringLiteral("revisions")).toArray().size() ==
          2);
}

TEST_CASE("import standards reports a code twice in one file and invalid rows with their lines",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QByteArray before = readFile(workbench);
    // Line 3: lower is better but the threshold is below the target. Line 4:
    // NEW-1 again. Line 5: unknown metric and direction, a 13th month.
    const QString csv = writeDataFile(
        dir, "more.csv",
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "NEW-1,New standard,INQ,Timeliness,turnaround_days,mean,lower,10,15,days,OPS,,x,"
        "2024-01-01\n"
        "NEW-2,Bad threshold,INQ,Timeliness,turnaround_days,mean,lower,10,5,days,OPS,,x,"
        "2024-01-01\n"
        "NEW-1,New standard again,INQ,Timeliness,turnaround_days,mean,lower,10,15,days,OPS,,x,"
        "2024-01-01\n"
        "NEW-3,Bad metric,NEWSVC,Timeliness,furlongs,mean,sideways,10,15,days,New Team,,x,"
        "2024-13-01\n");
    const Result r = cli("import", "standards", workbench, csv);
    CHECK(r.exitCode == 1);
    const QList<Rejection> rejections = rejectionsOf(r);
    CHECK(locationsOf(rejections) ==
          QStringLiteral("more.csv:3: threshold | more.csv:4: code | more.csv:5: metric | "
                         "more.csv:5: direction | more.csv:5: effective_from"));
    if (rejections.size() == 5) {
        CHECK(rejections.at(1).reason.contains(QStringLiteral("NEW-1")));
        CHECK(rejections.at(2).reason.contains(QStringLiteral("furlongs")));
        CHECK(rejections.at(3).reason.contains(QStringLiteral("sideways")));
        CHECK(rejections.at(4).reason.contains(QStringLiteral("2024-13-01")));
    }
    CHECK(summaryOf(r).startsWith(QStringLiteral(
        "more.csv: 4 rows read, 0 imported, 0 updated, 0 skipped as duplicates, 3 rejected")));
    // Nothing was created after all, so nothing is announced.
    CHECK_FALSE(r.out.contains("Created"));
    CHECK(readFile(workbench) == before);
    CHECK(jsonArrayOf(cli("standards", workbench, "--format", "json").out).size() == 3);
}

TEST_CASE("import cases reads an export as it comes: unpadded day-first date-times, AM/PM, ? "
          "for no value, extra columns, --missing",
          "[cli][import][dateparser][missing]")
{
    QTemporaryDir dir;
    // INQ-T-01 is the mean turnaround, target 5, threshold 8 (lower is better).
    //   INQ-101 29 Feb 01:16 -> 3 Mar 01:16: 3 days (2024 is a leap year)
    //   INQ-102 still open ("?"), counts nowhere
    //   INQ-103 28 Mar 23:30 -> 2 Apr 23:30: 5 days
    //   INQ-104 30 Mar 06:00 -> 4 Apr 18:00: 5.5 days
    //   INQ-105 1 Mar -> 5 Mar, dates only: 4 days
    // March (3 + 4) / 2 = 3.5 met; April (5 + 5.5) / 2 = 5.25 at risk.
    const QByteArray export_ =
        "Priority,service,case_id,received,completed,right_first_time,department,key_customer,"
        "Channel\n"
        "P3,INQ,INQ-101,29/2/2024 01:16,3/3/2024 01:16,yes,OPS,no,Phone\n"
        "P1,INQ,INQ-102,3/3/2024 9:00,?,?,?,?,Email\n"
        "P2,INQ,INQ-103,28/3/2024 11:30 PM,2/4/2024 11:30 PM,(none),NULL,N/A,Web\n"
        "P2,INQ,INQ-104,30/3/2024 6:00 AM,4/4/2024 6:00 PM,no,-,--,Web\n"
        "P4,INQ,INQ-105,1/3/2024,5/3/2024,y,OPS,n/a,Phone\n";
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "export.csv", export_);

    SECTION("(none) is a value until --missing says otherwise")
    {
        const QByteArray before = readFile(workbench);
        const Result r = cli("import", "cases", workbench, csv);
        CHECK(r.exitCode == 1);
        const QList<Rejection> rejections = rejectionsOf(r);
        CHECK(locationsOf(rejections) == QStringLiteral("export.csv:4: right_first_time"));
        REQUIRE(rejections.size() == 1);
        CHECK(rejections.constFirst().reason ==
              QStringLiteral("\"(none)\" is not yes/no, true/false, 1/0 or Y/N"));
        CHECK(readFile(workbench) == before);
    }
    SECTION("with --missing every row goes in")
    {
        const Result r = cli("import", "cases", workbench, csv, "--missing", "(none)");
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(linesOf(r.out).size() == 1); // no note: 29 and 28 say day-first
        CHECK(summaryOf(r) ==
              QStringLiteral("export.csv: 5 rows read, 5 imported, 0 updated, 0 skipped as "
                             "duplicates, 0 rejected"));
        CHECK(digestOf(seriesOf(workbench, "INQ-T-01")) ==
              QStringLiteral("2024-03-01..2024-03-31: 3.5 (n 2) met | "
                             "2024-04-01..2024-04-30: 5.25 (n 2) at_risk"));
    }
}

TEST_CASE("import cases --date-format takes an explicit pattern, two-digit years need one",
          "[cli][import][dateparser]")
{
    QTemporaryDir dir;
    // 2 to 5 April: 3 days; 1 April 22:00 to 3 April 10:00: 1.5 days. Mean 2.25.
    const QByteArray cases = "service,case_id,received,completed\n"
                             "CRD,Y-1,2/4/25 08:00,5/4/25 08:00\n"
                             "CRD,Y-2,1/4/25 22:00,3/4/25 10:00\n";
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "short.csv", cases);

    const Result refused = cli("import", "cases", workbench, csv);
    CHECK(refused.exitCode == 1);
    CHECK(locationsOf(rejectionsOf(refused)) ==
          QStringLiteral("short.csv:2: received | short.csv:2: completed | "
                         "short.csv:3: received | short.csv:3: completed"));

    const Result r = cli("import", "cases", workbench, csv, "--date-format", "d/M/yy H:mm");
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(summaryOf(r) ==
          QStringLiteral("short.csv: 2 rows read, 2 imported, 0 updated, 0 skipped as "
                         "duplicates, 0 rejected"));
    CHECK(digestOf(seriesOf(workbench, "CRD-T-01")) ==
          QStringLiteral("2025-04-01..2025-04-30: 2.25 (n 2) met"));
}

TEST_CASE("import: patterns and --missing are for case records only", "[cli][import]")
{
    QTemporaryDir dir;
    const QString workbench = catalogueWorkbench(dir);
    const QString csv = writeDataFile(dir, "m.csv", "standard,period_start,period_end,value\n");
    const QByteArray before = readFile(workbench);
    for (const Result &r : {
             cli("import", "measurements", workbench, csv, "--date-format", "d/M/yyyy"),
             cli("import", "measurements", workbench, csv, "--missing", "?"),
             cli("import", "cases", workbench, csv, "--date-format", "pattern"),
             cli("import", "cases", workbench, csv, "--date-format", "d/M"),
         }) {
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("yardstick-cli import --help"));
    }
    CHECK(readFile(workbench) == before);
}
