// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Next week's export: cases already stored are updated (with history), an
// event log keeps one row per case (--latest-by), ids may be global, and
// --strict keeps the old rule. Expected values are read off the files here.
#include "catchqt.h"
#include "import/caseimporter.h"
#include "importtestsupport.h"
#include "storage/casehistoryrepository.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

const QByteArray kHeader =
    "service,case_id,received,completed,right_first_time,department,key_customer\n";

struct Bench
{
    std::unique_ptr<Workbench> workbench;
    qint64 app = 0; // "APP", from the small catalogue
    qint64 cr = 0;  // "CR" Card replacement
    qint64 na = 0;  // department "NA"
    QTemporaryDir dir;

    Bench()
    {
        Testing::SmallCatalogue c = Testing::smallCatalogue();
        app = c.serviceId;
        na = c.departmentId;
        Service card{0, u"CR"_s, u"Card replacement"_s, {}};
        REQUIRE(c.workbench->services().insert(card).ok());
        cr = card.id;
        workbench = std::move(c.workbench);
    }

    ImportSummary import(const QString &name, const QByteArray &rows,
                         const CaseImportSettings &settings = {}, const ImportOptions &options = {})
    {
        return CaseImporter(*workbench)
            .run(writeFixture(dir, name, kHeader + rows), settings, options);
    }

    std::optional<CaseRecord> stored(qint64 service, const QString &caseId) const
    {
        for (const CaseRecord &record : workbench->cases().withCaseId(caseId)) {
            if (record.serviceId == service)
                return record;
        }
        return std::nullopt;
    }

    QList<CaseChange> changes(const QString &caseId) const
    {
        return CaseHistoryRepository(workbench->database()).changesOf(caseId);
    }
};

const QByteArray kWeek1 = "APP,A-1,2026-11-02,,yes,NA,no\n"           // open
                          "APP,A-2,2026-11-02,2026-11-05,yes,NA,no\n" // completed
                          "APP,A-3,2026-11-03,2026-11-04,no,NA,no\n"
                          "APP,A-4,2026-11-03,,yes,,no\n";

} // namespace

TEST_CASE("a re-import updates the cases that changed and keeps each change", "[import][reimport]")
{
    Bench b;
    REQUIRE(b.import(u"week1.csv"_s, kWeek1).committed);

    const QByteArray week2 = "APP,A-1,2026-11-02,2026-11-09,yes,NA,no\n" // open -> completed
                             "APP,A-2,2026-11-02,,yes,NA,no\n"           // reopened
                             "APP,A-3,2026-11-03,2026-11-04,no,NA,no\n"  // identical
                             "APP,A-4,2026-11-01,,no,NA,yes\n"           // corrected
                             "APP,A-5,2026-11-08,,yes,NA,no\n";          // new
    const ImportSummary s = b.import(u"week2.csv"_s, week2);
    REQUIRE(s.committed);
    CHECK(s.rowsRead == 5);
    CHECK(s.imported == 1);
    CHECK(s.updated == 3);
    CHECK(s.completedSinceLastImport == 1);
    CHECK(s.duplicates == 1);
    CHECK(s.rejected == 0);
    CHECK(s.summaryLine() ==
          u"week2.csv: 5 rows read, 1 imported, 3 updated, 1 skipped as duplicates, 0 rejected"_s);
    CHECK(s.notes.contains(u"Updated 3 case(s) (1 completed since the last import)."_s));

    CHECK(b.stored(b.app, u"A-1"_s)->completedAt == Testing::moment(u"2026-11-09"));
    CHECK_FALSE(b.stored(b.app, u"A-2"_s)->completedAt.has_value());
    const CaseRecord a4 = *b.stored(b.app, u"A-4"_s);
    CHECK(a4.receivedAt == Testing::moment(u"2026-11-01"));
    CHECK(a4.rightFirstTime == RightFirstTime::No);
    CHECK(a4.departmentId == b.na);
    CHECK(a4.keyCustomer);
    CHECK(b.workbench->cases().count() == 5);

    const QList<CaseChange> a1 = b.changes(u"A-1"_s);
    REQUIRE(a1.size() == 1);
    CHECK(a1[0].field == u"completed"_s);
    CHECK_FALSE(a1[0].oldValue.has_value());
    CHECK(a1[0].newValue == u"2026-11-09"_s);
    CHECK(a1[0].importFile == u"week2.csv"_s);
    CHECK(a1[0].importedAt.isValid());

    const QList<CaseChange> a2 = b.changes(u"A-2"_s);
    REQUIRE(a2.size() == 1);
    CHECK(a2[0].oldValue == u"2026-11-05"_s);
    CHECK_FALSE(a2[0].newValue.has_value());

    // Four fields of A-4 changed: received, right first time, department,
    // key customer; one history row each, in the order of the record.
    const QList<CaseChange> a4changes = b.changes(u"A-4"_s);
    REQUIRE(a4changes.size() == 4);
    CHECK(a4changes[0].field == u"received"_s);
    CHECK(a4changes[0].oldValue == u"2026-11-03"_s);
    CHECK(a4changes[0].newValue == u"2026-11-01"_s);
    CHECK(a4changes[1].field == u"right_first_time"_s);
    CHECK(a4changes[1].oldValue == u"yes"_s);
    CHECK(a4changes[1].newValue == u"no"_s);
    CHECK(a4changes[2].field == u"department"_s);
    CHECK_FALSE(a4changes[2].oldValue.has_value());
    CHECK(a4changes[2].newValue == QString::number(b.na));
    CHECK(a4changes[3].field == u"key_customer"_s);
    CHECK(b.changes(u"A-3"_s).isEmpty());
    CHECK(b.changes(u"A-5"_s).isEmpty());

    // The service's history names the department and the file.
    const QList<CaseHistory> histories = b.workbench->caseImports().caseHistory(u"A-4"_s);
    REQUIRE(histories.size() == 1);
    CHECK(histories[0].service == u"Application processing"_s);
    REQUIRE(histories[0].changes.size() == 4);
    CHECK(histories[0].changes[2].newValue == u"New Accounts"_s);
    CHECK(histories[0].changes[2].importFile == u"week2.csv"_s);
}

