// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demo/demoworkbenchgenerator.h"
#include "surveys/servqual.h"
#include "surveys/servqualloader.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSet>

using namespace Yardstick;

namespace {

QString serviceCode(Workbench &workbench, qint64 id)
{
    for (const Service &service : workbench.services().all()) {
        if (service.id == id)
            return service.code;
    }
    return QString();
}

} // namespace

TEST_CASE("the demo has a quarterly follow-up survey for each service with survey standards",
          "[demo][surveys]")
{
    Workbench &demo = Testing::sharedDemoWorkbench();
    const QList<Survey> surveys = demo.surveys().all();
    QSet<QString> services;
    for (const Survey &survey : surveys) {
        INFO(survey.name.toStdString());
        services.insert(serviceCode(demo, survey.serviceId));
        CHECK(survey.scaleMin == 1);
        CHECK(survey.scaleMax == 7);
        CHECK(survey.items.size() >= 18);
        CHECK(survey.items.size() <= 22);
        // Every SERVQUAL dimension is asked about.
        QSet<qint64> dimensions;
        for (const SurveyItem &item : survey.items) {
            CHECK_FALSE(item.text.isEmpty());
            CHECK_FALSE(item.text.contains(QLatin1Char('%')));
            dimensions.insert(item.dimensionId);
        }
        CHECK(dimensions.size() == 5);
        // Three years of quarters, by phone, each with 60 to 80 respondents.
        REQUIRE(survey.waves.size() == 12);
        CHECK(survey.waves.constFirst().startsOn == DemoWorkbenchGenerator::firstWeekStart());
        for (const SurveyWave &wave : survey.waves) {
            CHECK(wave.channel == SurveyChannel::Phone);
            CHECK(wave.startsOn <= wave.endsOn);
            QSet<QString> respondents;
            for (const SurveyResponse &r : demo.surveyResponses().ofWave(wave.name)) {
                respondents.insert(r.respondent);
                REQUIRE_FALSE(r.customerRef.isEmpty());
                REQUIRE(r.expectation);
                REQUIRE(*r.expectation == int(*r.expectation));
                REQUIRE(*r.expectation >= 1);
                REQUIRE(*r.perception <= 7);
            }
            CHECK(respondents.size() >= 60);
            CHECK(respondents.size() <= 80);
        }
    }
    CHECK(services == QSet<QString>{QStringLiteral("APP"), QStringLiteral("NEW"),
                                    QStringLiteral("REP"), QStringLiteral("BIL"),
                                    QStringLiteral("INQ")});
}

TEST_CASE("every demo survey-score standard of the surveyed services is fed from its survey",
          "[demo][surveys]")
{
    Workbench &demo = Testing::sharedDemoWorkbench();
    const QList<SurveyFeed> feeds = demo.surveys().feeds();
    CHECK(feeds.size() == 9); // APP 1, NEW 2, REP 1, BIL 2, INQ 3 (demostandardspecs.cpp)
    for (const SurveyFeed &feed : feeds) {
        const std::optional<Standard> standard = demo.catalogue().standard(feed.standardId);
        REQUIRE(standard);
        INFO(standard->code.toStdString());
        CHECK(standard->metric == Metric::SurveyScore);
        const std::optional<Survey> survey = demo.surveys().find(feed.surveyId);
        REQUIRE(survey);
        CHECK(survey->serviceId == standard->serviceId);
        // One measurement per wave, from the survey only (nothing simulated).
        const QList<Measurement> series = demo.measurements().forStandard(standard->id);
        REQUIRE(series.size() == survey->waves.size());
        for (qsizetype i = 0; i < series.size(); ++i) {
            CHECK(series[i].source == QStringLiteral("survey"));
            CHECK(series[i].periodStart == survey->waves[i].startsOn);
            CHECK(series[i].sampleSize >= 60);
        }
        // Missed before the programme or met throughout; met by the end.
        CHECK(series.constLast().value >= standard->threshold());
        CHECK(series.constLast().value > series.constFirst().value);
    }
}

TEST_CASE("the demo surveys' gaps shrink after the programme, reliability weighing most",
          "[demo][surveys]")
{
    Workbench &demo = Testing::sharedDemoWorkbench();
    for (const Survey &survey : demo.surveys().all()) {
        INFO(survey.name.toStdString());
        const ServqualResult first =
            analyseServqual(loadServqualInput(demo, survey.waves.constFirst().name));
        const ServqualResult last =
            analyseServqual(loadServqualInput(demo, survey.waves.constLast().name));
        REQUIRE(first.weightedGap);
        REQUIRE(last.weightedGap);
        // Clearly negative before (about -1 point), much smaller after.
        CHECK(*first.weightedGap < -0.7);
        CHECK(*last.weightedGap > -0.4);
        CHECK(*last.weightedGap > *first.weightedGap + 0.5);
        // The last wave is compared with the one before it.
        REQUIRE(last.previous);
        CHECK(last.previous->wave == survey.waves.at(survey.waves.size() - 2).name);
        // The gap before the programme is largest in reliability.
        const auto gapOf = [](const ServqualResult &result, const char *key) {
            for (const DimensionGap &gap : result.dimensions) {
                if (gap.key == QLatin1String(key))
                    return gap.gap;
            }
            FAIL("no dimension " << key);
            return 0.0;
        };
        CHECK(gapOf(first, "reliability") < gapOf(first, "tangibles"));
        CHECK(gapOf(first, "responsiveness") < gapOf(first, "empathy"));
        // Stated importance puts reliability above tangibles.
        double reliabilityImportance = 0, tangiblesImportance = 0;
        const ServqualResult stated =
            analyseServqual(loadServqualInput(demo, survey.waves.at(1).name));
        for (const ItemResult &item : stated.items) {
            REQUIRE(item.importance);
            if (item.dimensionKey == QLatin1String("reliability"))
                reliabilityImportance += *item.importance / 4;
            if (item.dimensionKey == QLatin1String("tangibles"))
                tangiblesImportance += *item.importance / 4;
        }
        CHECK(reliabilityImportance > tangiblesImportance + 1);
    }
}

TEST_CASE("most of the demo's dissatisfied respondents never complained", "[demo][surveys]")
{
    Workbench &demo = Testing::sharedDemoWorkbench();
    const Survey survey = demo.surveys().all().constFirst();
    const ServqualResult first =
        analyseServqual(loadServqualInput(demo, survey.waves.constFirst().name));
    INFO(survey.name.toStdString());
    CHECK(first.silentDissatisfied.dissatisfied > 30);
    REQUIRE(first.silentDissatisfied.share);
    CHECK(*first.silentDissatisfied.share >= 0.45);
    CHECK(*first.silentDissatisfied.share <= 0.75);
}
