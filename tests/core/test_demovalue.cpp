// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata/dollarpareto.h"
#include "demo/demoworkbenchgenerator.h"
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
}

TEST_CASE("some of the demo's value lies in standards missed lately", "[demo][value]")
{
    Workbench &workbench = Testing::sharedDemoWorkbench();
    const DashboardSnapshot snapshot = DashboardSnapshot::compute(workbench, PeriodKind::Month);
    const ParetoChart chart = dollarPareto(snapshot.scorecard, workbench.valueModels().all());
    // The Dollars at stake chart of the demo is not empty.
    CHECK_FALSE(chart.bars.isEmpty());
    CHECK(chart.total > 0);
}