TEST_CASE("a strict import refuses a changed case as a conflict and changes nothing",
          "[import][reimport]")
{
    Bench b;
    REQUIRE(b.import(u"week1.csv"_s, kWeek1).committed);
    ImportOptions strict;
    strict.strict = true;
    const ImportSummary s = b.import(u"week2.csv"_s,
                                     "APP,A-1,2026-11-02,2026-11-09,yes,NA,no\n"
                                     "APP,A-3,2026-11-03,2026-11-04,no,NA,no\n",
                                     {}, strict);
    CHECK_FALSE(s.committed);
    CHECK(s.rejections ==
          QList<ImportRejection>{
              rejection(u"week2.csv"_s, 2, u"case_id"_s,
                        u"case \"A-1\" is already in the workbench with different values"_s)});
    CHECK_FALSE(b.stored(b.app, u"A-1"_s)->completedAt.has_value());
    CHECK(b.changes(u"A-1"_s).isEmpty());
}

TEST_CASE("an import that fails or is cancelled after updating cases changes nothing",
          "[import][reimport]")
{
    Bench b;
    REQUIRE(b.import(u"week1.csv"_s, kWeek1).committed);
    const QByteArray week2 = "APP,A-1,2026-11-02,2026-11-09,yes,NA,no\n"
                             "APP,A-2,2026-11-02,,yes,NA,no\n"
                             "XYZ,A-9,2026-11-02,,yes,NA,no\n"; // unknown service

    SECTION("a rejected row")
    {
        const ImportSummary s = b.import(u"week2.csv"_s, week2);
        CHECK_FALSE(s.committed);
        CHECK(s.updated == 0);
    }
    SECTION("cancelled after the updates were written")
    {
        // The updates go first; the cancel comes thousands of rows later,
        // once the writer has had them.
        QByteArray longWeek = week2.left(week2.lastIndexOf("XYZ"));
        for (int i = 0; i < 30000; ++i)
            longWeek += "APP,N-" + QByteArray::number(i) + ",2026-11-02,,yes,NA,no\n";
        ImportOptions cancelling;
        int calls = 0;
        cancelling.progress = [&calls](qint64, qint64) {
            return ++calls < 10;
        };
        const ImportSummary s = b.import(u"week2.csv"_s, longWeek, {}, cancelling);
        CHECK(s.cancelled);
        CHECK_FALSE(s.committed);
        CHECK(b.workbench->cases().count() == 4);
    }
    CHECK_FALSE(b.stored(b.app, u"A-1"_s)->completedAt.has_value());
    CHECK(b.stored(b.app, u"A-2"_s)->completedAt == Testing::moment(u"2026-11-05"));
    CHECK(b.changes(u"A-1"_s).isEmpty());
    CHECK(b.changes(u"A-2"_s).isEmpty());
}

