// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "surveys/servqualloader.h"
#include "surveys/surveymeasurements.h"
#include "testsupport.h"

using namespace Yardstick;

namespace {

// A workbench with two SERVQUAL dimensions (reliability 0.32, tangibles
// 0.11) beside the small catalogue's timeliness, and a helper to store
// answers.
struct LoaderFixture
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    qint64 reliabilityId = 0;
    qint64 tangiblesId = 0;

    LoaderFixture()
    {
        Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"),
                              false, 0.32};
        REQUIRE(wb().dimensions().insert(reliability).ok());
        reliabilityId = reliability.id;
        Dimension tangibles{0, QStringLiteral("tangibles"), QStringLiteral("Tangibles"), false,
                            0.11};
        REQUIRE(wb().dimensions().insert(tangibles).ok());
        tangiblesId = tangibles.id;
    }
    Workbench &wb() { return *catalogue.workbench; }

    void answer(const QString &wave, const QString &respondent, const QString &item,
                qint64 dimensionId, double e, double p, const QString &customerRef = QString())
    {
        SurveyResponse r;
        r.wave = wave;
        r.respondent = respondent;
        r.item = item;
        r.dimensionId = dimensionId;
        r.expectation = e;
        r.perception = p;
        r.customerRef = customerRef;
        QList<SurveyResponse> one{r};
        REQUIRE(wb().surveyResponses().insertMany(one).ok());
    }

    Survey survey(const QString &name, const QList<SurveyWave> &waves)
    {
        Survey s;
        s.name = name;
        s.items = {{0, 0, QStringLiteral("REL1"), {}, reliabilityId, std::nullopt, 0},
                   {0, 0, QStringLiteral("TAN1"), {}, tangiblesId, std::nullopt, 1}};
        s.waves = waves;
        REQUIRE(wb().surveys().insert(s).ok());
        return s;
    }
};

SurveyWave wave(const QString &name, QDate start, QDate end)
{
    return {0, 0, name, start, end, SurveyChannel::Phone};
}

} // namespace

TEST_CASE("waves with answers are listed oldest first by their survey's dates", "[surveys][loader]")
{
    LoaderFixture f;
    // Named so that name order and date order disagree.
    f.survey(QStringLiteral("Follow-up"),
             {wave(QStringLiteral("b-spring"), QDate(2024, 4, 1), QDate(2024, 6, 30)),
              wave(QStringLiteral("a-summer"), QDate(2024, 7, 1), QDate(2024, 9, 30)),
              wave(QStringLiteral("c-never-run"), QDate(2024, 10, 1), QDate(2024, 12, 31))});
    f.answer(QStringLiteral("a-summer"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 6);
    f.answer(QStringLiteral("b-spring"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 4);
    // Answers without a definition come first (no dates), by name.
    f.answer(QStringLiteral("old-2"), QStringLiteral("R1"), QStringLiteral("X"), f.tangiblesId, 5,
             5);
    f.answer(QStringLiteral("old-1"), QStringLiteral("R1"), QStringLiteral("X"), f.tangiblesId, 5,
             5);
    CHECK(servqualWaves(f.wb()) == QStringList{QStringLiteral("old-1"), QStringLiteral("old-2"),
                                               QStringLiteral("b-spring"),
                                               QStringLiteral("a-summer")});
}

TEST_CASE("the loader gives the latest wave with the previous one of its survey",
          "[surveys][loader]")
{
    LoaderFixture f;
    const Survey s =
        f.survey(QStringLiteral("Follow-up"),
                 {wave(QStringLiteral("2024-Q1"), QDate(2024, 1, 1), QDate(2024, 3, 31)),
                  wave(QStringLiteral("2024-Q2"), QDate(2024, 4, 1), QDate(2024, 6, 30))});
    // Another survey's wave between them in time must not be taken as previous.
    f.survey(QStringLiteral("Branch cards"),
             {wave(QStringLiteral("cards-feb"), QDate(2024, 2, 1), QDate(2024, 2, 28))});
    f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 4);
    f.answer(QStringLiteral("cards-feb"), QStringLiteral("R9"), QStringLiteral("REL1"),
             f.reliabilityId, 6, 6);
    f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R2"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 6, QStringLiteral("CM-2"));
    f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R3"), QStringLiteral("TAN1"), f.tangiblesId,
             5, 5);
    ComplaintLetter letter;
    letter.reference = QStringLiteral("L-1");
    letter.receivedAt = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
    letter.customerRef = QStringLiteral("CM-2");
    letter.text = QStringLiteral("My card came late.");
    QList<ComplaintLetter> letters{letter};
    REQUIRE(f.wb().letters().insertMany(letters).ok());

    const ServqualInput input = loadServqualInput(f.wb());
    CHECK(input.wave == QStringLiteral("2024-Q2"));
    REQUIRE(input.responses.size() == 2);
    CHECK(input.responses[0].respondent == QStringLiteral("R2"));
    CHECK(input.previousWave == QStringLiteral("2024-Q1"));
    REQUIRE(input.previousResponses.size() == 1);
    CHECK(input.previousResponses[0].perception == 4);
    REQUIRE(input.survey);
    CHECK(input.survey->id == s.id);
    CHECK(input.dimensions.size() == 3);
    CHECK(input.complainantRefs == QSet<QString>{QStringLiteral("CM-2")});

    const ServqualInput first = loadServqualInput(f.wb(), QStringLiteral("2024-Q1"));
    CHECK(first.responses.size() == 1);
    CHECK(first.previousWave.isEmpty());
    CHECK(first.previousResponses.isEmpty());

    const ServqualInput cards = loadServqualInput(f.wb(), QStringLiteral("cards-feb"));
    REQUIRE(cards.survey);
    CHECK(cards.survey->name == QStringLiteral("Branch cards"));
    CHECK(cards.previousWave.isEmpty());
}

