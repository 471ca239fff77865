// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/surveyservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// A workbench file with the dimensions reliability (weight 0.32) and
// tangibles (0.11), the survey "Follow-up" (scale 1-7, items REL1 and TAN1,
// waves 2024-Q1 and 2024-Q2) and a survey-score standard SQ-REL on
// reliability that the survey feeds.
struct ServiceFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workbench> workbench;
    qint64 reliabilityId = 0;
    qint64 tangiblesId = 0;
    Survey survey;
    Standard standard;

    ServiceFixture()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"surveys.yardstick"_s);
        workbench = std::move(Workbench::create(path).workbench);
        REQUIRE(workbench);
        Service service{0, u"APP"_s, u"Application processing"_s, {}};
        REQUIRE(wb().services().insert(service).ok());
        Department department{0, u"NA"_s, u"New Accounts"_s};
        REQUIRE(wb().departments().insert(department).ok());
        Dimension reliability{0, u"reliability"_s, u"Reliability"_s, false, 0.32};
        REQUIRE(wb().dimensions().insert(reliability).ok());
        reliabilityId = reliability.id;
        Dimension tangibles{0, u"tangibles"_s, u"Tangibles"_s, false, 0.11};
        REQUIRE(wb().dimensions().insert(tangibles).ok());
        tangiblesId = tangibles.id;

        survey.name = u"Follow-up"_s;
        survey.items = {{0, 0, u"REL1"_s, {}, reliabilityId, std::nullopt, 0},
                        {0, 0, u"TAN1"_s, {}, tangiblesId, std::nullopt, 1}};
        survey.waves = {
            {0, 0, u"2024-Q1"_s, QDate(2024, 1, 1), QDate(2024, 3, 31), SurveyChannel::Phone},
            {0, 0, u"2024-Q2"_s, QDate(2024, 4, 1), QDate(2024, 6, 30), SurveyChannel::Phone}};
        REQUIRE(wb().surveys().insert(survey).ok());

        standard.code = u"SQ-REL"_s;
        standard.title = u"Reliability as customers see it"_s;
        standard.serviceId = service.id;
        standard.departmentId = department.id;
        standard.dimensionId = reliabilityId;
        standard.metric = Metric::SurveyScore;
        standard.statistic = Statistic::mean();
        standard.direction = Direction::HigherIsBetter;
        standard.unit = u"points"_s;
        standard.basis = BasisFlag::CustomerExpectation;
        standard.rationale = u"Customers judge us on keeping promises."_s;
        standard.revisions = {{QDate(2024, 1, 1), -0.5, -1.0, u"Set"_s, {}, {}, {}}};
        REQUIRE(wb().catalogue().add(standard).isEmpty());
        REQUIRE(wb().surveys().setFeed({standard.id, survey.id}).ok());
    }
    Workbench &wb() { return *workbench; }
    SurveyService &service() { return workbench->surveyService(); }

    void answer(const QString &wave, const QString &respondent, const QString &item,
                qint64 dimensionId, double e, double p)
    {
        SurveyResponse r;
        r.wave = wave;
        r.respondent = respondent;
        r.item = item;
        r.dimensionId = dimensionId;
        r.expectation = e;
        r.perception = p;
        QList<SurveyResponse> one{r};
        REQUIRE(wb().surveyResponses().insertMany(one).ok());
    }

    QString file(const QByteArray &csv)
    {
        return Testing::writeFixture(dir, u"answers.csv"_s, csv);
    }

    QList<Measurement> surveyMeasurements() { return wb().measurements().forStandard(standard.id); }

    bool hasSurvey(const QString &name)
    {
        const QList<Survey> all = service().surveys();
        return std::any_of(all.cbegin(), all.cend(),
                           [&](const Survey &s) { return s.name == name; });
    }
};

const QByteArray kLongHeader = "respondent,item,dimension,expectation,perception\n";

} // namespace

TEST_CASE("a survey import refreshes the survey-fed measurements in the same action",
          "[surveys][service]")
{
    ServiceFixture f;
    QSignalSpy measurements(&f.service(), &SurveyService::measurementsChanged);
    QSignalSpy surveys(&f.service(), &SurveyService::surveysChanged);
    SurveyImportOptions options;
    options.wave = u"2024-Q1"_s;
    // R1 7 -> 4 (gap -3), R2 6 -> 6 (gap 0): reliability gap -1.5 over 2.
    const ImportSummary summary = f.service().importAnswers(
        f.file(kLongHeader + "R1,REL1,reliability,7,4\nR2,REL1,reliability,6,6\n"), options);
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);

    // No separate refresh: the import alone brought the measurement.
    const QList<Measurement> stored = f.surveyMeasurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].periodStart == QDate(2024, 1, 1));
    CHECK(stored[0].periodEnd == QDate(2024, 3, 31));
    CHECK(stored[0].value == Approx(-1.5));
    CHECK(stored[0].sampleSize == 2);
    CHECK(measurements.count() == 1);
    CHECK(surveys.count() == 1);
}

