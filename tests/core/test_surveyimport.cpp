// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtestsupport.h"
#include "surveys/surveyimporter.h"
#include "testsupport.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;

namespace {

// A workbench with reliability and tangibles beside timeliness, and the
// survey "Follow-up" (scale 1-7, items REL1 and TAN1, wave 2024-Q1).
struct ImportFixture
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    QTemporaryDir dir;
    qint64 reliabilityId = 0;
    qint64 tangiblesId = 0;
    Survey survey;

    ImportFixture()
    {
        Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"),
                              false, 0.32};
        REQUIRE(wb().dimensions().insert(reliability).ok());
        reliabilityId = reliability.id;
        Dimension tangibles{0, QStringLiteral("tangibles"), QStringLiteral("Tangibles"), false,
                            0.11};
        REQUIRE(wb().dimensions().insert(tangibles).ok());
        tangiblesId = tangibles.id;
        survey.name = QStringLiteral("Follow-up");
        survey.items = {{0, 0, QStringLiteral("REL1"), {}, reliabilityId, std::nullopt, 0},
                        {0, 0, QStringLiteral("TAN1"), {}, tangiblesId, std::nullopt, 1}};
        survey.waves = {{0, 0, QStringLiteral("2024-Q1"), QDate(2024, 1, 1), QDate(2024, 3, 31),
                         SurveyChannel::Phone}};
        REQUIRE(wb().surveys().insert(survey).ok());
    }
    Workbench &wb() { return *catalogue.workbench; }

    ImportSummary import(const QByteArray &csv, bool skipBad = false,
                         const QString &wave = QStringLiteral("2024-Q1"),
                         const QString &surveyName = QString())
    {
        const QString path = Testing::writeFixture(dir, QStringLiteral("answers.csv"), csv);
        SurveyImportOptions options;
        options.wave = wave;
        options.survey = surveyName;
        options.skipBadRows = skipBad;
        options.today = QDate(2025, 2, 3);
        return SurveyImporter(wb()).run(path, options);
    }
};

const QString kFile = QStringLiteral("answers.csv");

} // namespace

TEST_CASE("a long survey file is imported with dimensions by key or name", "[surveys][import]")
{
    ImportFixture f;
    const ImportSummary summary =
        f.import("respondent,item,dimension,expectation,perception,importance,customer_ref\n"
                 "R1,REL1,reliability,7,5,6,CM-1\n"
                 "R1,TAN1,TANGIBLES,5,,,CM-1\n"
                 "R2,rel1,Reliability,6,6,,\n");
    INFO(summary.summaryLine().toStdString());
    CHECK(summary.rejections.isEmpty());
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 3);
    CHECK(summary.imported == 3);
    const QList<SurveyResponse> stored = f.wb().surveyResponses().ofWave(QStringLiteral("2024-Q1"));
    REQUIRE(stored.size() == 3);
    CHECK(stored[0].respondent == QStringLiteral("R1"));
    CHECK(stored[0].item == QStringLiteral("REL1"));
    CHECK(stored[0].dimensionId == f.reliabilityId);
    CHECK(stored[0].expectation == 7);
    CHECK(stored[0].perception == 5);
    CHECK(stored[0].importance == 6);
    CHECK(stored[0].customerRef == QStringLiteral("CM-1"));
    // An empty cell is a missing answer.
    CHECK(stored[1].item == QStringLiteral("TAN1"));
    CHECK(stored[1].dimensionId == f.tangiblesId);
    CHECK_FALSE(stored[1].perception);
    CHECK_FALSE(stored[1].importance);
    // The item's code as the survey spells it.
    CHECK(stored[2].item == QStringLiteral("REL1"));
    CHECK(stored[2].customerRef.isEmpty());
}

