// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "chartdata/labelstanding.h"
#include "demo/demoreferencedata.h"
#include "report/reportpack.h"
#include "testsupport.h"
#include "usecases/chartservice.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

// Suggested labels are not facts: the charts by service and by dimension
// count confirmed labels and show the classifier's suggestions apart. Every
// expected number is counted by hand from the eleven letters below.

namespace {

struct Fixture
{
    std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    DemoReferenceData reference;
    QString billing;    // the BIL service's name
    QString newCards;   // the NEW service's name
    QString timeliness; // the dimensions' names
    QString accuracy;

    Fixture()
    {
        REQUIRE(reference.insertInto(*workbench).ok());
        billing = workbench->services().byCode(QStringLiteral("BIL"))->name;
        newCards = workbench->services().byCode(QStringLiteral("NEW"))->name;
        const ReferenceData names = ReferenceData::load(*workbench);
        timeliness = names.dimensionName(reference.dimensionId(QStringLiteral("timeliness")));
        accuracy = names.dimensionName(reference.dimensionId(QStringLiteral("accuracy")));

        //  #  received     service  dimension   labels
        //  1  2025-01-05   BIL      timeliness  confirmed
        //  2  2025-01-09   BIL      timeliness  confirmed
        //  3  2025-01-12   NEW      accuracy    confirmed
        //  4  2025-01-20   BIL      accuracy    suggested
        //  5  2025-01-28   NEW      timeliness  suggested
        //  6  2025-02-02   NEW      accuracy    confirmed
        //  7  2025-02-06   BIL      timeliness  suggested
        //  8  2025-02-11   -        -           unlabelled
        //  9  2025-02-15   NEW      accuracy    suggested
        // 10  2025-02-20   BIL      timeliness  confirmed
        // 11  2025-02-25   BIL      -           suggested (a service, no dimension)
        const auto S = LabelStatus::Suggested;
        const auto C = LabelStatus::Confirmed;
        const char *bil = "BIL";
        const char *nw = "NEW";
        const char *tim = "timeliness";
        const char *acc = "accuracy";
        QList<ComplaintLetter> letters = {
            letter(1, 5, bil, tim, C),     letter(1, 9, bil, tim, C),
            letter(1, 12, nw, acc, C),     letter(1, 20, bil, acc, S),
            letter(1, 28, nw, tim, S),     letter(2, 2, nw, acc, C),
            letter(2, 6, bil, tim, S),     letter(2, 11, nullptr, nullptr, LabelStatus::Unlabelled),
            letter(2, 15, nw, acc, S),     letter(2, 20, bil, tim, C),
            letter(2, 25, bil, nullptr, S)};
        REQUIRE(workbench->letters().insertMany(letters).ok());
    }

    ComplaintLetter letter(int month, int day, const char *service, const char *dimension,
                           LabelStatus status) const
    {
        ComplaintLetter l;
        l.receivedAt = QDateTime(QDate(2025, month, day), QTime(10, 0), Qt::UTC);
        l.text = QStringLiteral("Letter of 2025-%1-%2").arg(month).arg(day);
        if (service)
            l.serviceId = reference.serviceId(QString::fromLatin1(service));
        if (dimension) {
            l.primaryDimensionId = reference.dimensionId(QString::fromLatin1(dimension));
            l.dimensions = {{*l.primaryDimensionId, status == LabelStatus::Confirmed ? 1.0 : 0.6}};
        }
        l.labelStatus = status;
        return l;
    }

    ParetoChart pareto(ChartKind kind) const
    {
        ChartRequest request;
        request.kind = kind;
        const ChartResult result = workbench->charts().chart(request);
        REQUIRE(result.drawable());
        return std::get<ParetoChart>(*result.drawable());
    }
};

const ParetoBar &barOf(const ParetoChart &chart, const QString &label)
{
    for (const ParetoBar &bar : chart.bars) {
        if (bar.label == label)
            return bar;
    }
    FAIL("no bar " << label.toStdString());
    return chart.bars.constFirst();
}

const ComplaintTrendSeries &seriesOf(const ComplaintTrendChart &chart, const QString &label)
{
    for (const ComplaintTrendSeries &series : chart.series) {
        if (series.label == label)
            return series;
    }
    FAIL("no series " << label.toStdString());
    return chart.series.constFirst();
}

} // namespace

