// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audits/auditmeasurements.h"
#include "audits/auditscore.h"
#include "catchqt.h"
#include "testsupport.h"

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

// Four behaviours; attitude on a 0..10 scale to show the per-item scale.
AuditTemplate deskChecklist()
{
    AuditTemplate t;
    t.id = 1;
    t.name = QStringLiteral("Desk behaviour");
    t.items = {
        {11, 1, QStringLiteral("GREET"), QStringLiteral("Greets the customer"), 5, 1, 0},
        {12, 1, QStringLiteral("PROMPT"), QStringLiteral("Answers promptly"), 5, 2, 1},
        {13, 1, QStringLiteral("INFO"), QStringLiteral("Gives correct information"), 5, 2, 2},
        {14, 1, QStringLiteral("ATTITUDE"), QStringLiteral("Attitude"), 10, 1, 3}};
    return t;
}

Audit audit(qint64 id, qint64 department, QDate on, QList<AuditRating> ratings)
{
    Audit a;
    a.id = id;
    a.templateId = 1;
    a.departmentId = department;
    a.auditedOn = on;
    a.ratings = std::move(ratings);
    return a;
}

// A: 2025-03-03, department 1, all four rated: GREET 4, PROMPT 3, INFO 5, ATTITUDE 8.
//    Σ w·r/s = 1·4/5 + 2·3/5 + 2·5/5 + 1·8/10 = 0.8 + 1.2 + 2.0 + 0.8 = 4.8; Σ w = 6 → 80.
// B: 2025-03-20, department 2, GREET 5, PROMPT 2 (INFO, ATTITUDE unrated).
//    1·1 + 2·0.4 = 1.8; Σ w = 3 → 60.
// C: 2025-03-25, department 2, nothing rated → no score.
// D: 2025-04-10, department 1: GREET 5, PROMPT 5, INFO 4, ATTITUDE 10.
//    1 + 2 + 2·0.8 + 1 = 5.6; Σ w = 6 → 93.333...
QList<Audit> fourAudits()
{
    return {audit(1, 1, QDate(2025, 3, 3), {{11, 4}, {12, 3}, {13, 5}, {14, 8}}),
            audit(2, 2, QDate(2025, 3, 20), {{11, 5}, {12, 2}}),
            audit(3, 2, QDate(2025, 3, 25), {}),
            audit(4, 1, QDate(2025, 4, 10), {{11, 5}, {12, 5}, {13, 4}, {14, 10}})};
}

const AuditItemResult &resultFor(const QList<AuditItemResult> &results, const QString &code)
{
    for (const AuditItemResult &r : results)
        if (r.item.code == code)
            return r;
    FAIL("no result for " << code.toStdString());
    return results.first();
}

} // namespace

TEST_CASE("an audit's score weighs each rated item by its weight on its own scale", "[audits]")
{
    const AuditTemplate checklist = deskChecklist();
    const QList<Audit> audits = fourAudits();
    REQUIRE(auditScore(checklist, audits[0]));
    CHECK(*auditScore(checklist, audits[0]) == Approx(80.0));
    CHECK(*auditScore(checklist, audits[3]) == Approx(280.0 / 3.0)); // 5.6 / 6 × 100
}

TEST_CASE("unrated items are left out of an audit's score", "[audits]")
{
    // Were INFO and ATTITUDE counted as zero, B would score 1.8 / 6 = 30, not 60.
    CHECK(*auditScore(deskChecklist(), fourAudits()[1]) == Approx(60.0));
}

TEST_CASE("an audit that rated nothing has no score", "[audits]")
{
    CHECK_FALSE(auditScore(deskChecklist(), fourAudits()[2]));
    // Ratings of items from another checklist do not count either.
    CHECK_FALSE(auditScore(deskChecklist(), audit(9, 1, QDate(2025, 3, 1), {{99, 5}})));
}