TEST_CASE("a long survey file adds items the survey does not have yet", "[surveys][import]")
{
    ImportFixture f;
    const ImportSummary summary = f.import("respondent,item,dimension,expectation,perception\n"
                                           "R1,REL2,reliability,7,5\n"
                                           "R2,REL2,reliability,6,4\n");
    CHECK(summary.committed);
    const Survey survey = *f.wb().surveys().find(f.survey.id);
    REQUIRE(survey.items.size() == 3);
    CHECK(survey.items[2].code == QStringLiteral("REL2"));
    CHECK(survey.items[2].dimensionId == f.reliabilityId);
    CHECK(survey.items[2].position == 2);
    REQUIRE(summary.notes.size() == 1);
    CHECK(summary.notes[0].contains(QStringLiteral("REL2")));
    CHECK(f.wb().surveyResponses().count() == 2);
}

TEST_CASE("a wide survey file is imported one row per respondent", "[surveys][import]")
{
    ImportFixture f;
    const ImportSummary summary = f.import("respondent;customer_ref;E_REL1;P_REL1;I_REL1;E_TAN1;"
                                           "p_tan1\n"
                                           "R1;CM-1;7;5;6;5;4\n"
                                           "R2;;6;6;;;\n"
                                           "R3;;;;;;\n");
    INFO(summary.summaryLine().toStdString());
    CHECK(summary.rejections.isEmpty());
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 3);
    CHECK(summary.imported == 2); // R3 answered nothing
    const QList<SurveyResponse> stored = f.wb().surveyResponses().ofWave(QStringLiteral("2024-Q1"));
    REQUIRE(stored.size() == 3);
    CHECK(stored[0].item == QStringLiteral("REL1"));
    CHECK(stored[0].importance == 6);
    CHECK(stored[0].customerRef == QStringLiteral("CM-1"));
    CHECK(stored[1].item == QStringLiteral("TAN1"));
    CHECK(stored[1].dimensionId == f.tangiblesId);
    CHECK(stored[1].perception == 4);
    CHECK_FALSE(stored[1].importance);
    CHECK(stored[2].respondent == QStringLiteral("R2"));
    CHECK(stored[2].perception == 6);
}

TEST_CASE("every bad row of a long survey file is rejected with its line and column",
          "[surveys][import]")
{
    ImportFixture f;
    const QByteArray csv = "respondent,item,dimension,expectation,perception\n" // line 1
                           "R1,REL1,reliability,8,5\n"                          // 2
                           "R2,REL1,reliability,x,5\n"                          // 3
                           "R3,REL1,courtesy,6,5\n"                             // 4
                           ",REL1,reliability,6,5\n"                            // 5
                           "R4,REL1,reliability,6\n"                            // 6
                           "R5,REL1,reliability,6,5\n"                          // 7: good
                           "R5,REL1,reliability,6,5\n"                          // 8
                           "R6,REL1,tangibles,6,5\n"                            // 9
                           "R7,REL1,reliability,6,0.5\n";                       // 10
    const QList<ImportRejection> expected = {
        rejection(kFile, 2, u"expectation"_s,
                  QStringLiteral("\"8\" is outside the scale 1\u20137")),
        rejection(kFile, 3, u"expectation"_s, u"\"x\" is not a number"_s),
        rejection(kFile, 4, u"dimension"_s, u"unknown dimension \"courtesy\""_s),
        rejection(kFile, 5, u"respondent"_s, u"the respondent is empty"_s),
        rejection(kFile, 6, u"row"_s, u"wrong number of fields: expected 5, found 4"_s),
        rejection(kFile, 8, u"item"_s,
                  u"respondent \"R5\" answered item \"REL1\" more than once in this file "
                  "(first on line 7)"_s),
        rejection(kFile, 9, u"dimension"_s,
                  u"item \"REL1\" is in the dimension Reliability, not \"tangibles\""_s),
        rejection(kFile, 10, u"perception"_s,
                  QStringLiteral("\"0.5\" is outside the scale 1\u20137")),
    };
    SECTION("all or nothing")
    {
        const ImportSummary summary = f.import(csv);
        CHECK(summary.rejections == expected);
        CHECK(summary.rejected == 8);
        CHECK_FALSE(summary.committed);
        CHECK(summary.imported == 0);
        CHECK(f.wb().surveyResponses().count() == 0);
    }
    SECTION("skipping bad rows keeps the good one")
    {
        const ImportSummary summary = f.import(csv, true);
        CHECK(summary.rejections == expected);
        CHECK(summary.committed);
        CHECK(summary.imported == 1);
        const QList<SurveyResponse> stored = f.wb().surveyResponses().all();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].respondent == QStringLiteral("R5"));
    }
}