TEST_CASE("a case repeated in one file is a duplicate when identical, an error otherwise",
          "[import][reimport]")
{
    Bench b;
    const ImportSummary s = b.import(u"repeats.csv"_s, "APP,A-1,2026-11-02,,yes,NA,no\n"
                                                       "APP,A-1,2026-11-02,,yes,NA,no\n"
                                                       "APP,A-2,2026-11-02,,yes,NA,no\n"
                                                       "APP,A-2,2026-11-02,2026-11-03,yes,NA,no\n");
    CHECK_FALSE(s.committed);
    CHECK(s.duplicates == 1);
    CHECK(s.rejections == QList<ImportRejection>{
                              rejection(u"repeats.csv"_s, 5, u"case_id"_s,
                                        u"case id \"A-2\" appears more than once in this file with "
                                        "different values (--latest-by keeps the latest row)"_s)});
}

TEST_CASE("a re-import meets a changed case again in the same file as the file writer does",
          "[import][reimport]")
{
    Bench b;
    REQUIRE(b.import(u"week1.csv"_s, kWeek1).committed);
    // A-1 completed, then the same row again: one update, one duplicate.
    // A-3's right first time corrected; A-4 as stored; A-1 of another
    // service is another case, new.
    const ImportSummary s = b.import(u"week2.csv"_s, "APP,A-1,2026-11-02,2026-11-06,yes,NA,no\n"
                                                     "APP,A-3,2026-11-03,2026-11-04,yes,NA,no\n"
                                                     "APP,A-1,2026-11-02,2026-11-06,yes,NA,no\n"
                                                     "APP,A-4,2026-11-03,,yes,,no\n"
                                                     "CR,A-1,2026-11-02,,yes,NA,no\n");
    REQUIRE(s.committed);
    CHECK(s.summaryLine() ==
          u"week2.csv: 5 rows read, 1 imported, 2 updated, 2 skipped as duplicates, 0 rejected"_s);
    CHECK(s.completedSinceLastImport == 1);
    CHECK(b.stored(b.app, u"A-1"_s)->completedAt == Testing::moment(u"2026-11-06"));
    CHECK_FALSE(b.stored(b.cr, u"A-1"_s)->completedAt.has_value());
    CHECK(b.stored(b.app, u"A-3"_s)->rightFirstTime == RightFirstTime::Yes);
    REQUIRE(b.changes(u"A-1"_s).size() == 1);
    CHECK(b.changes(u"A-1"_s)[0].newValue == u"2026-11-06"_s);
    REQUIRE(b.changes(u"A-3"_s).size() == 1);
    CHECK(b.changes(u"A-3"_s)[0].oldValue == u"no"_s);

    // A-3 changed back, then A-2 as stored and A-2 otherwise: the file
    // contradicts itself on line 4, and nothing of it stays (A-3 too).
    const ImportSummary t = b.import(u"week3.csv"_s, "APP,A-3,2026-11-03,2026-11-04,no,NA,no\n"
                                                     "APP,A-2,2026-11-02,2026-11-05,yes,NA,no\n"
                                                     "APP,A-2,2026-11-02,2026-11-07,yes,NA,no\n");
    CHECK_FALSE(t.committed);
    CHECK(t.rejections == QList<ImportRejection>{
                              rejection(u"week3.csv"_s, 4, u"case_id"_s,
                                        u"case id \"A-2\" appears more than once in this file with "
                                        "different values (--latest-by keeps the latest row)"_s)});
    CHECK(b.stored(b.app, u"A-3"_s)->rightFirstTime == RightFirstTime::Yes);
    CHECK(b.stored(b.app, u"A-2"_s)->completedAt == Testing::moment(u"2026-11-05"));
    CHECK(b.changes(u"A-3"_s).size() == 1);
    CHECK(b.changes(u"A-2"_s).isEmpty());
}