TEST_CASE("a label counts as a fact only once it is confirmed", "[chartdata][suggested]")
{
    ComplaintLetter letter;
    CHECK(standingOf(letter, std::nullopt) == LabelStanding::None);
    letter.labelStatus = LabelStatus::Confirmed;
    CHECK(standingOf(letter, 4) == LabelStanding::Confirmed);
    CHECK(standingOf(letter, std::nullopt) == LabelStanding::None);
    letter.labelStatus = LabelStatus::Suggested;
    CHECK(standingOf(letter, 4) == LabelStanding::Suggested);
    // A label on a letter still marked unlabelled was never confirmed either.
    letter.labelStatus = LabelStatus::Unlabelled;
    CHECK(standingOf(letter, 4) == LabelStanding::Suggested);
}

TEST_CASE("complaints by service rank confirmed labels and carry suggestions apart",
          "[chartdata][suggested]")
{
    const Fixture f;
    const ParetoChart chart = f.pareto(ChartKind::ComplaintsByService);
    // Confirmed: BIL #1 #2 #10 = 3, NEW #3 #6 = 2; no service: #8 = 1.
    // Suggested: BIL #4 #7 #11 = 3, NEW #5 #9 = 2.
    REQUIRE(chart.bars.size() == 3);
    CHECK(chart.bars.at(0).label == f.billing);
    CHECK(chart.bars.at(0).weight == 3);
    CHECK(chart.bars.at(0).suggested == 3);
    CHECK(chart.bars.at(1).label == f.newCards);
    CHECK(chart.bars.at(1).weight == 2);
    CHECK(chart.bars.at(1).suggested == 2);
    CHECK(chart.bars.at(2).label == QStringLiteral("Not yet classified"));
    CHECK(chart.bars.at(2).weight == 1);
    CHECK(chart.bars.at(2).suggested == 0);
    CHECK(chart.total == 6);
    CHECK(chart.suggested == 5);
    // Shares of the 6 ranked letters only: 3/6 = 50%, 5/6 = 83.3%, 6/6.
    CHECK(chart.bars.at(0).cumulativePercent == Approx(50.0));
    CHECK(chart.bars.at(1).cumulativePercent == Approx(500.0 / 6.0));
    CHECK(chart.bars.at(2).cumulativePercent == Approx(100.0));
    CHECK(chart.vitalFew == 2);
    // Without a translator loaded, plurals read "letter(s)".
    CHECK(chart.note.startsWith(QStringLiteral("5 letter")));
    CHECK(chart.note.contains(QStringLiteral("suggestions only")));
    CHECK(chart.note.contains(QStringLiteral("service")));
    CHECK(chart.subtitle.contains(chart.note));
}

TEST_CASE("complaints by dimension rank confirmed labels and carry suggestions apart",
          "[chartdata][suggested]")
{
    const Fixture f;
    const ParetoChart chart = f.pareto(ChartKind::ComplaintsByDimension);
    // Confirmed: timeliness #1 #2 #10 = 3, accuracy #3 #6 = 2; no dimension:
    // #8 and #11 (a suggested service is no dimension) = 2.
    // Suggested: timeliness #5 #7 = 2, accuracy #4 #9 = 2.
    REQUIRE(chart.bars.size() == 3);
    CHECK(barOf(chart, f.timeliness).weight == 3);
    CHECK(barOf(chart, f.timeliness).suggested == 2);
    CHECK(barOf(chart, f.accuracy).weight == 2);
    CHECK(barOf(chart, f.accuracy).suggested == 2);
    CHECK(barOf(chart, QStringLiteral("Not yet classified")).weight == 2);
    CHECK(barOf(chart, QStringLiteral("Not yet classified")).suggested == 0);
    // Accuracy and the unclassified tie at 2: the suggestions break the tie.
    CHECK(chart.bars.at(0).label == f.timeliness);
    CHECK(chart.bars.at(1).label == f.accuracy);
    CHECK(chart.total == 7);
    CHECK(chart.suggested == 4);
    // 3/7, 5/7, 7/7: all three bars to reach 80%.
    CHECK(chart.bars.at(1).cumulativePercent == Approx(500.0 / 7.0));
    CHECK(chart.vitalFew == 3);
}