TEST_CASE("a wide survey file rejects bad cells, repeated respondents and unknown items",
          "[surveys][import]")
{
    ImportFixture f;
    SECTION("cells and rows")
    {
        const ImportSummary summary = f.import("respondent,E_REL1,P_REL1\n"
                                               "R1,7,9\n"
                                               "R2,seven,5\n"
                                               ",6,5\n"
                                               "R3,6,5\n"
                                               "R3,6,5\n");
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(kFile, 2, u"P_REL1"_s,
                            QStringLiteral("\"9\" is outside the scale 1\u20137")),
                  rejection(kFile, 3, u"E_REL1"_s, u"\"seven\" is not a number"_s),
                  rejection(kFile, 4, u"respondent"_s, u"the respondent is empty"_s),
                  rejection(kFile, 6, u"respondent"_s,
                            u"respondent \"R3\" has more than one row in this file (first on "
                            "line 5)"_s)});
        CHECK_FALSE(summary.committed);
        CHECK(f.wb().surveyResponses().count() == 0);
    }
    SECTION("a column for an item the survey does not define")
    {
        const ImportSummary summary = f.import("respondent,E_REL1,P_REL1,E_FOO,P_FOO\n"
                                               "R1,7,5,6,6\n",
                                               true);
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(kFile, 1, u"E_FOO"_s,
                            u"unknown item \"FOO\": the survey \"Follow-up\" has no such item"_s),
                  rejection(kFile, 1, u"P_FOO"_s,
                            u"unknown item \"FOO\": the survey \"Follow-up\" has no such item"_s)});
        CHECK(summary.fileRejected);
        CHECK_FALSE(summary.committed);
        CHECK(f.wb().surveyResponses().count() == 0);
    }
}

TEST_CASE("a header of neither layout or without its columns is refused", "[surveys][import]")
{
    ImportFixture f;
    ImportSummary summary = f.import("who,what\nR1,REL1\n");
    REQUIRE(summary.rejections.size() == 1);
    CHECK(summary.rejections[0].line == 1);
    CHECK(summary.fileRejected);
    summary = f.import("respondent,item,expectation,perception\nR1,REL1,7,5\n");
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(kFile, 1, u"dimension"_s, u"the header has no column \"dimension\""_s)});
    CHECK(f.wb().surveyResponses().count() == 0);
}

TEST_CASE("re-importing the same answers skips them as duplicates, different ones conflict",
          "[surveys][import]")
{
    ImportFixture f;
    const QByteArray csv = "respondent,item,dimension,expectation,perception\n"
                           "R1,REL1,reliability,7,5\n"
                           "R2,REL1,reliability,6,6\n";
    REQUIRE(f.import(csv).committed);
    const ImportSummary again = f.import(csv);
    CHECK(again.committed);
    CHECK(again.rejections.isEmpty());
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 2);
    CHECK(f.wb().surveyResponses().count() == 2);

    const ImportSummary changed = f.import("respondent,E_REL1,P_REL1\n"
                                           "R1,7,5\n"
                                           "R2,6,3\n");
    CHECK(changed.rejections ==
          QList<ImportRejection>{rejection(
              kFile, 3, u"respondent"_s,
              u"respondent \"R2\" already has a different answer to item \"REL1\" in wave "
              "\"2024-Q1\""_s)});
    CHECK_FALSE(changed.committed);
    CHECK(f.wb().surveyResponses().ofWave(QStringLiteral("2024-Q1"))[1].perception == 6);
}

