// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "chartdata/complainttrendchart.h"
#include "complaints/complainthandlingmeasures.h"
#include "testsupport.h"

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

const QDateTime kMarch(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);

Standard handlingStandard(const Statistic &statistic, Metric metric = Metric::TurnaroundDays)
{
    Standard s;
    s.id = 7;
    s.code = QStringLiteral("CMP-R-01");
    s.title = QStringLiteral("Complaints acknowledged");
    s.metric = metric;
    s.statistic = statistic;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), 1, 2, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// A letter received at `received`, answered `responseDays` later and (when
// given) resolved `resolutionDays` after arrival.
ComplaintLetter handled(const QDateTime &received, double responseDays,
                        std::optional<double> resolutionDays = std::nullopt, bool key = false)
{
    ComplaintLetter l;
    l.receivedAt = received;
    l.keyCustomer = key;
    l.text = QStringLiteral("Letter received %1, answered after %2 days")
                 .arg(received.toString(Qt::ISODate))
                 .arg(responseDays);
    l.status = LetterStatus::InProgress;
    l.firstResponseAt = received.addSecs(qint64(responseDays * 86400));
    if (resolutionDays) {
        l.status = LetterStatus::Resolved;
        l.resolvedAt = received.addSecs(qint64(*resolutionDays * 86400));
    }
    return l;
}

QList<ComplaintLetter> fourMarchLetters()
{
    // First responses after 0.5, 1, 2 and 4 days, all within March.
    return {handled(kMarch, 0.5), handled(kMarch.addDays(1), 1), handled(kMarch.addDays(2), 2),
            handled(kMarch.addDays(3), 4)};
}

} // namespace

TEST_CASE("complaint handling is measured per calendar month with the standard's statistic",
          "[complaints]")
{
    const ComplaintHandlingRule rule{7, ComplaintEvent::FirstResponse, false};
    struct Case
    {
        Statistic statistic;
        double expected;
    };
    const Case cases[] = {
        // (0.5 + 1 + 2 + 4) / 4 = 7.5 / 4 = 1.875
        {Statistic::mean(), 1.875},
        // 0.5 and 1 are at most 1 day: 2 of 4 = 50%
        {Statistic::shareWithin(1), 50},
        // The two middle values: (1 + 2) / 2 = 1.5
        {Statistic::median(), 1.5},
        // h = (4 - 1) x 0.9 = 2.7: 2 + 0.7 x (4 - 2) = 3.4
        {Statistic::percentile(90), 3.4},
    };
    for (const Case &c : cases) {
        INFO(c.statistic.key().toStdString());
        const QList<Measurement> measurements =
            complaintHandlingMeasurements(rule, handlingStandard(c.statistic), fourMarchLetters());
        REQUIRE(measurements.size() == 1);
        const Measurement &m = measurements.first();
        CHECK(m.value == Approx(c.expected));
        CHECK(m.standardId == 7);
        CHECK(m.periodStart == QDate(2025, 3, 1));
        CHECK(m.periodEnd == QDate(2025, 3, 31));
        REQUIRE(m.sampleSize);
        CHECK(*m.sampleSize == 4);
        CHECK(m.source == QStringLiteral("complaint letters"));
        CHECK(m.source == complaintHandlingSource());
    }
}