TEST_CASE("a survey import that fails leaves no survey behind", "[surveys][service]")
{
    ServiceFixture f;
    QSignalSpy surveys(&f.service(), &SurveyService::surveysChanged);
    SurveyImportOptions options;
    options.wave = u"EP-1"_s;
    options.survey = u"Exit poll"_s;
    options.waveDefinition =
        SurveyWave{0, 0, u"EP-1"_s, QDate(2024, 5, 1), QDate(2024, 5, 31), SurveyChannel::InBranch};
    // 99 lies outside the scale 1-7: all or nothing, so nothing.
    const ImportSummary summary = f.service().importAnswers(
        f.file(kLongHeader + "R1,NEW1,reliability,7,5\nR2,NEW1,reliability,7,99\n"), options);
    CHECK_FALSE(summary.committed);
    CHECK(summary.rejected == 1);
    CHECK_FALSE(f.hasSurvey(u"Exit poll"_s));
    CHECK_FALSE(f.wb().surveys().findByWave(u"EP-1"_s));
    CHECK(f.wb().surveyResponses().ofWave(u"EP-1"_s).isEmpty());
    CHECK(surveys.count() == 0);
}

TEST_CASE("a survey import whose measurement refresh fails keeps no survey, wave or answer",
          "[surveys][service]")
{
    ServiceFixture f;
    // Follow-up's 2024-Q1 has an answer, so the refresh writes a measurement
    // for SQ-REL; the file refuses every new measurement.
    f.answer(u"2024-Q1"_s, u"R1"_s, u"REL1"_s, f.reliabilityId, 7, 4);
    f.workbench.reset();
    Testing::execOutsideYardstick(f.path,
                                  {u"CREATE TRIGGER no_room BEFORE INSERT ON measurements "
                                   "BEGIN SELECT RAISE(ABORT, 'no room for measurements'); END"_s});
    f.workbench = std::move(Workbench::open(f.path).workbench);
    REQUIRE(f.workbench);

    SurveyImportOptions options;
    options.wave = u"EP-1"_s;
    options.survey = u"Exit poll"_s;
    const ImportSummary summary = f.service().importAnswers(
        f.file(kLongHeader + "R1,NEW1,reliability,7,5\nR2,NEW1,reliability,6,6\n"), options);
    CHECK_FALSE(summary.committed);
    CHECK(summary.imported == 0);
    REQUIRE_FALSE(summary.rejections.isEmpty());
    CHECK(summary.rejections.constLast().reason.contains(u"no room for measurements"_s));
    CHECK_FALSE(f.hasSurvey(u"Exit poll"_s));
    CHECK_FALSE(f.wb().surveys().findByWave(u"EP-1"_s));
    CHECK(f.wb().surveyResponses().ofWave(u"EP-1"_s).isEmpty());
}

TEST_CASE("a new wave gets the dates and channel given with the import", "[surveys][service]")
{
    ServiceFixture f;
    SurveyImportOptions options;
    options.wave = u"2024-Q3"_s;
    options.survey = u"Follow-up"_s;
    options.today = QDate(2025, 2, 3);
    options.waveDefinition = SurveyWave{
        0, 0, u"2024-Q3"_s, QDate(2024, 7, 1), QDate(2024, 9, 30), SurveyChannel::InBranch};
    // R1 7 -> 6: reliability gap -1 over 1 respondent.
    const ImportSummary summary =
        f.service().importAnswers(f.file(kLongHeader + "R1,REL1,reliability,7,6\n"), options);
    REQUIRE(summary.committed);
    const std::optional<Survey> stored = f.wb().surveys().findByWave(u"2024-Q3"_s);
    REQUIRE(stored);
    CHECK(stored->name == u"Follow-up"_s);
    const SurveyWave *wave = stored->wave(u"2024-Q3"_s);
    REQUIRE(wave);
    CHECK(wave->startsOn == QDate(2024, 7, 1));
    CHECK(wave->endsOn == QDate(2024, 9, 30));
    CHECK(wave->channel == SurveyChannel::InBranch);
    // The measurement takes the wave's own dates, not the import's day.
    const QList<Measurement> stored2 = f.surveyMeasurements();
    REQUIRE(stored2.size() == 1);
    CHECK(stored2[0].periodStart == QDate(2024, 7, 1));
    CHECK(stored2[0].value == Approx(-1.0));
}