TEST_CASE("a wave no survey has goes to the named survey, else to the only one",
          "[surveys][import]")
{
    ImportFixture f;
    const QByteArray csv = "respondent,item,dimension,expectation,perception\n"
                           "R1,REL1,reliability,7,5\n";
    // Follow-up is the workbench's only survey: the wave can go nowhere else.
    ImportSummary summary = f.import(csv, false, QStringLiteral("2024-Q2"));
    CHECK(summary.committed);
    Survey followUp = *f.wb().surveys().find(f.survey.id);
    REQUIRE(followUp.waves.size() == 2);
    CHECK(followUp.waves[1].name == QStringLiteral("2024-Q2"));
    CHECK(followUp.waves[1].startsOn == QDate(2025, 2, 3)); // options.today

    // Named in any case.
    summary = f.import(csv, false, QStringLiteral("2024-Q3"), QStringLiteral("follow-up"));
    CHECK(summary.committed);
    followUp = *f.wb().surveys().find(f.survey.id);
    REQUIRE(followUp.waves.size() == 3);
    CHECK(followUp.waves[2].name == QStringLiteral("2024-Q3"));

    // A survey that does not exist yet is created with the wave.
    summary = f.import(csv, false, QStringLiteral("branch-1"), QStringLiteral("Branch cards"));
    CHECK(summary.committed);
    const std::optional<Survey> cards = f.wb().surveys().findByWave(QStringLiteral("branch-1"));
    REQUIRE(cards);
    CHECK(cards->name == QStringLiteral("Branch cards"));
    REQUIRE(cards->items.size() == 1);
    CHECK(cards->items[0].code == QStringLiteral("REL1"));
    CHECK(f.wb().surveyResponses().countOfWave(QStringLiteral("branch-1")) == 1);

    // A wave of one survey cannot be imported as another's.
    summary = f.import(csv, false, QStringLiteral("2024-Q1"), QStringLiteral("Branch cards"));
    CHECK_FALSE(summary.committed);
    REQUIRE(summary.rejections.size() == 1);
    CHECK(summary.rejections[0].column == QStringLiteral("wave"));
}

TEST_CASE("a failed or cancelled survey import leaves the workbench file as it was",
          "[surveys][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("atomic.yardstick"));
    {
        Workbench::OpenResult made = Workbench::create(path);
        REQUIRE(made.workbench);
        Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"),
                              false, 0.32};
        REQUIRE(made.workbench->dimensions().insert(reliability).ok());
        Survey s;
        s.name = QStringLiteral("Follow-up");
        s.waves = {{0, 0, QStringLiteral("W1"), QDate(2024, 1, 1), QDate(2024, 3, 31),
                    SurveyChannel::Mail}};
        REQUIRE(made.workbench->surveys().insert(s).ok());
    }
    const QByteArray before = Testing::sha256OfFile(path);
    QByteArray longFile = "respondent,item,dimension,expectation,perception\n";
    for (int i = 0; i < 5000; ++i)
        longFile += "R" + QByteArray::number(i) + ",REL1,reliability,7,5\n";
    const QString bad = Testing::writeFixture(
        dir, QStringLiteral("bad.csv"),
        "respondent,item,dimension,expectation,perception\nR1,NEW1,reliability,7,5\n"
        "R2,NEW1,reliability,7,99\n");
    const QString big = Testing::writeFixture(dir, QStringLiteral("big.csv"), longFile);
    for (int kind = 0; kind < 3; ++kind) {
        Workbench::OpenResult opened = Workbench::open(path);
        REQUIRE(opened.workbench);
        SurveyImportOptions options;
        options.wave = kind == 2 ? QStringLiteral("W-new") : QStringLiteral("W1");
        if (kind == 2)
            options.survey = QStringLiteral("Another");
        ImportSummary summary;
        if (kind == 1) {
            options.progress = [](qint64, qint64) {
                return false;
            };
            summary = SurveyImporter(*opened.workbench).run(big, options);
            CHECK(summary.cancelled);
        } else {
            // A new item (and for kind 2 a new survey and wave) would have
            // been written with the good row.
            summary = SurveyImporter(*opened.workbench).run(bad, options);
            CHECK(summary.rejected == 1);
        }
        CHECK_FALSE(summary.committed);
    }
    CHECK(Testing::sha256OfFile(path) == before);
}
