// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The case import reads on one thread and writes on another, in batches of a
// few thousand rows. These files are long enough for many batches to pass
// through, so what the writer finds late (conflicts, repeats, duplicates) must
// still come out in file order among what the reader found at once.
#include "catchqt.h"
#include "import/caseimporter.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

constexpr int kRows = 30000; // over seven batches of 4096

QByteArray goodRow(int i)
{
    return "APP,N-" + QByteArray::number(i) + ",2025-03-03,2025-03-04,yes,NA,no\n";
}

// The rows of the file by line (the header is line 1, so row i is line i + 1).
QByteArray fileWith(const QHash<int, QByteArray> &replacedLines)
{
    QByteArray text = "service,case_id,received,completed,right_first_time,department,"
                      "key_customer\n";
    for (int line = 2; line <= kRows + 1; ++line)
        text += replacedLines.value(line, goodRow(line - 1));
    return text;
}

// The file writer turns SQLite's own foreign-key checks off while it
// writes; they must be on again afterwards. A server's cannot be turned off
// by a client (session_replication_role needs a superuser): the check is
// the file's.
bool foreignKeysOn(Workbench &workbench)
{
    if (workbench.database().isServer())
        return true;
    QSqlQuery query(workbench.database().connection());
    REQUIRE(query.exec(u"PRAGMA foreign_keys"_s));
    REQUIRE(query.next());
    return query.value(0).toInt() == 1;
}

} // namespace

TEST_CASE("a long case import reports what the writer finds in file order", "[import]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    {
        CaseRecord stored;
        stored.serviceId = c.serviceId;
        stored.caseId = u"S-1"_s;
        stored.receivedAt = Testing::moment(u"2025-03-03");
        stored.completedAt = Testing::moment(u"2025-03-05");
        stored.rightFirstTime = RightFirstTime::Yes;
        stored.departmentId = c.departmentId;
        QList<CaseRecord> one{stored};
        REQUIRE(c.workbench->cases().insertMany(one).ok());
    }
    const QByteArray sameAsStored = "APP,S-1,2025-03-03,2025-03-05,yes,NA,no\n";
    const QHash<int, QByteArray> lines{
        {3, "APP,S-1,2025-03-03,2025-03-09,yes,NA,no\n"},     // conflict (writer)
        {4, "APP,N-1,2025-03-03,2025-03-06,yes,NA,no\n"},     // contradicts line 2 (writer)
        {5, "APP,N-x,2025-02-30,2025-03-04,yes,NA,no\n"},     // no such date (reader)
        {9000, "APP,N-5,2025-03-03,2025-03-06,yes,NA,no\n"},  // contradicts line 6 (writer)
        {9001, "APP,N-y,2025-03-03,2025-03-04,yes\n"},        // four fields (reader)
        {15000, sameAsStored},                                // duplicate: skipped, no rejection
        {15001, "APP,S-1,2025-03-03,2025-03-07,yes,NA,no\n"}, // contradicts 15000 (writer)
        {15002, "XYZ,N-z,2025-03-03,2025-03-04,yes,NA,no\n"}, // unknown service (reader)
        {kRows + 1, "APP,N-1,2025-03-03,2025-03-04,yes,NA,maybe\n"}, // bad boolean (reader)
    };
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"long.csv"_s, fileWith(lines));
    const QString f = u"long.csv"_s;
    const QList<ImportRejection> expected{
        rejection(f, 3, u"case_id"_s,
                  u"case \"S-1\" is already in the workbench with different values"_s),
        rejection(f, 4, u"case_id"_s,
                  u"case id \"N-1\" appears more than once in this file with different values "
                  "(--latest-by keeps the latest row)"_s),
        rejection(f, 5, u"received"_s, u"cannot read \"2025-02-30\" as a date (ISO)"_s),
        rejection(f, 9000, u"case_id"_s,
                  u"case id \"N-5\" appears more than once in this file with different values "
                  "(--latest-by keeps the latest row)"_s),
        rejection(f, 9001, u"row"_s, u"wrong number of fields: expected 7, found 5"_s),
        rejection(f, 15001, u"case_id"_s,
                  u"case id \"S-1\" appears more than once in this file with different values "
                  "(--latest-by keeps the latest row)"_s),
        rejection(f, 15002, u"service"_s, u"unknown service \"XYZ\""_s),
        rejection(f, kRows + 1, u"key_customer"_s,
                  u"\"maybe\" is not yes/no, true/false, 1/0 or Y/N"_s),
    };
    // --strict: a stored case with other values (line 3) is a conflict.
    ImportOptions strict;
    strict.strict = true;
    // Lines 3, 4, 5, 9000, 9001, 15000..15002 and the last replace good rows.
    const qint64 good = kRows - 9;

    SECTION("all or nothing")
    {
        const ImportSummary summary = CaseImporter(*c.workbench).run(path, {}, strict);
        CHECK(summary.rejections == expected);
        CHECK(summary.rowsRead == kRows);
        CHECK(summary.rejected == 8);
        CHECK(summary.duplicates == 1);
        CHECK(summary.imported == 0);
        CHECK_FALSE(summary.committed);
        CHECK(c.workbench->cases().count() == 1);
        CHECK(foreignKeysOn(*c.workbench));
    }
    SECTION("skipping the bad rows")
    {
        ImportOptions options = strict;
        options.skipBadRows = true;
        const ImportSummary summary = CaseImporter(*c.workbench).run(path, {}, options);
        CHECK(summary.rejections == expected);
        CHECK(summary.rowsRead == kRows);
        CHECK(summary.rejected == 8);
        CHECK(summary.duplicates == 1);
        CHECK(summary.imported == good);
        CHECK(summary.committed);
        CHECK(c.workbench->cases().count() == 1 + good);
        CHECK(foreignKeysOn(*c.workbench));
    }
}

TEST_CASE("a long case import cancelled midway stores nothing and leaves the checks on", "[import]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"long.csv"_s, fileWith({}));
    int calls = 0;
    ImportOptions options;
    // Well into the file, with batches in flight on the writer's side.
    options.progress = [&calls](qint64, qint64) {
        return ++calls < 10;
    };
    const ImportSummary summary = CaseImporter(*c.workbench).run(path, {}, options);
    CHECK(summary.cancelled);
    CHECK_FALSE(summary.committed);
    CHECK(summary.imported == 0);
    CHECK(c.workbench->cases().count() == 0);
    CHECK(foreignKeysOn(*c.workbench));

    // The workbench takes the next import as usual.
    const ImportSummary again = CaseImporter(*c.workbench).run(path, {}, {});
    CHECK(again.committed);
    CHECK(again.imported == kRows);
    CHECK(c.workbench->cases().count() == kRows);
}
