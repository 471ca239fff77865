// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demo/demoworkbenchgenerator.h"
#include "report/reportpack.h"
#include "testsupport.h"

using namespace Yardstick;

TEST_CASE("a report pack of the demo has its headline trends and charts its breached standards",
          "[report][demo]")
{
    auto wb = Testing::memoryWorkbench();
    REQUIRE(DemoWorkbenchGenerator().populate(*wb).ok());
    ReportRequest request;
    request.reportTemplate.maxControlCharts = 2;
    int calls = 0;
    const auto pack = buildReportPack(*wb, request, [&](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return true;
    });
    REQUIRE(pack.has_value());
    CHECK(calls > 3);
    CHECK(pack->period.isValid());
    // The demo names three headline standards (applications, replacements,
    // inquiries).
    CHECK(pack->headlineTrends.size() == 3);
    for (const TrendChart &trend : pack->headlineTrends)
        CHECK(trend.series.first().phases.size() == 2);
    // Every standard breached in the period is listed; two get charts.
    int breachedInPeriod = 0;
    for (const ScorecardRow &row : pack->scorecard.rows)
        breachedInPeriod += row.current.status == ComplianceStatus::Breached ? 1 : 0;
    CHECK(pack->breached.size() == breachedInPeriod);
    REQUIRE(breachedInPeriod >= 2);
    CHECK(pack->breached.at(0).controlChart.has_value() +
              !pack->breached.at(0).chartUnavailable.isEmpty() ==
          1);
    CHECK(pack->breachedNotCharted == breachedInPeriod - 2);
    CHECK(pack->complaints.has_value());
    REQUIRE(pack->complaintsPerMonth.has_value());
    // Every letter received up to the pack's last day.
    int lettersInRange = 0;
    for (const ComplaintLetter &letter : wb->letters().all())
        lettersInRange += letter.receivedAt.date() <= pack->to ? 1 : 0;
    CHECK(lettersInRange > 0);
    CHECK(pack->complaintsPerMonth->total == lettersInRange);
    CHECK(pack->departments.has_value());
    CHECK_FALSE(pack->organisation.isEmpty());
}

TEST_CASE("a report pack leaves out what its template leaves out, and can be cancelled", "[report]")
{
    auto wb = Testing::memoryWorkbench();
    ReportRequest request;
    request.reportTemplate.sections = {ReportSection::Cover, ReportSection::Scorecard};
    const auto pack = buildReportPack(*wb, request);
    REQUIRE(pack.has_value());
    CHECK(pack->headlineTrends.isEmpty());
    CHECK(pack->breached.isEmpty());
    CHECK_FALSE(pack->complaints.has_value());
    CHECK_FALSE(pack->complaintsPerMonth.has_value());
    CHECK_FALSE(pack->heatmap.has_value());
    CHECK(pack->title == QStringLiteral("Service quality report"));

    CHECK_FALSE(buildReportPack(*wb, request, [](int, int) { return false; }).has_value());
}