TEST_CASE("a letter counts in the month its handling event fell in", "[complaints]")
{
    const QDateTime lateJanuary(QDate(2025, 1, 25), QTime(10, 0), Qt::UTC);
    const QList<ComplaintLetter> letters = {
        // Received 25 Jan, resolved 10 days later on 4 Feb: a February resolution.
        handled(lateJanuary, 0.25, 10),
        // Received and resolved in January after 3 days.
        handled(lateJanuary.addDays(-10), 0.25, 3),
        // Still open: no resolution to count.
        handled(lateJanuary, 0.5),
        // Resolved in April after 6 days; March has no resolution and gets no measurement.
        handled(QDateTime(QDate(2025, 4, 2), QTime(9, 0), Qt::UTC), 1, 6),
    };
    const ComplaintHandlingRule rule{7, ComplaintEvent::Resolution, false};
    const QList<Measurement> measurements =
        complaintHandlingMeasurements(rule, handlingStandard(Statistic::mean()), letters);
    REQUIRE(measurements.size() == 3);
    CHECK(measurements.at(0).periodStart == QDate(2025, 1, 1));
    CHECK(measurements.at(0).value == Approx(3));
    CHECK(*measurements.at(0).sampleSize == 1);
    CHECK(measurements.at(1).periodStart == QDate(2025, 2, 1));
    CHECK(measurements.at(1).periodEnd == QDate(2025, 2, 28));
    CHECK(measurements.at(1).value == Approx(10));
    CHECK(measurements.at(2).periodStart == QDate(2025, 4, 1));
    CHECK(measurements.at(2).value == Approx(6));

    // First responses: all three January letters were answered in January:
    // (0.25 + 0.25 + 0.5) / 3 = 1/3; the April one after 1 day.
    const ComplaintHandlingRule first{7, ComplaintEvent::FirstResponse, false};
    const QList<Measurement> responses =
        complaintHandlingMeasurements(first, handlingStandard(Statistic::mean()), letters);
    REQUIRE(responses.size() == 2);
    CHECK(responses.at(0).value == Approx(1.0 / 3));
    CHECK(*responses.at(0).sampleSize == 3);
    CHECK(responses.at(1).value == Approx(1));
}

TEST_CASE("a key-customer rule reads only key customers' letters", "[complaints]")
{
    const QList<ComplaintLetter> letters = {
        handled(kMarch, 0.1, 2, true), handled(kMarch, 0.1, 5, true),
        handled(kMarch, 0.1, 1, false), handled(kMarch, 0.1, 1, false)};
    const Standard within3 = handlingStandard(Statistic::shareWithin(3));
    // Key customers: 2 and 5 days, 1 of 2 within 3 days = 50%.
    const QList<Measurement> key =
        complaintHandlingMeasurements({7, ComplaintEvent::Resolution, true}, within3, letters);
    REQUIRE(key.size() == 1);
    CHECK(key.first().value == Approx(50));
    CHECK(*key.first().sampleSize == 2);
    // Everyone: 2, 5, 1, 1 days, 3 of 4 within 3 days = 75%.
    const QList<Measurement> all =
        complaintHandlingMeasurements({7, ComplaintEvent::Resolution, false}, within3, letters);
    REQUIRE(all.size() == 1);
    CHECK(all.first().value == Approx(75));
}

TEST_CASE("an hours standard fed from letters is measured in hours", "[complaints]")
{
    // 0.5, 1, 2 and 4 days are 12, 24, 48 and 96 hours: mean 180 / 4 = 45 hours.
    const QList<Measurement> measurements = complaintHandlingMeasurements(
        {7, ComplaintEvent::FirstResponse, false},
        handlingStandard(Statistic::mean(), Metric::TurnaroundHours), fourMarchLetters());
    REQUIRE(measurements.size() == 1);
    CHECK(measurements.first().value == Approx(45));
}

TEST_CASE("refreshing complaint-handling measurements replaces only the letters' own",
          "[complaints]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &workbench = *c.workbench;
    Standard standard = Testing::turnaroundStandard(c, QStringLiteral("CMP-R-01"));
    standard.statistic = Statistic::shareWithin(1);
    standard.direction = Direction::HigherIsBetter;
    standard.unit = QStringLiteral("%");
    standard.revisions = {{QDate(2024, 1, 1), 95, 90, QStringLiteral("first"), {}, {}, {}}};
    REQUIRE(workbench.standardRepository().insert(standard).ok());
    Standard other = Testing::turnaroundStandard(c, QStringLiteral("CMP-R-02"));
    REQUIRE(workbench.standardRepository().insert(other).ok());

    QList<Measurement> imported = {{0, standard.id, QDate(2024, 1, 1), QDate(2024, 1, 31), 80, 10,
                                    QStringLiteral("import.csv")}};
    REQUIRE(workbench.measurements().insertMany(imported).ok());
    QList<ComplaintLetter> letters = fourMarchLetters();
    REQUIRE(workbench.letters().insertMany(letters).ok());
    REQUIRE(workbench.complaintHandling()
                .setRule({standard.id, ComplaintEvent::FirstResponse, false})
                .ok());

    // Twice: the second run replaces the first run's measurement, not adds to it.
    for (int run = 0; run < 2; ++run) {
        INFO(run);
        REQUIRE(refreshComplaintHandlingMeasurements(workbench).ok());
        const QList<Measurement> stored = workbench.measurements().forStandard(standard.id);
        REQUIRE(stored.size() == 2);
        CHECK(stored.at(0).source == QStringLiteral("import.csv"));
        CHECK(stored.at(1).source == QStringLiteral("complaint letters"));
        CHECK(stored.at(1).periodStart == QDate(2025, 3, 1));
        CHECK(stored.at(1).value == Approx(50));                         // 2 of the 4 within a day
        CHECK(workbench.measurements().forStandard(other.id).isEmpty()); // no rule
    }
}

