// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/auditservice.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

// Department NA "New Accounts" (from the small catalogue) and CS "Card
// Services"; a checklist GREET (1..5, weight 1), PROMPT (1..5, weight 2),
// ATTITUDE (0..10, weight 1).
struct Bench
{
    Testing::SmallCatalogue catalogue;
    Department cards{0, u"CS"_s, u"Card Services"_s};
    AuditTemplate checklist;
    QTemporaryDir dir;
    Workbench &workbench() { return *catalogue.workbench; }
    ImportSummary import(const QByteArray &csv, bool skipBad = false)
    {
        ImportOptions options;
        options.skipBadRows = skipBad;
        // Through the service, as the CLI and the window import: the audit
        // measurements are refreshed in the import's transaction.
        return workbench().auditService().importAudits(writeFixture(dir, u"audits.csv"_s, csv),
                                                       checklist.id, options);
    }
    qint64 itemId(const QString &code) const
    {
        for (const AuditItem &item : checklist.items)
            if (item.code == code)
                return item.id;
        return 0;
    }
};

std::unique_ptr<Bench> bench()
{
    auto b = std::make_unique<Bench>();
    b->catalogue = Testing::smallCatalogue();
    REQUIRE(b->workbench().departments().insert(b->cards).ok());
    b->checklist.name = u"Telephone service behaviour"_s;
    b->checklist.items = {{0, 0, u"GREET"_s, u"Greets the customer"_s, 5, 1, 0},
                          {0, 0, u"PROMPT"_s, u"Answers promptly"_s, 5, 2, 1},
                          {0, 0, u"ATTITUDE"_s, u"Attitude"_s, 10, 1, 2}};
    REQUIRE(b->workbench().audits().insertTemplate(b->checklist).ok());
    return b;
}

const QByteArray kHeader = "audit,department,audited_on,auditor,subject,item,rating\n";

} // namespace

TEST_CASE("rows with the same audit id make one audit", "[audits][import]")
{
    auto b = bench();
    const ImportSummary summary =
        b->import(kHeader + "A1,NA,2025-03-03,M. Chan,Desk 3,GREET,4\n"
                            "A1,New Accounts,2025-03-03,,,PROMPT,3\n"
                            "A2,card services,2025-03-04,J. Lee,,greet,5\n"
                            "A1,NA,2025-03-03,,,ATTITUDE,8\n"
                            "A2,CS,2025-03-04,,,ATTITUDE,\n");
    INFO(summary.summaryLine().toStdString());
    REQUIRE(summary.rejections.isEmpty());
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 5);
    CHECK(summary.imported == 5);
    const QList<Audit> audits = b->workbench().audits().audits();
    REQUIRE(audits.size() == 2);
    CHECK(audits[0].departmentId == b->catalogue.departmentId);
    CHECK(audits[0].auditedOn == QDate(2025, 3, 3));
    CHECK(audits[0].auditor == u"M. Chan"_s);
    CHECK(audits[0].subject == u"Desk 3"_s);
    CHECK(audits[0].ratings == QList<AuditRating>{{b->itemId(u"GREET"_s), 4},
                                                  {b->itemId(u"PROMPT"_s), 3},
                                                  {b->itemId(u"ATTITUDE"_s), 8}});
    CHECK(audits[1].departmentId == b->cards.id);
    // An empty rating leaves ATTITUDE unrated.
    CHECK(audits[1].ratings == QList<AuditRating>{{b->itemId(u"GREET"_s), 5}});
}

