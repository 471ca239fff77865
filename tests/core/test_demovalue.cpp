// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata/dollarpareto.h"
#include "demo/demoworkbenchgenerator.h"
#include "support/demovaluefigures.h"
#include "testsupport.h"
#include "workbench/dashboardsnapshot.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace Yardstick;

namespace {

// The demo standard of the service with the title, and its value model.
ValueModel modelOf(Workbench &workbench, const char *codePrefix, const char *title)
{
    for (const Standard &standard : workbench.standardRepository().all()) {
        if (!standard.code.startsWith(QLatin1String(codePrefix)) ||
            standard.title != QLatin1String(title))
            continue;
        const auto model = workbench.valueModels().find(standard.id);
        INFO(standard.code.toStdString());
        REQUIRE(model);
        return *model;
    }
    FAIL("no such demo standard");
    return {};
}

} // namespace

TEST_CASE("a day sooner on the demo's new cards is worth about US$1.4 million a year",
          "[demo][value]")
{
    // DOMAIN.md: about US$0.33 per card, about US$1.4 million a year.
    const ValueModel cards = modelOf(Testing::sharedDemoWorkbench(), "NEW-",
                                     "Mean time for a new card to reach the holder");
    CHECK(cards.valuePerDay == Approx(0.33));
    CHECK(cards.annualValuePerDay() == Approx(1.4e6).epsilon(0.10));
}

TEST_CASE("the demo's faster issuance is worth about US$17.5 million a year", "[demo][value]")
{
    // DOMAIN.md: the time saved on new and replacement cards was worth about
    // US$17.5 million. The demo's applications fall from about 35 to about 15
    // days and its replacements from about 15 to about 2, programme start
    // versus now, as the dashboard compares them.
    Workbench &workbench = Testing::sharedDemoWorkbench();
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(workbench, PeriodKind::Month);
    double issuance = 0;
    QStringList services;
    for (const ValueOfChange &change : snapshot.headlineValues) {
        const QString prefix = change.standard.code.left(4);
        if (prefix == QLatin1String("APP-") || prefix == QLatin1String("REP-")) {
            issuance += change.annualValue;
            services.append(prefix);
        }
        CHECK(change.before.isValid());
        CHECK(change.after == snapshot.scorecard.period);
    }
    CHECK(services.size() == 2);
    CHECK(issuance == Approx(17.5e6).epsilon(0.10));

    // To the dollar, from the stored measurements (demovaluefigures.cpp): the
    // programme starts 2024-03-04, so the baseline is the plain mean of the
    // 14 monthly values 2023-01 to 2024-02 (README, "The baseline of a
    // headline"); "now" is December 2025, the latest complete month.
    // Sample-weighted monthly means, worked in sqlite3:
    //   APP-T-01 35.092816 -> 15.041686 days: 20.051129 x 0.33 x 1,750,000 = 11,579,527.26
    //   REP-T-01 15.176960 ->  2.055046 days: 13.121914 x 0.33 x 1,400,000 =  6,062,324.21
    // 17,641,851.47 a year: the README's US$17.6M.
    const double expected = Testing::demoHeadlineValue(workbench.database().connection(),
                                                       QDate(2025, 12, 1), QDate(2025, 12, 31));
    CHECK(expected == Approx(17'641'851.47).margin(1.0));
    CHECK(issuance == Approx(expected).epsilon(1e-9));
}

TEST_CASE("the demo's dollars at stake are the three standards that miss their target in "
          "December 2025, priced from the stored measurements",
          "[demo][value]")
{
    Workbench &workbench = Testing::sharedDemoWorkbench();
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(workbench, PeriodKind::Month);
    // The demo's measurements end on 2025-12-31, so the latest complete
    // month is December 2025.
    const QDate from(2025, 12, 1);
    const QDate to(2025, 12, 31);
    REQUIRE(snapshot.scorecard.period.start == from);
    REQUIRE(snapshot.scorecard.period.end == to);
    const ParetoChart chart = dollarPareto(snapshot.scorecard, workbench.valueModels().all());

    // Worked out again with SQL over the stored rows (demovaluefigures.cpp):
    // December's sample-weighted mean of the weekly measurements against the
    // target in force. The five value models (all lower-is-better days):
    //   DSP-T-01 40.758812 days, target 30: 10.758812 x 0.40 x 60,000     = 258,211.49
    //   REP-T-01  2.055046 days, target  2:  0.055046 x 0.33 x 1,400,000  =  25,431.25
    //   APP-T-01 15.041686 days, target 15:  0.041686 x 0.33 x 1,750,000  =  24,073.67
    //   NEW-T-05  4.158059 days, target  5: met, nothing at stake
    //   CMP-R-02  7.396991 days, target 10: met, nothing at stake
    // in all 307,716.41 a year; DSP alone is 83.9% of it, so it is the vital few.
    const QList<Testing::DemoDollarsAtStake> expected =
        Testing::demoDollarsAtStake(workbench.database().connection(), from, to);
    REQUIRE(expected.size() == 3);
    CHECK(expected.at(0).code == QLatin1String("DSP-T-01"));
    CHECK(expected.at(0).dollars == Approx(258'211.49).margin(0.5));
    CHECK(expected.at(1).code == QLatin1String("REP-T-01"));
    CHECK(expected.at(1).dollars == Approx(25'431.25).margin(0.5));
    CHECK(expected.at(2).code == QLatin1String("APP-T-01"));
    CHECK(expected.at(2).dollars == Approx(24'073.67).margin(0.5));

    REQUIRE(chart.bars.size() == expected.size());
    double total = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).code.toStdString());
        CHECK(chart.bars.at(i).label == expected.at(i).code);
        CHECK(chart.bars.at(i).weight == Approx(expected.at(i).dollars).epsilon(1e-9));
        total += expected.at(i).dollars;
        CHECK(chart.bars.at(i).cumulativePercent ==
              Approx(100.0 * total / 307'716.41).epsilon(1e-5));
    }
    CHECK(chart.total == Approx(total).epsilon(1e-9));
    CHECK(chart.total == Approx(307'716.41).margin(1.0));
    CHECK(chart.vitalFew == 1);
}