TEST_CASE("complaint letters are counted per month by primary dimension", "[chartdata]")
{
    ReferenceData reference;
    reference.dimensions = {
        {1, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}},
        {2, QStringLiteral("accuracy"), QStringLiteral("Accuracy"), true, {}}};
    auto letter = [](std::optional<qint64> dimension, QDate day) {
        ComplaintLetter l;
        l.primaryDimensionId = dimension;
        l.labelStatus = dimension ? LabelStatus::Confirmed : LabelStatus::Unlabelled;
        l.receivedAt = QDateTime(day, QTime(9, 0), Qt::UTC);
        return l;
    };
    const QList<ComplaintLetter> letters = {
        // January: timeliness 2, accuracy 1, unlabelled 1.
        letter(1, QDate(2025, 1, 5)), letter(1, QDate(2025, 1, 31)), letter(2, QDate(2025, 1, 7)),
        letter(std::nullopt, QDate(2025, 1, 8)),
        // February: none. March: accuracy 2.
        letter(2, QDate(2025, 3, 1)), letter(2, QDate(2025, 3, 20)),
        // December 2024: outside the range asked for below.
        letter(1, QDate(2024, 12, 31))};
    ProcessPhase programme;
    programme.startsOn = QDate(2025, 2, 3);
    programme.label = QStringLiteral("Programme");
    ProcessPhase ownRebase = programme;
    ownRebase.standardId = 4; // one standard's: not the workbench's story
    const ComplaintTrendChart chart = complaintTrend(letters, reference, QDate(2025, 1, 1),
                                                     QDate(2025, 12, 31), {programme, ownRebase});

    // January to March, February empty.
    REQUIRE(chart.months.size() == 3);
    CHECK(chart.months.at(0).start == QDate(2025, 1, 1));
    CHECK(chart.months.at(1).start == QDate(2025, 2, 1));
    CHECK(chart.months.at(2).end == QDate(2025, 3, 31));
    CHECK(chart.totals == QList<int>{4, 0, 2});
    CHECK(chart.total == 6);
    // In the reference data's order (timeliness, accuracy), whatever their
    // totals (2 and 3); unlabelled on top.
    REQUIRE(chart.series.size() == 3);
    CHECK(chart.series.at(0).label == QStringLiteral("Timeliness"));
    CHECK(chart.series.at(0).counts == QList<int>{2, 0, 0});
    CHECK(chart.series.at(0).total == 2);
    CHECK(chart.series.at(0).order == 0);
    CHECK(chart.series.at(1).label == QStringLiteral("Accuracy"));
    CHECK(chart.series.at(1).counts == QList<int>{1, 0, 2});
    CHECK(chart.series.at(1).total == 3);
    CHECK(chart.series.at(1).order == 1);
    CHECK(chart.series.at(2).label == QStringLiteral("Not yet labelled"));
    CHECK_FALSE(chart.series.at(2).dimensionId);
    CHECK(chart.series.at(2).order == -1);
    CHECK(chart.series.at(2).counts == QList<int>{1, 0, 0});
    REQUIRE(chart.annotations.size() == 1);
    CHECK(chart.annotations.first().date == QDate(2025, 2, 3));
    CHECK_FALSE(chart.title.isEmpty());
    CHECK(chart.subtitle.contains(QStringLiteral("6")));
    CHECK(chart.source.contains(QStringLiteral("2025-01-05")));
    CHECK(chart.source.contains(QStringLiteral("2025-03-20")));

    // No letters in range: nothing to draw.
    const ComplaintTrendChart empty =
        complaintTrend(letters, reference, QDate(2026, 1, 1), QDate());
    CHECK(empty.months.isEmpty());
    CHECK(empty.total == 0);
}
