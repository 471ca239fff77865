// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "storage/caserecordbulkwriter.h"
#include "storage/storedmoment.h"
#include "testsupport.h"

using namespace Yardstick;

namespace {

Moment moment(QDate date, std::optional<int> secondOfDay = std::nullopt,
              std::optional<int> offset = std::nullopt)
{
    return Moment{date, secondOfDay, offset};
}

} // namespace

TEST_CASE("a moment is stored as its calendar digits and its offset", "[storage][moment]")
{
    // The digits are the ISO text without its separators.
    const auto date = toStoredMoment(moment(QDate(2025, 2, 1)));
    REQUIRE(date);
    CHECK(date->digits == 20250201);
    CHECK_FALSE(date->utcOffsetSeconds);

    // 09:30:15 is 34215 s into the day.
    const auto local = toStoredMoment(moment(QDate(2025, 2, 1), 34215));
    REQUIRE(local);
    CHECK(local->digits == 20250201093015);
    CHECK_FALSE(local->utcOffsetSeconds);

    CHECK(toStoredMoment(moment(QDate(2025, 2, 1), 34215, 0))->utcOffsetSeconds == 0);
    // +08:00 = 8 × 3600 s; -05:30 = -(5 × 3600 + 30 × 60) s.
    CHECK(toStoredMoment(moment(QDate(2025, 2, 1), 34215, 28800))->utcOffsetSeconds == 28800);
    CHECK(toStoredMoment(moment(QDate(2025, 2, 1), 34215, -19800))->utcOffsetSeconds == -19800);

    // An offset means nothing without a time of day: dropped, as the text did.
    const auto dateWithOffset = toStoredMoment(moment(QDate(2025, 2, 1), std::nullopt, 3600));
    CHECK(dateWithOffset->digits == 20250201);
    CHECK_FALSE(dateWithOffset->utcOffsetSeconds);

    // The extremes of four-digit years: 0001-01-01T00:00:00 and 9999-12-31T23:59:59.
    CHECK(toStoredMoment(moment(QDate(1, 1, 1), 0))->digits == 10101000000);
    CHECK(toStoredMoment(moment(QDate(9999, 12, 31), 86399))->digits == 99991231235959);
    CHECK(toStoredMoment(moment(QDate(9999, 12, 31)))->digits == 99991231);
}

TEST_CASE("a moment the digits cannot say is refused", "[storage][moment]")
{
    CHECK_FALSE(toStoredMoment(Moment()));
    CHECK_FALSE(toStoredMoment(moment(QDate(10000, 1, 1))));
    CHECK_FALSE(toStoredMoment(moment(QDate(-1, 12, 31), 0)));
}

TEST_CASE("stored digits read back as the moment, and nonsense as nothing", "[storage][moment]")
{
    CHECK(fromStoredMoment(20250201, std::nullopt) == moment(QDate(2025, 2, 1)));
    CHECK(fromStoredMoment(20250201093015, std::nullopt) == moment(QDate(2025, 2, 1), 34215));
    CHECK(fromStoredMoment(20250201093015, -19800) == moment(QDate(2025, 2, 1), 34215, -19800));
    CHECK(fromStoredMoment(10101000000, 0) == moment(QDate(1, 1, 1), 0, 0));
    // A date-only value ignores a stray offset.
    CHECK(fromStoredMoment(20250201, 3600) == moment(QDate(2025, 2, 1)));

    CHECK_FALSE(fromStoredMoment(0, std::nullopt));
    CHECK_FALSE(fromStoredMoment(-20250201, std::nullopt));
    CHECK_FALSE(fromStoredMoment(20250230, std::nullopt));        // 30 February
    CHECK_FALSE(fromStoredMoment(20251301, std::nullopt));        // month 13
    CHECK_FALSE(fromStoredMoment(20250201240000, std::nullopt));  // hour 24
    CHECK_FALSE(fromStoredMoment(20250201096000, std::nullopt));  // minute 60
    CHECK_FALSE(fromStoredMoment(20250201093060, std::nullopt));  // second 60
    CHECK_FALSE(fromStoredMoment(123456789, std::nullopt));       // year 0
    CHECK_FALSE(fromStoredMoment(100000000000000, std::nullopt)); // five-digit year
}