TEST_CASE("complaints per month stack confirmed dimensions, then suggested ones apart",
          "[chartdata][suggested]")
{
    const Fixture f;
    ChartRequest request;
    request.kind = ChartKind::ComplaintsPerMonth;
    const ChartResult result = f.workbench->charts().chart(request);
    REQUIRE(result.drawable());
    const auto &chart = std::get<ComplaintTrendChart>(*result.drawable());
    REQUIRE(chart.months.size() == 2);
    // Every letter is on the chart: January #1-#5, February #6-#11.
    CHECK(chart.totals == QList<int>{5, 6});
    CHECK(chart.total == 11);
    CHECK(chart.suggested == 4); // #4 #5 #7 #9; #11 has no dimension to suggest
    REQUIRE(chart.series.size() == 5);
    // Confirmed first, suggested after them, the unlabelled on top.
    CHECK_FALSE(chart.series.at(0).suggested);
    CHECK_FALSE(chart.series.at(1).suggested);
    CHECK(chart.series.at(2).suggested);
    CHECK(chart.series.at(3).suggested);
    CHECK(chart.series.at(4).label == QStringLiteral("Not yet labelled"));
    CHECK_FALSE(chart.series.at(4).suggested);

    const ComplaintTrendSeries &timely = seriesOf(chart, f.timeliness);
    CHECK(timely.counts == QList<int>{2, 1});                      // #1 #2 | #10
    CHECK(seriesOf(chart, f.accuracy).counts == QList<int>{1, 1}); // #3 | #6
    const ComplaintTrendSeries &timelySuggested =
        seriesOf(chart, f.timeliness + QStringLiteral(" (suggested, not confirmed)"));
    CHECK(timelySuggested.counts == QList<int>{1, 1}); // #5 | #7
    CHECK(timelySuggested.dimensionId == timely.dimensionId);
    CHECK(timelySuggested.order == timely.order); // so it takes the dimension's colour
    CHECK(seriesOf(chart, f.accuracy + QStringLiteral(" (suggested, not confirmed)")).counts ==
          QList<int>{1, 1});                              // #4 | #9
    CHECK(chart.series.at(4).counts == QList<int>{0, 2}); // #8 #11
    CHECK(chart.note.startsWith(QStringLiteral("4 letter")));
    CHECK(chart.note.contains(QStringLiteral("suggestions only")));
    CHECK(chart.subtitle.contains(chart.note));
}

TEST_CASE("confirming a letter moves it from the suggestions to the counts",
          "[chartdata][suggested]")
{
    const Fixture f;
    ComplaintLetter suggested;
    for (const ComplaintLetter &l : f.workbench->letters().all()) {
        if (l.receivedAt.date() == QDate(2025, 1, 20)) // #4: BIL, accuracy, suggested
            suggested = l;
    }
    REQUIRE(suggested.id != 0);
    REQUIRE(f.workbench->letterService().writeLabels(LetterService::confirmed(suggested)).ok());
    const ParetoChart chart = f.pareto(ChartKind::ComplaintsByService);
    CHECK(barOf(chart, f.billing).weight == 4);
    CHECK(barOf(chart, f.billing).suggested == 2);
    CHECK(chart.suggested == 4);
}

TEST_CASE("a workbench of suggestions only still shows them, and ranks nothing",
          "[chartdata][suggested]")
{
    ReferenceData reference;
    reference.services = {{1, QStringLiteral("CRD"), QStringLiteral("Cards"), {}}};
    QList<ComplaintLetter> letters;
    for (int i = 0; i < 3; ++i) {
        ComplaintLetter l;
        l.serviceId = 1;
        l.labelStatus = LabelStatus::Suggested;
        l.receivedAt = QDateTime(QDate(2025, 5, 1 + i), QTime(9, 0), Qt::UTC);
        letters.append(l);
    }
    const ParetoChart chart = complaintPareto(letters, reference, ComplaintGrouping::Service);
    REQUIRE(chart.bars.size() == 1);
    CHECK(chart.bars.at(0).weight == 0);
    CHECK(chart.bars.at(0).suggested == 3);
    CHECK(chart.total == 0);
    CHECK(chart.vitalFew == 0);
    CHECK(chart.note.startsWith(QStringLiteral("3 letter")));
}

TEST_CASE("the report pack's complaint charts keep the suggestions apart", "[report][suggested]")
{
    const Fixture f;
    const std::optional<ReportPack> pack = buildReportPack(*f.workbench, ReportRequest());
    REQUIRE(pack.has_value());
    REQUIRE(pack->complaints.has_value());
    CHECK(pack->complaints->total == 6);
    CHECK(pack->complaints->suggested == 5);
    REQUIRE(pack->complaintsPerMonth.has_value());
    CHECK(pack->complaintsPerMonth->suggested == 4);
}
