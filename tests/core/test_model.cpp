// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "model/basis.h"
#include "model/caserecord.h"
#include "model/complaintletter.h"
#include "model/metric.h"
#include "model/standard.h"
#include "model/statistic.h"

using namespace Yardstick;

TEST_CASE("statistic keys round-trip and reject nonsense", "[model]")
{
    CHECK(Statistic::fromKey(QStringLiteral("mean")) == Statistic::mean());
    CHECK(Statistic::fromKey(QStringLiteral("median")) == Statistic::median());
    CHECK(Statistic::fromKey(QStringLiteral("p90")) == Statistic::percentile(90));
    CHECK(Statistic::fromKey(QStringLiteral("within:2")) == Statistic::shareWithin(2));
    CHECK(Statistic::fromKey(QStringLiteral("within:1.5")) == Statistic::shareWithin(1.5));
    CHECK(Statistic::percentile(90).key() == QStringLiteral("p90"));
    CHECK(Statistic::shareWithin(2).key() == QStringLiteral("within:2"));
    CHECK_FALSE(Statistic::fromKey(QStringLiteral("p100")));
    CHECK_FALSE(Statistic::fromKey(QStringLiteral("p0")));
    CHECK_FALSE(Statistic::fromKey(QStringLiteral("within:0")));
    CHECK_FALSE(Statistic::fromKey(QStringLiteral("within:x")));
    CHECK_FALSE(Statistic::fromKey(QStringLiteral("average")));
}

TEST_CASE("metric keys are the file-format contract", "[model]")
{
    // The seven keys the catalogue CSV uses (issue: standards import).
    const QStringList contract = {
        QStringLiteral("turnaround_days"),      QStringLiteral("turnaround_hours"),
        QStringLiteral("right_first_time_pct"), QStringLiteral("error_rate_pct"),
        QStringLiteral("count_per_1000"),       QStringLiteral("survey_score"),
        QStringLiteral("audit_score")};
    QStringList keys;
    for (Metric m : allMetrics())
        keys.append(metricKey(m));
    CHECK(keys == contract);
    for (const QString &key : contract)
        CHECK(metricKey(*metricFromKey(key)) == key);
    CHECK_FALSE(metricFromKey(QStringLiteral("days")));
}

TEST_CASE("basis keys combine with semicolons and reject unknown ones", "[model]")
{
    const Basis basis = BasisFlag::CustomerExpectation | BasisFlag::Economics;
    CHECK(basisKeys(basis) == QStringLiteral("customer_expectation;economics"));
    CHECK(basisFromKeys(QStringLiteral("economics; customer_expectation")) == basis);
    CHECK(basisFromKeys(QString()) == Basis());
    CHECK_FALSE(basisFromKeys(QStringLiteral("economics;gut_feeling")));
}

TEST_CASE("a revised standard keeps the target that governed each period", "[model]")
{
    Standard s;
    s.revise(QDate(2023, 1, 2), 30, 40, QStringLiteral("before"));
    s.revise(QDate(2024, 3, 4), 15, 20, QStringLiteral("programme"));
    REQUIRE(s.revisions.size() == 2);
    CHECK(s.revisionOn(QDate(2022, 12, 31)) == nullptr);
    CHECK(s.revisionOn(QDate(2023, 6, 1))->target == 30);
    CHECK(s.revisionOn(QDate(2024, 3, 3))->target == 30);
    CHECK(s.revisionOn(QDate(2024, 3, 4))->target == 15);
    CHECK(s.target() == 15);
    CHECK(s.threshold() == 20);
    CHECK(s.effectiveFrom() == QDate(2023, 1, 2));

    // The same date again amends the current revision instead of adding one.
    s.revise(QDate(2024, 3, 4), 14, 20, QStringLiteral("programme, corrected"));
    CHECK(s.revisions.size() == 2);
    CHECK(s.target() == 14);
}

TEST_CASE("a case's turnaround is the time from received to completed in days", "[model]")
{
    CaseRecord c;
    c.receivedAt = Moment::fromDateTime(QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC));
    CHECK_FALSE(c.turnaroundDays());
    c.completedAt = Moment::fromDateTime(QDateTime(QDate(2024, 1, 16), QTime(21, 0), Qt::UTC));
    // 15 days and 12 hours, by hand.
    CHECK(*c.turnaroundDays() == Approx(15.5));
}

TEST_CASE("a letter's content hash is the SHA-256 of its text", "[model]")
{
    ComplaintLetter letter;
    letter.text = QStringLiteral("abc");
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    CHECK(letter.contentHash() ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}
