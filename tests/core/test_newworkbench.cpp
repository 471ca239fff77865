// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A new workbench is ready for real work (issue 16): the reference dimensions
// and SERVQUAL weights are there, and survey answers go into a survey made
// for them without a demo or a survey defined beforehand.
#include "demo/demoreferencedata.h"
#include "importtestsupport.h"
#include "surveys/surveyimporter.h"
#include "testsupport.h"
#include "workbench/referencedimensions.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// An in-memory workbench as init makes it: the reference dimensions only.
struct NewWorkbench
{
    std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    QTemporaryDir dir;

    NewWorkbench() { REQUIRE(addReferenceDimensions(*workbench).ok()); }
    Workbench &wb() { return *workbench; }

    qint64 dimensionId(const QString &key)
    {
        for (const Dimension &dimension : wb().dimensions().all()) {
            if (dimension.key == key)
                return dimension.id;
        }
        FAIL("no dimension " << key.toStdString());
        return 0;
    }

    ImportSummary import(const QString &fileName, const QByteArray &csv, const QString &wave,
                         const QString &survey = QString())
    {
        const QString path = Testing::writeFixture(dir, fileName, csv);
        SurveyImportOptions options;
        options.wave = wave;
        options.survey = survey;
        options.today = QDate(2026, 4, 1);
        return SurveyImporter(wb()).run(path, options);
    }
};

const QByteArray kLongAnswers = "respondent,item,dimension,expectation,perception\n"
                                "R1,REL1,reliability,7,5\n"
                                "R1,TAN1,Tangibles,5,4\n"
                                "R2,REL1,RELIABILITY,6,6\n"
                                "R2,TAN1,tangibles,6,3\n";

} // namespace

TEST_CASE("a workbench made for real work has the reference dimensions and SERVQUAL weights",
          "[workbench][newworkbench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.yardstick"));
    REQUIRE(Workbench::create(path, Workbench::Contents::ReferenceData).workbench);
    // Read back from the file, as the next session would.
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    const QList<Dimension> dimensions = opened.workbench->dimensions().all();

    QStringList keys, names;
    QHash<QString, std::optional<double>> weights;
    QStringList cardCase;
    for (const Dimension &d : dimensions) {
        keys.append(d.key);
        names.append(d.name);
        weights.insert(d.key, d.servqualWeight);
        if (d.inCardCase)
            cardCase.append(d.key);
    }
    // Responsiveness is one dimension, in the card case and in SERVQUAL.
    CHECK(keys == QStringList{u"timeliness"_s, u"accuracy"_s, u"responsiveness"_s, u"reliability"_s,
                              u"assurance"_s, u"empathy"_s, u"tangibles"_s});
    CHECK(names == QStringList{u"Timeliness"_s, u"Accuracy"_s, u"Responsiveness"_s,
                               u"Reliability"_s, u"Assurance"_s, u"Empathy"_s, u"Tangibles"_s});
    CHECK(cardCase == QStringList{u"timeliness"_s, u"accuracy"_s, u"responsiveness"_s});
    // The classic study's shares (DOMAIN.md): 32/22/19/16/11, which make 100.
    CHECK_FALSE(weights.value(u"timeliness"_s).has_value());
    CHECK_FALSE(weights.value(u"accuracy"_s).has_value());
    CHECK(weights.value(u"reliability"_s) == 0.32);
    CHECK(weights.value(u"responsiveness"_s) == 0.22);
    CHECK(weights.value(u"assurance"_s) == 0.19);
    CHECK(weights.value(u"empathy"_s) == 0.16);
    CHECK(weights.value(u"tangibles"_s) == 0.11);
    double sum = 0;
    for (const auto &weight : std::as_const(weights))
        sum += weight.value_or(0);
    CHECK(sum == Approx(1.0));
}

TEST_CASE("a bare workbench has no dimensions, the reference ones are added only once",
          "[workbench][newworkbench]")
{
    QTemporaryDir dir;
    Workbench::OpenResult bare = Workbench::create(dir.filePath(u"bare.yardstick"_s));
    REQUIRE(bare.workbench);
    CHECK(bare.workbench->dimensions().all().isEmpty());

    // A dimension the analyst renamed keeps its name; the rest are added.
    Dimension renamed{0, u"tangibles"_s, u"Premises and material"_s, false, 0.2};
    REQUIRE(bare.workbench->dimensions().insert(renamed).ok());
    REQUIRE(addReferenceDimensions(*bare.workbench).ok());
    REQUIRE(addReferenceDimensions(*bare.workbench).ok());
    const QList<Dimension> dimensions = bare.workbench->dimensions().all();
    CHECK(dimensions.size() == 7);
    CHECK(dimensions.constFirst().name == u"Premises and material"_s);
    CHECK(dimensions.constFirst().servqualWeight == 0.2);
}

TEST_CASE("the demo's reference data reuses the dimensions a new workbench already has",
          "[workbench][newworkbench][demo]")
{
    NewWorkbench f;
    DemoReferenceData reference;
    REQUIRE(reference.insertInto(f.wb()).ok());
    CHECK(f.wb().dimensions().all().size() == 7);
    CHECK(reference.dimensionId(u"tangibles"_s) == f.dimensionId(u"tangibles"_s));
    CHECK(reference.dimensionId(u"timeliness"_s) == f.dimensionId(u"timeliness"_s));
}