TEST_CASE("every kind of bad audit row is rejected with its line and column", "[audits][import]")
{
    auto b = bench();
    const ImportSummary summary =
        b->import(kHeader + "A1,NA,2025-03-03,,,GREET,4\n"      // 2 good
                            "A2,Nowhere,2025-03-03,,,GREET,4\n" // 3 department
                            "A3,NA,2025-03-03,,,SMILE,4\n"      // 4 item
                            "A4,NA,2025-03-03,,,GREET,four\n"   // 5 not a number
                            "A5,NA,2025-03-03,,,GREET,6\n"      // 6 above 5
                            "A6,NA,2025-03-03,,,ATTITUDE,-1\n"  // 7 below 0
                            "A7,NA,someday,,,GREET,4\n"         // 8 date
                            "A1,CS,2025-03-03,,,PROMPT,4\n"     // 9 other department
                            "A1,NA,2025-03-04,,,PROMPT,4\n"     // 10 other date
                            "A1,NA,2025-03-03\n"                // 11 field count
                            "A1,NA,2025-03-03,,,GREET,5\n");    // 12 rated twice
    const QString file = u"audits.csv"_s;
    CHECK_FALSE(summary.committed);
    CHECK(summary.rejected == 10);
    const QList<ImportRejection> &r = summary.rejections;
    REQUIRE(r.size() == 10);
    CHECK(r[0] == rejection(file, 3, u"department"_s, u"unknown department \"Nowhere\""_s));
    CHECK(r[1] == rejection(file, 4, u"item"_s,
                            u"unknown item \"SMILE\" (not in the checklist \"Telephone service "
                            "behaviour\")"_s));
    CHECK(r[2] == rejection(file, 5, u"rating"_s, u"\"four\" is not a number"_s));
    CHECK(r[3] == rejection(file, 6, u"rating"_s, u"6 lies outside the item's scale 0 to 5"_s));
    CHECK(r[4] == rejection(file, 7, u"rating"_s, u"-1 lies outside the item's scale 0 to 10"_s));
    CHECK(r[5].line == 8);
    CHECK(r[5].column == u"audited_on"_s);
    CHECK(r[5].reason.startsWith(u"cannot read \"someday\" as a date"_s));
    CHECK(r[6] == rejection(file, 9, u"department"_s,
                            u"audit A1 was given another department on line 2"_s));
    CHECK(r[7] ==
          rejection(file, 10, u"audited_on"_s, u"audit A1 was given another date on line 2"_s));
    CHECK(r[8].line == 11);
    CHECK(r[9] == rejection(file, 12, u"item"_s, u"audit A1 rates GREET more than once"_s));
    // All or nothing: the good row 2 did not go in either.
    CHECK(b->workbench().audits().audits().isEmpty());
}

TEST_CASE("skipping bad audit rows imports the good ones", "[audits][import]")
{
    auto b = bench();
    const ImportSummary summary = b->import(kHeader + "A1,NA,2025-03-03,,,GREET,4\n"
                                                      "A1,NA,2025-03-03,,,PROMPT,9\n"
                                                      "A2,CS,2025-03-05,,,PROMPT,2\n",
                                            true);
    CHECK(summary.committed);
    CHECK(summary.rejected == 1);
    CHECK(summary.imported == 2);
    const QList<Audit> audits = b->workbench().audits().audits();
    REQUIRE(audits.size() == 2);
    CHECK(audits[0].ratings == QList<AuditRating>{{b->itemId(u"GREET"_s), 4}});
}

TEST_CASE("an audit file without a required column is refused as a whole", "[audits][import]")
{
    auto b = bench();
    const ImportSummary summary =
        b->import("audit,department,audited_on,item\nA1,NA,2025-03-03,GREET\n", true);
    CHECK_FALSE(summary.committed);
    REQUIRE(summary.rejections.size() == 1);
    CHECK(summary.rejections[0] ==
          rejection(u"audits.csv"_s, 1, u"rating"_s, u"the header has no column \"rating\""_s));
    CHECK(b->workbench().audits().audits().isEmpty());
}

TEST_CASE("importing audits refreshes the measurements of the standards they feed",
          "[audits][import]")
{
    auto b = bench();
    Standard s = Testing::turnaroundStandard(b->catalogue, u"INQ-A-01"_s);
    s.metric = Metric::AuditScore;
    s.direction = Direction::HigherIsBetter;
    s.unit = u"%"_s;
    REQUIRE(b->workbench().standardRepository().insert(s).ok());
    REQUIRE(b->workbench().audits().setFeed({s.id, b->checklist.id, PeriodKind::Month}).ok());
    // NA, March: GREET 4/5 and PROMPT 3/5 → (1·0.8 + 2·0.6) / 3 = 2.0 / 3 = 66.67.
    REQUIRE(b->import(kHeader + "A1,NA,2025-03-03,,,GREET,4\n"
                                "A1,NA,2025-03-03,,,PROMPT,3\n")
                .committed);
    const QList<Measurement> stored = b->workbench().measurements().forStandard(s.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx(200.0 / 3.0));
    CHECK(stored[0].sampleSize == 1);
}