TEST_CASE("answers without a survey are loaded by wave name and without a definition",
          "[surveys][loader]")
{
    LoaderFixture f;
    f.answer(QStringLiteral("W2"), QStringLiteral("R1"), QStringLiteral("REL1"), f.reliabilityId, 7,
             6);
    f.answer(QStringLiteral("W1"), QStringLiteral("R1"), QStringLiteral("REL1"), f.reliabilityId, 7,
             5);
    const ServqualInput input = loadServqualInput(f.wb());
    CHECK(input.wave == QStringLiteral("W2"));
    CHECK_FALSE(input.survey);
    CHECK(input.previousWave == QStringLiteral("W1"));
    CHECK(input.previousResponses.size() == 1);
}

TEST_CASE("a workbench without answers loads an empty input", "[surveys][loader]")
{
    LoaderFixture f;
    CHECK(servqualWaves(f.wb()).isEmpty());
    const ServqualInput input = loadServqualInput(f.wb());
    CHECK(input.wave.isEmpty());
    CHECK(input.responses.isEmpty());
    CHECK_FALSE(input.survey);
}

namespace {

Standard surveyStandard(const LoaderFixture &f, const QString &code, qint64 dimensionId)
{
    Standard s = Testing::turnaroundStandard(f.catalogue, code);
    s.metric = Metric::SurveyScore;
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("points");
    s.dimensionId = dimensionId;
    s.revisions = {
        StandardRevision{QDate(2024, 1, 1), -0.5, -1.0, QStringLiteral("Set"), {}, {}, {}}};
    return s;
}

} // namespace