TEST_CASE("a long survey file makes a new workbench's first survey, named after the file",
          "[surveys][import][newworkbench]")
{
    NewWorkbench f;
    const ImportSummary summary = f.import(u"answers.csv"_s, kLongAnswers, u"2026-Q2"_s);
    INFO(summary.summaryLine().toStdString());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 4);
    const std::optional<Survey> survey = f.wb().surveys().findByWave(u"2026-Q2"_s);
    REQUIRE(survey);
    CHECK(survey->name == u"answers"_s);
    REQUIRE(survey->items.size() == 2);
    // Dimension words by key or name, in any case.
    CHECK(survey->items[0].code == u"REL1"_s);
    CHECK(survey->items[0].dimensionId == f.dimensionId(u"reliability"_s));
    CHECK(survey->items[1].code == u"TAN1"_s);
    CHECK(survey->items[1].dimensionId == f.dimensionId(u"tangibles"_s));
    REQUIRE(survey->waves.size() == 1);
    CHECK(survey->waves[0].startsOn == QDate(2026, 4, 1));
    CHECK(summary.notes.contains(
        u"The survey \"answers\" was created; edit its scale and items if they differ."_s));
}

TEST_CASE("a named survey gets the new workbench's first wave under that name",
          "[surveys][import][newworkbench]")
{
    NewWorkbench f;
    REQUIRE(
        f.import(u"answers.csv"_s, kLongAnswers, u"2026-Q2"_s, u"Branch follow-up"_s).committed);
    const QList<Survey> surveys = f.wb().surveys().all();
    REQUIRE(surveys.size() == 1);
    CHECK(surveys[0].name == u"Branch follow-up"_s);
}

TEST_CASE("a wide survey file on a new workbench adds items whose codes name a dimension",
          "[surveys][import][newworkbench]")
{
    NewWorkbench f;
    const QByteArray wide = "respondent,customer_ref,E_tangibles_1,P_tangibles_1,E_Reliability2,"
                            "P_Reliability2\n"
                            "R1,CM-1,5,4,7,6\n"
                            "R2,CM-2,6,6,6,3\n";
    const ImportSummary summary = f.import(u"wide-answers.csv"_s, wide, u"2026-Q2"_s);
    INFO(summary.summaryLine().toStdString());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);
    const std::optional<Survey> survey = f.wb().surveys().findByWave(u"2026-Q2"_s);
    REQUIRE(survey);
    CHECK(survey->name == u"wide-answers"_s);
    REQUIRE(survey->items.size() == 2);
    CHECK(survey->items[0].code == u"tangibles_1"_s);
    CHECK(survey->items[0].dimensionId == f.dimensionId(u"tangibles"_s));
    CHECK(survey->items[1].code == u"Reliability2"_s);
    CHECK(survey->items[1].dimensionId == f.dimensionId(u"reliability"_s));
    CHECK(f.wb().surveyResponses().countOfWave(u"2026-Q2"_s) == 4);

    SECTION("a code that only begins with a dimension's letters names none")
    {
        const ImportSummary refused =
            f.import(u"more.csv"_s, "respondent,E_tangiblesx,P_tangiblesx\nR1,5,4\n", u"2026-Q3"_s,
                     u"Other"_s);
        CHECK_FALSE(refused.committed);
        CHECK(refused.rejections ==
              QList<ImportRejection>{
                  Testing::rejection(
                      u"more.csv"_s, 1, u"E_tangiblesx"_s,
                      u"unknown item \"tangiblesx\": the survey \"Other\" has no such item"_s),
                  Testing::rejection(u"more.csv"_s, 1, u"P_tangiblesx"_s,
                                     u"unknown item \"tangiblesx\": the survey "
                                     "\"Other\" has no such item"_s)});
        CHECK(f.wb().surveys().all().size() == 1);
    }
}

TEST_CASE("a new wave goes to the only survey, and must be placed when there are several",
          "[surveys][import][newworkbench]")
{
    NewWorkbench f;
    REQUIRE(f.import(u"answers.csv"_s, kLongAnswers, u"2026-Q1"_s).committed);

    // One survey: the next quarter joins it, and the note says so.
    const ImportSummary second = f.import(u"q2.csv"_s, kLongAnswers, u"2026-Q2"_s);
    REQUIRE(second.committed);
    REQUIRE(f.wb().surveys().all().size() == 1);
    CHECK(f.wb().surveys().findByWave(u"2026-Q2"_s)->name == u"answers"_s);
    CHECK(second.notes.contains(u"The wave \"2026-Q2\" was added to the survey \"answers\", "
                                "dated 2026-04-01; edit its dates and channel."_s));

    // Two surveys: a wave neither has cannot be guessed.
    REQUIRE(f.import(u"branch.csv"_s, kLongAnswers, u"B-1"_s, u"Branch"_s).committed);
    const ImportSummary third = f.import(u"q3.csv"_s, kLongAnswers, u"2026-Q3"_s);
    CHECK_FALSE(third.committed);
    CHECK(third.rejections ==
          QList<ImportRejection>{Testing::rejection(
              u"q3.csv"_s, 0, u"wave"_s,
              u"no survey has a wave \"2026-Q3\" and the workbench has several surveys "
              "(\"Branch\", \"answers\"); name the survey to add it to"_s)});
    CHECK_FALSE(f.wb().surveys().findByWave(u"2026-Q3"_s));
    CHECK(f.wb().surveyResponses().countOfWave(u"2026-Q3"_s) == 0);
}

TEST_CASE("a failed survey import on a new workbench leaves no survey, wave or answer",
          "[surveys][import][newworkbench]")
{
    NewWorkbench f;
    const ImportSummary summary =
        f.import(u"answers.csv"_s, kLongAnswers + "R3,REL1,reliability,7,99\n", u"2026-Q2"_s);
    CHECK_FALSE(summary.committed);
    CHECK(f.wb().surveys().all().isEmpty());
    CHECK(f.wb().surveyResponses().count() == 0);
}