TEST_CASE("audit scores are averaged per month and department", "[audits]")
{
    const QList<AuditPeriodScore> scores =
        auditScoresByDepartment(deskChecklist(), fourAudits(), PeriodKind::Month);
    REQUIRE(scores.size() == 3);
    // March, department 1: A alone → 80.
    CHECK(scores[0].period == Period{QDate(2025, 3, 1), QDate(2025, 3, 31)});
    CHECK(scores[0].departmentId == 1);
    CHECK(scores[0].meanScore == Approx(80.0));
    CHECK(scores[0].audits == 1);
    // March, department 2: B scores 60; C has no score and is not counted.
    CHECK(scores[1].departmentId == 2);
    CHECK(scores[1].meanScore == Approx(60.0));
    CHECK(scores[1].audits == 1);
    // April, department 1: D alone.
    CHECK(scores[2].period.start == QDate(2025, 4, 1));
    CHECK(scores[2].meanScore == Approx(280.0 / 3.0));
}

TEST_CASE("pooled audit scores average every department's audits per period", "[audits]")
{
    const QList<AuditPeriodScore> all =
        pooledAuditScores(deskChecklist(), fourAudits(), PeriodKind::Month);
    REQUIRE(all.size() == 2);
    CHECK(all[0].meanScore == Approx(70.0)); // (80 + 60) / 2
    CHECK(all[0].audits == 2);
    CHECK(all[0].departmentId == 0);

    const QList<AuditPeriodScore> second =
        pooledAuditScores(deskChecklist(), fourAudits(), PeriodKind::Quarter, 2);
    REQUIRE(second.size() == 1);
    CHECK(second[0].period == Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});
    CHECK(second[0].meanScore == Approx(60.0));
    CHECK(second[0].departmentId == 2);

    // A quarter pools March and April: Q1 holds A, B (C unscored); Q2 holds D.
    const QList<AuditPeriodScore> quarters =
        pooledAuditScores(deskChecklist(), fourAudits(), PeriodKind::Quarter);
    REQUIRE(quarters.size() == 2);
    CHECK(quarters[1].meanScore == Approx(280.0 / 3.0));
}

TEST_CASE("the audit periods are the ones holding audits, oldest first", "[audits]")
{
    const QList<Period> weeks = auditPeriods(fourAudits(), PeriodKind::Week);
    // 2025-03-03 is a Monday (week 10); 03-20 and 03-25 fall in weeks 12 and
    // 13; 04-10 in week 15.
    REQUIRE(weeks.size() == 4);
    CHECK(weeks[0].start == QDate(2025, 3, 3));
    CHECK(weeks[1].start == QDate(2025, 3, 17));
    CHECK(weeks[2].start == QDate(2025, 3, 24));
    CHECK(weeks[3].start == QDate(2025, 4, 7));
}

TEST_CASE("item results give each behaviour's mean rating in percent of its scale", "[audits]")
{
    const Period march{QDate(2025, 3, 1), QDate(2025, 3, 31)};
    const QList<AuditItemResult> results =
        auditItemResults(deskChecklist(), fourAudits(), PeriodKind::Month, march);
    REQUIRE(results.size() == 4);
    CHECK(results[0].item.code == QLatin1String("GREET")); // checklist order
    // GREET in March: 4/5 and 5/5 → (80 + 100) / 2 = 90, two ratings.
    CHECK(resultFor(results, QStringLiteral("GREET")).ratings == 2);
    CHECK(*resultFor(results, QStringLiteral("GREET")).percent == Approx(90.0));
    // PROMPT: 3/5, 2/5 → (60 + 40) / 2 = 50.
    CHECK(*resultFor(results, QStringLiteral("PROMPT")).percent == Approx(50.0));
    // ATTITUDE: 8/10 → 80, one rating.
    CHECK(*resultFor(results, QStringLiteral("ATTITUDE")).percent == Approx(80.0));
    CHECK(resultFor(results, QStringLiteral("ATTITUDE")).ratings == 1);
    // Nothing before March: nothing to compare with, whatever comes after.
    CHECK_FALSE(resultFor(results, QStringLiteral("GREET")).previousPercent);
    CHECK_FALSE(resultFor(results, QStringLiteral("GREET")).averagePercent);
    CHECK_FALSE(resultFor(results, QStringLiteral("GREET")).slipping);
}