TEST_CASE("a wave is analysed beside the previous wave of its survey", "[surveys][service]")
{
    ServiceFixture f;
    // 2024-Q1: R1 reliability 7 -> 4 (-3), tangibles 5 -> 5 (0); R2
    // reliability 6 -> 6 (0).
    f.answer(u"2024-Q1"_s, u"R1"_s, u"REL1"_s, f.reliabilityId, 7, 4);
    f.answer(u"2024-Q1"_s, u"R1"_s, u"TAN1"_s, f.tangiblesId, 5, 5);
    f.answer(u"2024-Q1"_s, u"R2"_s, u"REL1"_s, f.reliabilityId, 6, 6);
    // 2024-Q2: R3 reliability 7 -> 6 (-1), tangibles 5 -> 3 (-2).
    f.answer(u"2024-Q2"_s, u"R3"_s, u"REL1"_s, f.reliabilityId, 7, 6);
    f.answer(u"2024-Q2"_s, u"R3"_s, u"TAN1"_s, f.tangiblesId, 5, 3);

    CHECK(f.service().answeredWaves() == QStringList{u"2024-Q1"_s, u"2024-Q2"_s});
    // No name: the latest wave.
    const WaveAnalysis analysis = f.service().analyseWave();
    CHECK(analysis.result.wave == u"2024-Q2"_s);
    CHECK(analysis.result.respondents == 1);
    // Weights normalised over the two dimensions present: 0.32 and 0.11 of
    // 0.43. Q2: (0.32 x -1 + 0.11 x -2) / 0.43 = -0.54 / 0.43.
    REQUIRE(analysis.result.weightedGap);
    CHECK(*analysis.result.weightedGap == Approx(-0.54 / 0.43));

    // The previous wave's own analysis: reliability (-3 + 0) / 2 = -1.5,
    // tangibles 0 from R1 alone; weighted (0.32 x -1.5 + 0) / 0.43.
    REQUIRE(analysis.previous);
    CHECK(analysis.previous->wave == u"2024-Q1"_s);
    CHECK(analysis.previous->respondents == 2);
    REQUIRE(analysis.previous->dimensions.size() == 2);
    for (const DimensionGap &gap : analysis.previous->dimensions) {
        if (gap.key == u"reliability"_s) {
            CHECK(gap.gap == Approx(-1.5));
            CHECK(gap.n == 2);
        } else {
            CHECK(gap.key == u"tangibles"_s);
            CHECK(gap.gap == Approx(0.0));
            CHECK(gap.n == 1);
        }
    }
    REQUIRE(analysis.previous->weightedGap);
    CHECK(*analysis.previous->weightedGap == Approx(-0.48 / 0.43));
    // The comparison names the same wave and gap.
    REQUIRE(analysis.result.previous);
    CHECK(analysis.result.previous->wave == u"2024-Q1"_s);
    REQUIRE(analysis.result.previous->weightedGap);
    CHECK(*analysis.result.previous->weightedGap == Approx(-0.48 / 0.43));

    // The first wave has nothing before it.
    const WaveAnalysis first = f.service().analyseWave(u"2024-Q1"_s);
    CHECK(first.result.wave == u"2024-Q1"_s);
    CHECK_FALSE(first.previous);
    CHECK_FALSE(first.result.previous);
}

TEST_CASE("saving weights recomputes the survey-fed measurements and says so", "[surveys][service]")
{
    ServiceFixture f;
    Standard overall = f.standard;
    overall.id = 0;
    overall.code = u"SQ-ALL"_s;
    overall.dimensionId = 0;
    // A survey-score standard without a dimension of the survey gets the
    // weighted gap.
    Dimension timeliness{0, u"timeliness"_s, u"Timeliness"_s, true, {}};
    REQUIRE(f.wb().dimensions().insert(timeliness).ok());
    overall.dimensionId = timeliness.id;
    REQUIRE(f.wb().catalogue().add(overall).isEmpty());
    REQUIRE(f.service().feedStandard(overall.id, f.survey.id).ok());
    // Q1: R1 reliability 7 -> 4 (-3), tangibles 5 -> 3 (-2).
    f.answer(u"2024-Q1"_s, u"R1"_s, u"REL1"_s, f.reliabilityId, 7, 4);
    f.answer(u"2024-Q1"_s, u"R1"_s, u"TAN1"_s, f.tangiblesId, 5, 3);
    REQUIRE(f.service().refreshMeasurements().ok());
    // (0.32 x -3 + 0.11 x -2) / 0.43 = -1.18 / 0.43.
    QList<Measurement> all = f.wb().measurements().forStandard(overall.id);
    REQUIRE(all.size() == 1);
    CHECK(all[0].value == Approx(-1.18 / 0.43));

    QSignalSpy measurements(&f.service(), &SurveyService::measurementsChanged);
    // Equal weights: (-3 + -2) / 2 = -2.5.
    REQUIRE(f.service().setWeights({{f.reliabilityId, 0.5}, {f.tangiblesId, 0.5}}).ok());
    all = f.wb().measurements().forStandard(overall.id);
    REQUIRE(all.size() == 1);
    CHECK(all[0].value == Approx(-2.5));
    CHECK(measurements.count() == 1);
}