TEST_CASE("survey-fed standards get one measurement per wave from the gaps", "[surveys][feeds]")
{
    LoaderFixture f;
    const Survey s =
        f.survey(QStringLiteral("Follow-up"),
                 {wave(QStringLiteral("2024-Q1"), QDate(2024, 1, 1), QDate(2024, 3, 31)),
                  wave(QStringLiteral("2024-Q2"), QDate(2024, 4, 1), QDate(2024, 6, 30)),
                  wave(QStringLiteral("2024-Q3"), QDate(2024, 7, 1), QDate(2024, 9, 30))});
    // 2024-Q1: R1 reliability 4-7 = -3, tangibles 5-5 = 0; R2 reliability
    // 6-6 = 0 (R2 answered no tangibles item).
    f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 4);
    f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R1"), QStringLiteral("TAN1"), f.tangiblesId,
             5, 5);
    f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R2"), QStringLiteral("REL1"),
             f.reliabilityId, 6, 6);
    // 2024-Q2: R3 reliability 6-7 = -1, tangibles 3-5 = -2.
    f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R3"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 6);
    f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R3"), QStringLiteral("TAN1"), f.tangiblesId,
             5, 3);
    // 2024-Q3 has no answers and gives no measurement.

    Standard reliability = surveyStandard(f, QStringLiteral("SQ-REL"), f.reliabilityId);
    Standard overall = surveyStandard(f, QStringLiteral("SQ-ALL"), f.catalogue.dimensionId);
    REQUIRE(f.wb().catalogue().add(reliability).isEmpty());
    REQUIRE(f.wb().catalogue().add(overall).isEmpty());
    REQUIRE(f.wb().surveys().setFeed({reliability.id, s.id}).ok());
    REQUIRE(f.wb().surveys().setFeed({overall.id, s.id}).ok());
    // A measurement of another source stays untouched.
    QList<Measurement> typed{{0, reliability.id, QDate(2023, 10, 1), QDate(2023, 12, 31), -2.0, 40,
                              QStringLiteral("ops report")}};
    REQUIRE(f.wb().measurements().insertMany(typed).ok());

    REQUIRE(refreshSurveyMeasurements(f.wb()).ok());
    REQUIRE(refreshSurveyMeasurements(f.wb()).ok()); // replaces, does not add

    const QList<Measurement> rel = f.wb().measurements().forStandard(reliability.id);
    REQUIRE(rel.size() == 3);
    CHECK(rel[0].source == QStringLiteral("ops report"));
    // Reliability gap, Q1: mean of -3 and 0 = -1.5 over 2 respondents.
    CHECK(rel[1].periodStart == QDate(2024, 1, 1));
    CHECK(rel[1].periodEnd == QDate(2024, 3, 31));
    CHECK(rel[1].value == Approx(-1.5));
    CHECK(rel[1].sampleSize == 2);
    CHECK(rel[1].source == QStringLiteral("survey"));
    // Q2: -1 from one respondent.
    CHECK(rel[2].value == Approx(-1.0));
    CHECK(rel[2].sampleSize == 1);

    // Timeliness has no item in the survey: the weighted gap instead, with
    // the weights normalised over reliability and tangibles (0.32 + 0.11).
    // Q1: (0.32 x -1.5 + 0.11 x 0) / 0.43 = -0.48 / 0.43 = -1.116279...
    // Q2: (0.32 x -1 + 0.11 x -2) / 0.43 = -0.54 / 0.43 = -1.255814...
    const QList<Measurement> all = f.wb().measurements().forStandard(overall.id);
    REQUIRE(all.size() == 2);
    CHECK(all[0].value == Approx(-0.48 / 0.43));
    CHECK(all[1].value == Approx(-0.54 / 0.43));
    CHECK(all[1].periodStart == QDate(2024, 4, 1));
}

TEST_CASE("a survey wave without dates feeds no measurement", "[surveys][feeds]")
{
    LoaderFixture f;
    Survey s = f.survey(QStringLiteral("Follow-up"),
                        {wave(QStringLiteral("undated"), QDate(), QDate()),
                         wave(QStringLiteral("2024-Q2"), QDate(2024, 4, 1), QDate(2024, 6, 30))});
    f.answer(QStringLiteral("undated"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 4);
    f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R1"), QStringLiteral("REL1"),
             f.reliabilityId, 7, 5);
    Standard reliability = surveyStandard(f, QStringLiteral("SQ-REL"), f.reliabilityId);
    REQUIRE(f.wb().catalogue().add(reliability).isEmpty());
    REQUIRE(f.wb().surveys().setFeed({reliability.id, s.id}).ok());
    REQUIRE(refreshSurveyMeasurements(f.wb()).ok());
    const QList<Measurement> rel = f.wb().measurements().forStandard(reliability.id);
    REQUIRE(rel.size() == 1);
    CHECK(rel[0].value == Approx(-2.0)); // 5 - 7
}
