// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "complaints/linksuggestion.h"

using namespace Yardstick;

namespace {

constexpr qint64 kTimeliness = 1;
constexpr qint64 kAccuracy = 2;
constexpr qint64 kResponsiveness = 3;
constexpr qint64 kTangibles = 4;

Standard standard(qint64 id, qint64 serviceId, qint64 dimensionId,
                  QDate effectiveFrom = QDate(2024, 1, 1))
{
    Standard s;
    s.id = id;
    s.code = QStringLiteral("S-%1").arg(id);
    s.serviceId = serviceId;
    s.dimensionId = dimensionId;
    s.revisions = {{effectiveFrom, 10, 15, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// Service 1 unless said: in catalogue order
//   1 accuracy, 2 timeliness, 3 responsiveness,
//   4 timeliness retired on 2024-06-01, 5 timeliness of service 2,
//   6 tangibles, 7 timeliness with targets from 2025-01-01.
QList<Standard> catalogue()
{
    Standard retired = standard(4, 1, kTimeliness);
    retired.status = StandardStatus::Retired;
    retired.retiredOn = QDate(2024, 6, 1);
    return {standard(1, 1, kAccuracy),
            standard(2, 1, kTimeliness),
            standard(3, 1, kResponsiveness),
            retired,
            standard(5, 2, kTimeliness),
            standard(6, 1, kTangibles),
            standard(7, 1, kTimeliness, QDate(2025, 1, 1))};
}

// A letter about service 1: timeliness first, responsiveness second.
ComplaintLetter letter(QDate received)
{
    ComplaintLetter l;
    l.serviceId = 1;
    l.primaryDimensionId = kTimeliness;
    l.dimensions = {{kTimeliness, 0.9}, {kResponsiveness, 0.4}};
    if (received.isValid())
        l.receivedAt = QDateTime(received, QTime(9, 0), Qt::UTC);
    return l;
}

} // namespace

TEST_CASE("a letter's suggested standards: primary dimension, other dimensions, the rest",
          "[complaints][links]")
{
    // September 2024: 4 was retired in June, 5 belongs to another service.
    // 7 counts although its first target dates from 2025: the scorecard,
    // too, shows a standard before its first revision. Timeliness: 2, 7 in
    // catalogue order; responsiveness: 3; the rest of service 1: 1, 6.
    CHECK(suggestedStandardIds(letter(QDate(2024, 9, 1)), catalogue()) ==
          QList<qint64>{2, 7, 3, 1, 6});
}

TEST_CASE("a standard retired after the letter arrived is still suggested", "[complaints][links]")
{
    // March 2024: 4 was still in force (retired in June), between 2 and 7
    // in catalogue order.
    CHECK(suggestedStandardIds(letter(QDate(2024, 3, 1)), catalogue()) ==
          QList<qint64>{2, 4, 7, 3, 1, 6});
    // From the day of its retirement it is not.
    CHECK(suggestedStandardIds(letter(QDate(2024, 6, 1)), catalogue()) ==
          QList<qint64>{2, 7, 3, 1, 6});
}

TEST_CASE("a letter without a date is judged against the standards active now",
          "[complaints][links]")
{
    // Active: 1, 2, 3, 6, 7 (4 is retired). Timeliness 2, 7; responsiveness
    // 3; the rest 1, 6.
    CHECK(suggestedStandardIds(letter(QDate()), catalogue()) == QList<qint64>{2, 7, 3, 1, 6});
}

TEST_CASE("a letter's primary dimension leads even when not listed first", "[complaints][links]")
{
    ComplaintLetter l = letter(QDate(2024, 9, 1));
    l.primaryDimensionId = kAccuracy;
    l.dimensions = {{kTangibles, 0.5}};
    // Accuracy: 1; tangibles: 6; the rest: 2, 3, 7.
    CHECK(suggestedStandardIds(l, catalogue()) == QList<qint64>{1, 6, 2, 3, 7});
}

TEST_CASE("a letter without dimensions gets its service's standards in catalogue order",
          "[complaints][links]")
{
    ComplaintLetter l = letter(QDate(2024, 9, 1));
    l.primaryDimensionId.reset();
    l.dimensions.clear();
    // In force: 1, 2, 3, 6, 7 (4 retired in June), in catalogue order.
    CHECK(suggestedStandardIds(l, catalogue()) == QList<qint64>{1, 2, 3, 6, 7});
}

TEST_CASE("survey and audit standards come after the operational ones of a group",
          "[complaints][links]")
{
    // 8 and 9 are timeliness standards listed first in the catalogue, but
    // a survey gap and an audit score: the letter is evidence about what
    // operations did, so within timeliness 2 and 7 lead, then 8, 9.
    Standard survey = standard(8, 1, kTimeliness);
    survey.metric = Metric::SurveyScore;
    Standard audit = standard(9, 1, kTimeliness);
    audit.metric = Metric::AuditScore;
    QList<Standard> standards = catalogue();
    standards.prepend(audit);
    standards.prepend(survey);
    CHECK(suggestedStandardIds(letter(QDate(2024, 9, 1)), standards) ==
          QList<qint64>{2, 7, 8, 9, 3, 1, 6});
}

TEST_CASE("a letter without a service gets no suggestion", "[complaints][links]")
{
    ComplaintLetter l = letter(QDate(2024, 9, 1));
    l.serviceId.reset();
    CHECK(suggestedStandardIds(l, catalogue()).isEmpty());
    // A service with no standards gives nothing either.
    l.serviceId = 9;
    CHECK(suggestedStandardIds(l, catalogue()).isEmpty());
}