TEST_CASE("a behaviour slips when it falls against the period before", "[audits]")
{
    const Period april{QDate(2025, 4, 1), QDate(2025, 4, 30)};
    const QList<AuditItemResult> results =
        auditItemResults(deskChecklist(), fourAudits(), PeriodKind::Month, april);
    // April (D): GREET 100, PROMPT 100, INFO 80, ATTITUDE 100. March, both the
    // period before and the whole baseline: GREET 90, PROMPT 50, INFO 100,
    // ATTITUDE 80. Drops: GREET −10, PROMPT −50, INFO 20, ATTITUDE −20.
    CHECK(*resultFor(results, QStringLiteral("INFO")).previousPercent == Approx(100.0));
    CHECK(*resultFor(results, QStringLiteral("INFO")).drop == Approx(20.0));
    CHECK(*resultFor(results, QStringLiteral("PROMPT")).drop == Approx(-50.0));
    const QList<AuditItemResult> slipping = slippingBehaviours(results);
    REQUIRE(slipping.size() == 1);
    CHECK(slipping[0].item.code == QLatin1String("INFO"));

    // PROMPT: January 3/5 = 60, February 5/5 = 100, March 4/5 = 80. In March
    // the period before says 100 − 80 = 20, the baseline (60 + 100) / 2 = 80
    // says 0: the larger, 20, counts.
    const QList<Audit> audits = {audit(1, 1, QDate(2025, 1, 6), {{12, 3}}),
                                 audit(2, 1, QDate(2025, 2, 6), {{12, 5}}),
                                 audit(3, 1, QDate(2025, 3, 6), {{12, 4}})};
    const AuditItemResult prompt =
        resultFor(auditItemResults(deskChecklist(), audits, PeriodKind::Month,
                                   {QDate(2025, 3, 1), QDate(2025, 3, 31)}),
                  QStringLiteral("PROMPT"));
    CHECK(*prompt.averagePercent == Approx(80.0));
    CHECK(*prompt.drop == Approx(20.0));
    CHECK(prompt.slipping);
}

TEST_CASE("a behaviour slips when it falls below its own recent average", "[audits]")
{
    // PROMPT: January 5/5 = 100, February 3/5 = 60, March 3.5/5 = 70. In
    // March the period before gives 60 − 70 = −10, but the baseline
    // (100 + 60) / 2 = 80 gives 10: slipping.
    const QList<Audit> audits = {audit(1, 1, QDate(2025, 1, 6), {{12, 5}}),
                                 audit(2, 1, QDate(2025, 2, 6), {{12, 3}}),
                                 audit(3, 1, QDate(2025, 3, 6), {{12, 3.5}})};
    const QList<AuditItemResult> march = auditItemResults(
        deskChecklist(), audits, PeriodKind::Month, {QDate(2025, 3, 1), QDate(2025, 3, 31)});
    const AuditItemResult &prompt = resultFor(march, QStringLiteral("PROMPT"));
    CHECK(*prompt.previousPercent == Approx(60.0));
    CHECK(*prompt.averagePercent == Approx(80.0));
    CHECK(*prompt.drop == Approx(10.0));
    CHECK(prompt.slipping);
    // Unrated items have no percent and never slip.
    CHECK_FALSE(resultFor(march, QStringLiteral("GREET")).percent);
    CHECK_FALSE(resultFor(march, QStringLiteral("GREET")).slipping);
}