TEST_CASE("every storable moment survives the round trip", "[storage][moment]")
{
    const Moment moments[] = {
        moment(QDate(2024, 2, 29)),
        moment(QDate(2024, 2, 29), 0),
        moment(QDate(2024, 12, 31), 86399, 0),
        moment(QDate(2023, 7, 17), 1320, 45 * 60 + 5 * 3600),
        moment(QDate(1970, 1, 1), 12, -12 * 3600),
        moment(QDate(2025, 6, 30), 43200, 37), // a sub-minute offset kept whole
    };
    for (const Moment &m : moments) {
        INFO(m.toIsoString().toStdString());
        const auto stored = toStoredMoment(m);
        REQUIRE(stored);
        CHECK(fromStoredMoment(stored->digits, stored->utcOffsetSeconds) == m);
    }
}

TEST_CASE("a case's two moments are stored together or not at all", "[storage][moment]")
{
    CaseRecord open;
    open.receivedAt = moment(QDate(2025, 2, 1), 34215, 0);
    const auto stored = toStoredMoments(open);
    REQUIRE(stored);
    CHECK(stored->received == StoredMoment{20250201093015, 0});
    CHECK_FALSE(stored->completed);

    CaseRecord closed = open;
    closed.completedAt = moment(QDate(2025, 2, 3));
    CHECK(toStoredMoments(closed)->completed == StoredMoment{20250203, std::nullopt});

    CaseRecord badReceipt = closed;
    badReceipt.receivedAt = Moment();
    CHECK_FALSE(toStoredMoments(badReceipt));
    CaseRecord badCompletion = closed;
    badCompletion.completedAt = moment(QDate(10000, 1, 1));
    CHECK_FALSE(toStoredMoments(badCompletion));
}

TEST_CASE("a case dated outside the years 1 to 9999 is refused, not stored wrong",
          "[storage][moment]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    CaseRecord late;
    late.serviceId = c.serviceId;
    late.caseId = QStringLiteral("Y-10000");
    late.receivedAt = moment(QDate(2025, 1, 2));
    late.completedAt = moment(QDate(10000, 1, 3));

    QList<CaseRecord> cases{late};
    const StorageResult stored = c.workbench->cases().insertMany(cases);
    CHECK_FALSE(stored.ok());
    CHECK(stored.error().contains(QStringLiteral("Y-10000")));

    CaseRecordBulkWriter writer(c.workbench->database());
    REQUIRE(writer.begin().isEmpty());
    CHECK(writer.write(late) == CaseRecordBulkWriter::Outcome::Failed);
    CHECK(writer.lastError().contains(QStringLiteral("9999")));
    writer.rollback();
    CHECK(c.workbench->cases().count() == 0);
}

TEST_CASE("a service's cases come back by received time, a date at its midnight",
          "[storage][moment]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    const auto make = [&](const char *id, Moment received) {
        CaseRecord record;
        record.serviceId = c.serviceId;
        record.caseId = QString::fromLatin1(id);
        record.receivedAt = received;
        return record;
    };
    // Stored in an order that is none of the expected one.
    QList<CaseRecord> cases{
        make("D", moment(QDate(2025, 3, 3), 8 * 3600)), make("C", moment(QDate(2025, 3, 3), 0)),
        make("A", moment(QDate(2025, 3, 3))), make("B", moment(QDate(2025, 3, 2), 23 * 3600))};
    REQUIRE(c.workbench->cases().insertMany(cases).ok());
    // 2 March 23:00 first; the date 3 March counts as its midnight, as early
    // as 00:00:00 that day, and the case id settles the tie (A before C).
    QStringList order;
    for (const CaseRecord &record : c.workbench->cases().forService(c.serviceId))
        order.append(record.caseId);
    CHECK(order == QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C"),
                               QStringLiteral("D")});
}
