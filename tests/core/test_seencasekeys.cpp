// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keys a re-import remembers in bounded memory: kept in a small set,
// spilled to a temporary file when it is full, and still found there; the
// bulk writer gives the same outcomes whether a case's key is in memory or
// in the file.
#include "catchqt.h"
#include "storage/caserecordbulkwriter.h"
#include "storage/seencasekeys.h"
#include "testsupport.h"
#include "workbench/workbench.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// Well spread, distinct, never 0: an odd multiplier is a bijection of 2^64.
quint64 key(quint64 i)
{
    return (i + 1) * 0x9e3779b97f4a7c15ULL;
}

using Outcome = CaseRecordBulkWriter::Outcome;

CaseRecord openCase(qint64 serviceId, int number)
{
    CaseRecord record;
    record.serviceId = serviceId;
    record.caseId = u"K-%1"_s.arg(number);
    record.receivedAt = Testing::moment(u"2026-11-02");
    record.rightFirstTime = RightFirstTime::Yes;
    return record;
}

} // namespace

TEST_CASE("keys beyond the memory limit go to the file in runs and are still found",
          "[storage][reimport]")
{
    SeenCaseKeys keys(100);
    for (quint64 i = 0; i < 1000; ++i)
        keys.insert(key(i));
    // 100 keys fit in memory: the 101st, 201st, ... 901st insert each spill
    // the 100 before it, so nine runs of 100 are on file and 100 in memory.
    CHECK(keys.runs() == 9);
    int found = 0;
    for (quint64 i = 0; i < 1000; ++i)
        found += keys.contains(key(i)) ? 1 : 0;
    CHECK(found == 1000);
    int strangers = 0;
    for (quint64 i = 1000; i < 3000; ++i)
        strangers += keys.contains(key(i)) ? 1 : 0;
    CHECK(strangers == 0);
    // Keys below every fence and above every key of a run.
    CHECK_FALSE(keys.contains(2));
    CHECK_FALSE(keys.contains(~quint64(0)));

    keys.clear();
    CHECK(keys.runs() == 0);
    CHECK_FALSE(keys.contains(key(5)));
    keys.insert(key(5));
    CHECK(keys.contains(key(5)));
}

TEST_CASE("a re-import tells a repeated case from an update whether its key was spilled or not",
          "[storage][reimport]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    {
        CaseRecordBulkWriter first(c.workbench->database());
        REQUIRE(first.begin(u"week1.csv"_s).isEmpty());
        for (int i = 0; i < 50; ++i)
            REQUIRE(first.write(openCase(c.serviceId, i)) == Outcome::Inserted);
        REQUIRE(first.commit().isEmpty());
    }

    // Four keys in memory: of the 40 unchanged cases met, K-0 to K-35 are
    // on file (nine runs of four) when the changed rows come.
    CaseRecordBulkWriter again(c.workbench->database(), 4);
    REQUIRE(again.begin(u"week2.csv"_s).isEmpty());
    for (int i = 0; i < 40; ++i)
        REQUIRE(again.write(openCase(c.serviceId, i)) == Outcome::Duplicate);

    CaseRecord early = openCase(c.serviceId, 3); // spilled
    early.rightFirstTime = RightFirstTime::No;
    CHECK(again.write(early) == Outcome::RepeatedInBatch);
    CaseRecord late = openCase(c.serviceId, 38); // still in memory
    late.rightFirstTime = RightFirstTime::No;
    CHECK(again.write(late) == Outcome::RepeatedInBatch);
    CaseRecord unseen = openCase(c.serviceId, 45); // not in this file before
    unseen.completedAt = Testing::moment(u"2026-11-06");
    CHECK(again.write(unseen) == Outcome::UpdatedNowCompleted);
    CHECK(again.write(openCase(c.serviceId, 0)) == Outcome::Duplicate);
    REQUIRE(again.commit().isEmpty());

    for (const CaseRecord &record : c.workbench->cases().withCaseId(u"K-45"_s))
        CHECK(record.completedAt == Testing::moment(u"2026-11-06"));
    for (const CaseRecord &record : c.workbench->cases().withCaseId(u"K-3"_s))
        CHECK(record.rightFirstTime == RightFirstTime::Yes);
}