TEST_CASE("latest-by keeps one row per case: the greatest number, the latest time, or the "
          "last row",
          "[import][latestby]")
{
    Bench b;
    // An event log: one row per update of a case, not in order.
    const QByteArray header = "number,service,opened,resolved,updates,updated_on\n";
    const QByteArray log = "C-1,APP,2026-11-02 09:00,?,0,2/11/2026 09:00\n"                // line 2
                           "C-2,APP,2026-11-02 10:00,?,0,2/11/2026 10:00\n"                // line 3
                           "C-1,APP,2026-11-02 09:00,2026-11-06 12:00,2,6/11/2026 12:00\n" // 4
                           "C-1,APP,2026-11-02 09:00,?,1,13/11/2026 08:00\n"               // 5
                           "C-2,APP,2026-11-02 10:00,2026-11-03 10:00,1,3/11/2026 10:00\n" // 6
                           "C-2,APP,2026-11-02 10:00,2026-11-04 10:00,1,3/11/2026 10:00\n"; // 7
    const QString path = writeFixture(b.dir, u"log.csv"_s, header + log);
    CaseImportSettings settings;
    settings.columns = {{CaseField::CaseId, u"number"_s},
                        {CaseField::Received, u"opened"_s},
                        {CaseField::Completed, u"resolved"_s}};
    const auto completedOf = [&](const QString &caseId) {
        return b.stored(b.app, caseId)->completedAt;
    };

    SECTION("a counter: the greatest wins, the later row on a tie")
    {
        settings.latestBy = u"updates"_s;
        const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, {});
        REQUIRE(s.committed);
        CHECK(s.imported == 2);
        CHECK(s.superseded == 4);
        // C-1: counter 2 on line 4; C-2: counters 1 and 1, line 7 is later.
        CHECK(completedOf(u"C-1"_s) == Testing::moment(u"2026-11-06T12:00:00"));
        CHECK(completedOf(u"C-2"_s) == Testing::moment(u"2026-11-04T10:00:00"));
        CHECK(s.notes.contains(
            u"4 row(s) were left out for a later row of the same case (latest by updates)."_s));
    }
    SECTION("a date-time, day first as the column shows (13/11)")
    {
        settings.latestBy = u"updated_on"_s;
        const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, {});
        REQUIRE(s.committed);
        // C-1 was reopened on 13 November (line 5); C-2 ties, line 7 wins.
        CHECK_FALSE(completedOf(u"C-1"_s).has_value());
        CHECK(completedOf(u"C-2"_s) == Testing::moment(u"2026-11-04T10:00:00"));
    }
    SECTION("the last row in the file")
    {
        settings.latestBy = u"row"_s;
        const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, {});
        REQUIRE(s.committed);
        CHECK_FALSE(completedOf(u"C-1"_s).has_value());                          // line 5
        CHECK(completedOf(u"C-2"_s) == Testing::moment(u"2026-11-04T10:00:00")); // line 7
    }
    SECTION("without it, the repeats are errors")
    {
        const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, {});
        CHECK_FALSE(s.committed);
        // Lines 4, 6 and 7 contradict the first row of their case; line 5
        // says again what line 2 said.
        CHECK(s.rejected == 3);
        CHECK(s.duplicates == 1);
    }
    SECTION("a column the header lacks")
    {
        settings.latestBy = u"sys_mod_count"_s;
        const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, {});
        CHECK_FALSE(s.committed);
        CHECK(s.rejections == QList<ImportRejection>{rejection(
                                  u"log.csv"_s, 1, u"sys_mod_count"_s,
                                  u"the latest row is chosen by column \"sys_mod_count\", which "
                                  "the header does not have"_s)});
    }
}