TEST_CASE("an item's own average looks back twelve periods only", "[audits]")
{
    // PROMPT 5/5 in January 2024, 3/5 in February 2025: the baseline of
    // February 2025 runs from February 2024 to January 2025 and is empty, so
    // nothing says the 60 is a slip.
    const QList<Audit> audits = {audit(1, 1, QDate(2024, 1, 8), {{12, 5}}),
                                 audit(2, 1, QDate(2025, 2, 6), {{12, 3}})};
    const AuditItemResult prompt =
        resultFor(auditItemResults(deskChecklist(), audits, PeriodKind::Month,
                                   {QDate(2025, 2, 1), QDate(2025, 2, 28)}),
                  QStringLiteral("PROMPT"));
    CHECK(*prompt.percent == Approx(60.0));
    CHECK_FALSE(prompt.averagePercent);
    CHECK_FALSE(prompt.drop);
    CHECK_FALSE(prompt.slipping);
    // A February 2024 rating is inside the window: 100 − 60 = 40.
    QList<Audit> withinYear = audits;
    withinYear.append(audit(3, 1, QDate(2024, 2, 5), {{12, 5}}));
    const AuditItemResult again =
        resultFor(auditItemResults(deskChecklist(), withinYear, PeriodKind::Month,
                                   {QDate(2025, 2, 1), QDate(2025, 2, 28)}),
                  QStringLiteral("PROMPT"));
    CHECK(*again.drop == Approx(40.0));
}

TEST_CASE("a drop smaller than the slip margin is not a slip", "[audits]")
{
    // ATTITUDE on 0..10: 10/10 in January, 9.6/10 in February → drop 4 points < 5.
    const QList<Audit> audits = {audit(1, 1, QDate(2025, 1, 6), {{14, 10}}),
                                 audit(2, 1, QDate(2025, 2, 6), {{14, 9.6}})};
    const QList<AuditItemResult> february = auditItemResults(
        deskChecklist(), audits, PeriodKind::Month, {QDate(2025, 2, 1), QDate(2025, 2, 28)});
    CHECK(*resultFor(february, QStringLiteral("ATTITUDE")).drop == Approx(4.0));
    CHECK_FALSE(resultFor(february, QStringLiteral("ATTITUDE")).slipping);
}

TEST_CASE("item results can be restricted to one department", "[audits]")
{
    const QList<AuditItemResult> results =
        auditItemResults(deskChecklist(), fourAudits(), PeriodKind::Month,
                         {QDate(2025, 3, 1), QDate(2025, 3, 31)}, 2);
    // Department 2 in March: only B rated GREET 5/5 and PROMPT 2/5.
    CHECK(*resultFor(results, QStringLiteral("GREET")).percent == Approx(100.0));
    CHECK(resultFor(results, QStringLiteral("GREET")).ratings == 1);
    CHECK(*resultFor(results, QStringLiteral("PROMPT")).percent == Approx(40.0));
    CHECK_FALSE(resultFor(results, QStringLiteral("INFO")).percent);
}

TEST_CASE("audit measurements hold the mean score of the standard's department per period",
          "[audits]")
{
    Standard standard;
    standard.id = 5;
    standard.departmentId = 1;
    const AuditFeed feed{5, 1, PeriodKind::Month};
    const QList<Measurement> ofOne =
        auditMeasurements(feed, standard, deskChecklist(), fourAudits());
    REQUIRE(ofOne.size() == 2);
    CHECK(ofOne[0].periodStart == QDate(2025, 3, 1));
    CHECK(ofOne[0].periodEnd == QDate(2025, 3, 31));
    CHECK(ofOne[0].value == Approx(80.0));
    CHECK(ofOne[0].sampleSize == 1);
    CHECK(ofOne[0].source == QLatin1String("staff audits"));
    CHECK(ofOne[0].standardId == 5);
    CHECK(ofOne[1].value == Approx(280.0 / 3.0));

    standard.departmentId = 0; // no department: every department's audits
    const QList<Measurement> ofAll =
        auditMeasurements(feed, standard, deskChecklist(), fourAudits());
    REQUIRE(ofAll.size() == 2);
    CHECK(ofAll[0].value == Approx(70.0)); // (80 + 60) / 2
    CHECK(ofAll[0].sampleSize == 2);
}