TEST_CASE("latest-by rejects a row whose value cannot be read, where it stands",
          "[import][latestby]")
{
    Bench b;
    const QString path = writeFixture(b.dir, u"log.csv"_s,
                                      "service,case_id,received,completed,version\n"
                                      "APP,C-1,2026-11-02,,1\n"
                                      "APP,C-1,2026-11-02,2026-11-03,x\n"
                                      "APP,C-1,2026-11-02,2026-11-04,?\n"
                                      "APP,C-2,2026-11-02,2026-11-05,3\n");
    CaseImportSettings settings;
    settings.latestBy = u"version"_s;
    ImportOptions skip;
    skip.skipBadRows = true;
    const ImportSummary s = CaseImporter(*b.workbench).run(path, settings, skip);
    REQUIRE(s.committed);
    CHECK(s.rejections ==
          QList<ImportRejection>{
              rejection(u"log.csv"_s, 3, u"version"_s, u"\"x\" is not a number"_s),
              rejection(u"log.csv"_s, 4, u"version"_s,
                        u"no value to tell which row of the case is the latest"_s)});
    CHECK(s.imported == 2);
    CHECK_FALSE(b.stored(b.app, u"C-1"_s)->completedAt.has_value());
}

TEST_CASE("with global ids a case that changed service moves, with history, never doubles",
          "[import][ids]")
{
    Bench b;
    CaseImportSettings global;
    global.caseIds = CaseIdentity::Global;
    REQUIRE(b.import(u"week1.csv"_s, "APP,INC1,2026-11-02,,yes,NA,no\n", global).committed);
    const ImportSummary s =
        b.import(u"week2.csv"_s, "CR,INC1,2026-11-02,2026-11-04,yes,NA,no\n", global);
    REQUIRE(s.committed);
    CHECK(s.updated == 1);
    CHECK(s.imported == 0);
    CHECK(b.workbench->cases().withCaseId(u"INC1"_s).size() == 1);
    CHECK_FALSE(b.stored(b.app, u"INC1"_s).has_value());
    CHECK(b.stored(b.cr, u"INC1"_s)->completedAt == Testing::moment(u"2026-11-04"));

    const QList<CaseHistory> histories = b.workbench->caseImports().caseHistory(u"INC1"_s, b.cr);
    REQUIRE(histories.size() == 1);
    REQUIRE(histories[0].changes.size() == 2);
    CHECK(histories[0].changes[0].field == u"service"_s);
    CHECK(histories[0].changes[0].oldValue == u"Application processing"_s);
    CHECK(histories[0].changes[0].newValue == u"Card replacement"_s);
    CHECK(histories[0].changes[1].field == u"completed"_s);

    SECTION("per-service ids keep the two apart")
    {
        const ImportSummary perService =
            b.import(u"week3.csv"_s, "APP,INC1,2026-11-02,,yes,NA,no\n");
        REQUIRE(perService.committed);
        CHECK(perService.imported == 1);
        CHECK(b.workbench->cases().withCaseId(u"INC1"_s).size() == 2);

        SECTION("then a global id held by two services cannot be told apart")
        {
            const ImportSummary ambiguous =
                b.import(u"week4.csv"_s, "CR,INC1,2026-11-02,2026-11-05,yes,NA,no\n", global);
            CHECK_FALSE(ambiguous.committed);
            CHECK(ambiguous.rejections ==
                  QList<ImportRejection>{rejection(
                      u"week4.csv"_s, 2, u"case_id"_s,
                      u"case id \"INC1\" is held by more than one service; with ids global it "
                      "cannot tell which to update"_s)});
        }
    }
}

TEST_CASE("an event log with global ids and a latest-by column goes in as one row per case",
          "[import][ids][latestby]")
{
    Bench b;
    CaseImportSettings settings;
    settings.caseIds = CaseIdentity::Global;
    settings.latestBy = u"row"_s;
    // INC7 changed service between updates: one case, in CR at the end.
    const ImportSummary s = b.import(u"log.csv"_s,
                                     "APP,INC7,2026-11-02,,yes,NA,no\n"
                                     "CR,INC7,2026-11-02,,yes,NA,no\n"
                                     "CR,INC7,2026-11-02,2026-11-06,yes,NA,no\n",
                                     settings);
    REQUIRE(s.committed);
    CHECK(s.imported == 1);
    CHECK(s.superseded == 2);
    const QList<CaseRecord> stored = b.workbench->cases().withCaseId(u"INC7"_s);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].serviceId == b.cr);
}
