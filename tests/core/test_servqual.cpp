// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveys/servqual.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

constexpr qint64 kReliability = 1;
constexpr qint64 kResponsiveness = 2;
constexpr qint64 kTangibles = 5;
constexpr qint64 kTimeliness = 6;

// The default SERVQUAL weights of DOMAIN.md for the three SERVQUAL ones, and
// the card case's timeliness, which has none.
QList<Dimension> dimensions()
{
    return {
        Dimension{kReliability, QStringLiteral("reliability"), QStringLiteral("Reliability"), false,
                  0.32},
        Dimension{kResponsiveness, QStringLiteral("responsiveness"),
                  QStringLiteral("Responsiveness"), true, 0.22},
        Dimension{kTangibles, QStringLiteral("tangibles"), QStringLiteral("Tangibles"), false,
                  0.11},
        Dimension{kTimeliness, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true,
                  std::nullopt},
    };
}

SurveyResponse answer(const char *wave, const char *respondent, const char *item,
                      qint64 dimensionId, std::optional<double> expectation,
                      std::optional<double> perception,
                      std::optional<double> importance = std::nullopt, const char *ref = "")
{
    SurveyResponse r;
    r.wave = QString::fromUtf8(wave);
    r.respondent = QString::fromUtf8(respondent);
    r.item = QString::fromUtf8(item);
    r.dimensionId = dimensionId;
    r.expectation = expectation;
    r.perception = perception;
    r.importance = importance;
    r.customerRef = QString::fromUtf8(ref);
    return r;
}

SurveyItem surveyItem(const char *code, qint64 dimensionId, std::optional<double> importance,
                      int position)
{
    SurveyItem item;
    item.code = QString::fromUtf8(code);
    item.text = QStringLiteral("Text of ") + item.code;
    item.dimensionId = dimensionId;
    item.importance = importance;
    item.position = position;
    return item;
}

// The small survey of these tests, wave W2 (E, P on a 1..7 scale; gap = P - E):
//
//   resp ref  REL1       REL2       RES1       TIM1
//   A    C1   7 5 (-2)   6 5 (-1)   6 6 (0)    5 4 (-1)   importance of REL1: 7
//   B    C2   6 6 (0)    5 6 (+1)   7 4 (-3)              importance of REL1: 6
//   C    C3   7 4 (-3)   7 -  (no gap)  5 6 (+1)
//   D    -    - 5 (perception only)  6 3 (-3)
//
// A's customer reference is only on its second row. The survey defines the
// items in the order RES1, REL1, REL2 with importance 6, 3 and 5; TIM1 is not
// in the definition. Tangibles is in the dimension list but unanswered.
ServqualInput smallSurvey()
{
    ServqualInput input;
    input.wave = QStringLiteral("W2");
    input.dimensions = dimensions();
    input.responses = {
        answer("W2", "A", "REL1", kReliability, 7, 5, 7),
        answer("W2", "A", "REL2", kReliability, 6, 5, std::nullopt, "C1"),
        answer("W2", "A", "RES1", kResponsiveness, 6, 6),
        answer("W2", "A", "TIM1", kTimeliness, 5, 4),
        answer("W2", "B", "REL1", kReliability, 6, 6, 6, "C2"),
        answer("W2", "B", "REL2", kReliability, 5, 6, std::nullopt, "C2"),
        answer("W2", "B", "RES1", kResponsiveness, 7, 4, std::nullopt, "C2"),
        answer("W2", "C", "REL1", kReliability, 7, 4, std::nullopt, "C3"),
        answer("W2", "C", "REL2", kReliability, 7, std::nullopt, std::nullopt, "C3"),
        answer("W2", "C", "RES1", kResponsiveness, 5, 6, std::nullopt, "C3"),
        answer("W2", "D", "REL1", kReliability, std::nullopt, 5),
        answer("W2", "D", "RES1", kResponsiveness, 6, 3),
    };
    Survey survey;
    survey.name = QStringLiteral("Card service");
    survey.items = {surveyItem("RES1", kResponsiveness, 6, 0),
                    surveyItem("REL1", kReliability, 3, 1), surveyItem("REL2", kReliability, 5, 2)};
    input.survey = survey;
    input.complainantRefs = {QStringLiteral("C2")};
    return input;
}

const DimensionGap &dimension(const ServqualResult &result, const char *key)
{
    for (const DimensionGap &gap : result.dimensions) {
        if (gap.key == QLatin1String(key))
            return gap;
    }
    FAIL("no dimension " << key);
    return result.dimensions.constFirst();
}

const ItemResult &item(const ServqualResult &result, const char *code)
{
    for (const ItemResult &i : result.items) {
        if (i.item == QLatin1String(code))
            return i;
    }
    FAIL("no item " << code);
    return result.items.constFirst();
}

QStringList codes(const QList<ItemResult> &items)
{
    QStringList list;
    for (const ItemResult &i : items)
        list.append(i.item);
    return list;
}

} // namespace

TEST_CASE("SERVQUAL lists the answered dimensions in the given order", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    CHECK(result.wave == QStringLiteral("W2"));
    CHECK(result.respondents == 4);
    REQUIRE(result.dimensions.size() == 3); // tangibles has no answers
    CHECK(result.dimensions[0].key == QStringLiteral("reliability"));
    CHECK(result.dimensions[1].key == QStringLiteral("responsiveness"));
    CHECK(result.dimensions[2].key == QStringLiteral("timeliness"));
    CHECK(result.dimensions[0].name == QStringLiteral("Reliability"));
    CHECK(result.dimensions[0].dimensionId == kReliability);
}

TEST_CASE("a dimension's gap is the mean of the respondents' own mean gaps", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());

    // Reliability: A (-2 - 1) / 2 = -1.5 (E 6.5, P 5); B (0 + 1) / 2 = 0.5
    // (E 5.5, P 6); C -3 (REL2 has no perception, so only REL1: E 7, P 4); D
    // answered REL1's perception only, so has no reliability gap. n = 3.
    // gap = (-1.5 + 0.5 - 3) / 3 = -4/3; E = (6.5 + 5.5 + 7) / 3 = 19/3;
    // P = (5 + 6 + 4) / 3 = 5.
    // sd: deviations -1/6, 11/6, -5/3; squares sum 37/6; / 2 = 37/12;
    // sd = 1.7559423. t(0.975, 2) = 4.303 (t table), half width
    // 4.303 x 1.7559423 / sqrt 3 = 4.3624, CI -5.6957 .. 3.0290.
    const DimensionGap &reliability = dimension(result, "reliability");
    CHECK(reliability.n == 3);
    CHECK(reliability.gap == Approx(-4.0 / 3.0));
    CHECK(reliability.expectation == Approx(19.0 / 3.0));
    CHECK(reliability.perception == Approx(5.0));
    REQUIRE(reliability.sd);
    CHECK(*reliability.sd == Approx(1.7559423).epsilon(1e-7));
    REQUIRE(reliability.ciLow);
    REQUIRE(reliability.ciHigh);
    CHECK(*reliability.ciLow == Approx(-4.0 / 3.0 - 4.3624).margin(0.002));
    CHECK(*reliability.ciHigh == Approx(-4.0 / 3.0 + 4.3624).margin(0.002));

    // Responsiveness: A 0, B -3, C +1, D -3; n = 4, gap -5/4, E (6+7+5+6)/4 =
    // 6, P (6+4+6+3)/4 = 4.75. Deviations 1.25, -1.75, 2.25, -1.75; squares
    // sum 12.75; / 3 = 4.25; sd = 2.0615528. t(0.975, 3) = 3.182, half width
    // 3.182 x 2.0615528 / 2 = 3.2799.
    const DimensionGap &responsiveness = dimension(result, "responsiveness");
    CHECK(responsiveness.n == 4);
    CHECK(responsiveness.gap == Approx(-1.25));
    CHECK(responsiveness.expectation == Approx(6.0));
    CHECK(responsiveness.perception == Approx(4.75));
    REQUIRE(responsiveness.sd);
    CHECK(*responsiveness.sd == Approx(2.0615528).epsilon(1e-7));
    CHECK(*responsiveness.ciLow == Approx(-1.25 - 3.2799).margin(0.002));
    CHECK(*responsiveness.ciHigh == Approx(-1.25 + 3.2799).margin(0.002));
}

TEST_CASE("one respondent gives a gap but no spread or interval", "[servqual]")
{
    // The result is kept: a reference into a temporary would dangle (found
    // by scripts/dev sanitize).
    const ServqualResult result = analyseServqual(smallSurvey());
    const DimensionGap &timeliness = dimension(result, "timeliness");
    CHECK(timeliness.n == 1);
    CHECK(timeliness.gap == Approx(-1.0));
    CHECK_FALSE(timeliness.sd);
    CHECK_FALSE(timeliness.ciLow);
    CHECK_FALSE(timeliness.ciHigh);
}

TEST_CASE("the weighted score normalises the weights over the dimensions present", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    // Present and weighted: reliability 0.32 and responsiveness 0.22 (sum
    // 0.54); tangibles is absent, timeliness has no weight.
    // Weights 0.32 / 0.54 = 16/27 and 0.22 / 0.54 = 11/27.
    CHECK(dimension(result, "reliability").weight == Approx(16.0 / 27.0));
    CHECK(dimension(result, "responsiveness").weight == Approx(11.0 / 27.0));
    CHECK(dimension(result, "timeliness").weight == 0);
    // 16/27 x (-4/3) + 11/27 x (-5/4) = -64/81 - 55/108 = -421/324 = -1.2993827.
    REQUIRE(result.weightedGap);
    CHECK(*result.weightedGap == Approx(-421.0 / 324.0));
}

TEST_CASE("a respondent's weighted gap normalises over their own dimensions", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    REQUIRE(result.respondentGaps.size() == 4);
    const RespondentGap &a = result.respondentGaps[0];
    const RespondentGap &b = result.respondentGaps[1];
    const RespondentGap &c = result.respondentGaps[2];
    const RespondentGap &d = result.respondentGaps[3];
    CHECK(a.respondent == QStringLiteral("A"));
    CHECK(d.respondent == QStringLiteral("D"));
    // A: (0.32 x -1.5 + 0.22 x 0) / 0.54 = -8/9 (timeliness carries no weight).
    REQUIRE(a.weightedGap);
    CHECK(*a.weightedGap == Approx(-8.0 / 9.0));
    // B: (0.32 x 0.5 + 0.22 x -3) / 0.54 = -0.5 / 0.54 = -25/27.
    CHECK(*b.weightedGap == Approx(-25.0 / 27.0));
    // C: (0.32 x -3 + 0.22 x 1) / 0.54 = -0.74 / 0.54 = -37/27.
    CHECK(*c.weightedGap == Approx(-37.0 / 27.0));
    // D answered only responsiveness: its own gap, -3.
    CHECK(*d.weightedGap == Approx(-3.0));
    // The first non-empty reference on any of the respondent's rows.
    CHECK(a.customerRef == QStringLiteral("C1"));
    CHECK(d.customerRef.isEmpty());
}

TEST_CASE("a respondent with only unweighted dimensions has no weighted gap", "[servqual]")
{
    ServqualInput input;
    input.wave = QStringLiteral("W");
    input.dimensions = dimensions();
    input.responses = {answer("W", "T", "TIM1", kTimeliness, 6, 4)};
    const ServqualResult result = analyseServqual(input);
    REQUIRE(result.respondentGaps.size() == 1);
    CHECK_FALSE(result.respondentGaps[0].weightedGap);
    CHECK_FALSE(result.weightedGap);
    REQUIRE(result.dimensions.size() == 1);
    CHECK(result.dimensions[0].gap == Approx(-2.0));
}

TEST_CASE("items follow the survey's order, then the undefined ones by code", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    CHECK(codes(result.items) == QStringList{QStringLiteral("RES1"), QStringLiteral("REL1"),
                                             QStringLiteral("REL2"), QStringLiteral("TIM1")});
    CHECK(item(result, "REL1").text == QStringLiteral("Text of REL1"));
    CHECK(item(result, "TIM1").text.isEmpty());
    CHECK(item(result, "TIM1").dimensionKey == QStringLiteral("timeliness"));
    CHECK(item(result, "RES1").dimensionKey == QStringLiteral("responsiveness"));
}

TEST_CASE("an item's gap counts only paired answers, its performance every perception",
          "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    // REL1: gaps A -2, B 0, C -3 -> n 3, gap -5/3; perceptions 5, 6, 4 and
    // D's lone 5 -> performance 20 / 4 = 5.
    CHECK(item(result, "REL1").n == 3);
    CHECK(item(result, "REL1").gap == Approx(-5.0 / 3.0));
    CHECK(*item(result, "REL1").performance == Approx(5.0));
    // REL2: A -1, B +1 (C's expectation alone does not count) -> n 2, gap 0;
    // performance (5 + 6) / 2 = 5.5.
    CHECK(item(result, "REL2").n == 2);
    CHECK(item(result, "REL2").gap == Approx(0.0).margin(1e-12));
    CHECK(*item(result, "REL2").performance == Approx(5.5));
    // RES1: 0, -3, +1, -3 -> gap -1.25; performance (6+4+6+3)/4 = 4.75.
    CHECK(item(result, "RES1").n == 4);
    CHECK(item(result, "RES1").gap == Approx(-1.25));
    CHECK(*item(result, "RES1").performance == Approx(4.75));
}

TEST_CASE("importance is the respondents' stated mean, else the survey's own", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    // REL1: A said 7, B said 6 -> 6.5 (the survey's 3 is overridden).
    CHECK(*item(result, "REL1").importance == Approx(6.5));
    // REL2 and RES1: nobody rated them; the survey says 5 and 6.
    CHECK(*item(result, "REL2").importance == Approx(5.0));
    CHECK(*item(result, "RES1").importance == Approx(6.0));
    // TIM1: neither, so no importance and no place in the grid.
    CHECK_FALSE(item(result, "TIM1").importance);
    CHECK_FALSE(item(result, "TIM1").quadrant);
}

TEST_CASE("items fall into the importance-performance quadrants around the means", "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    // Placed items: REL1 (6.5, 5), REL2 (5, 5.5), RES1 (6, 4.75).
    // Crosshair: importance 17.5 / 3 = 5.8333, performance 15.25 / 3 = 5.0833.
    REQUIRE(result.importanceMean);
    REQUIRE(result.performanceMean);
    CHECK(*result.importanceMean == Approx(17.5 / 3.0));
    CHECK(*result.performanceMean == Approx(15.25 / 3.0));
    CHECK(item(result, "REL1").quadrant == ImportanceQuadrant::ConcentrateHere);
    CHECK(item(result, "RES1").quadrant == ImportanceQuadrant::ConcentrateHere);
    CHECK(item(result, "REL2").quadrant == ImportanceQuadrant::PossibleOverkill);
    // Improve first: concentrate-here by importance (REL1 6.5 before RES1 6),
    // then the possible overkill; TIM1 has no quadrant.
    CHECK(codes(result.improveFirst()) ==
          QStringList{QStringLiteral("REL1"), QStringLiteral("RES1"), QStringLiteral("REL2")});
}

TEST_CASE("a value equal to the crosshair's mean counts as high", "[servqual]")
{
    // Importance from the definition: X 4, Y 6, Z 5 -> mean 5. Perceptions
    // X 4, Y 6, Z 5 -> mean 5. Z sits on both means: high and high, keep up.
    ServqualInput input;
    input.wave = QStringLiteral("Q");
    input.dimensions = dimensions();
    input.responses = {answer("Q", "R1", "X", kReliability, 6, 4),
                       answer("Q", "R1", "Y", kReliability, 6, 6),
                       answer("Q", "R1", "Z", kReliability, 6, 5)};
    Survey survey;
    survey.items = {surveyItem("X", kReliability, 4, 0), surveyItem("Y", kReliability, 6, 1),
                    surveyItem("Z", kReliability, 5, 2)};
    input.survey = survey;
    const ServqualResult result = analyseServqual(input);
    CHECK(item(result, "X").quadrant == ImportanceQuadrant::LowPriority);
    CHECK(item(result, "Y").quadrant == ImportanceQuadrant::KeepUp);
    CHECK(item(result, "Z").quadrant == ImportanceQuadrant::KeepUp);
    // Keep-up items by importance: Y (6) before Z (5); then the low priority.
    CHECK(codes(result.improveFirst()) ==
          QStringList{QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("X")});
}

TEST_CASE("within a quadrant, equal importance puts the lower performance first", "[servqual]")
{
    // Importance 7, 7, 3 -> mean 17/3; performance 3, 2, 6 -> mean 11/3.
    // A (7, 3) and B (7, 2) are concentrate-here; B, doing worse, comes first.
    ServqualInput input;
    input.wave = QStringLiteral("Q");
    input.dimensions = dimensions();
    input.responses = {answer("Q", "R1", "B", kReliability, 6, 2, 7),
                       answer("Q", "R1", "A", kReliability, 6, 3, 7),
                       answer("Q", "R1", "C", kReliability, 6, 6, 3)};
    const ServqualResult result = analyseServqual(input);
    CHECK(codes(result.items) ==
          QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(item(result, "A").quadrant == ImportanceQuadrant::ConcentrateHere);
    CHECK(item(result, "B").quadrant == ImportanceQuadrant::ConcentrateHere);
    CHECK(item(result, "C").quadrant == ImportanceQuadrant::PossibleOverkill);
    CHECK(codes(result.improveFirst()) ==
          QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")});
}

TEST_CASE("the silent dissatisfied are the negative ones with a reference who never wrote",
          "[servqual]")
{
    const ServqualResult result = analyseServqual(smallSurvey());
    // All four have a negative weighted gap; D has no customer reference, so
    // three qualify (C1, C2, C3). C2 wrote a letter: 2 of 3 never complained.
    CHECK(result.silentDissatisfied.dissatisfied == 3);
    CHECK(result.silentDissatisfied.neverComplained == 2);
    REQUIRE(result.silentDissatisfied.share);
    CHECK(*result.silentDissatisfied.share == Approx(2.0 / 3.0));
}

TEST_CASE("satisfied respondents do not count among the silent dissatisfied", "[servqual]")
{
    ServqualInput input;
    input.wave = QStringLiteral("W");
    input.dimensions = dimensions();
    // S is satisfied (+1), Z is exactly met (0): neither is dissatisfied.
    input.responses = {answer("W", "S", "REL1", kReliability, 5, 6, std::nullopt, "K1"),
                       answer("W", "Z", "REL1", kReliability, 5, 5, std::nullopt, "K2")};
    const ServqualResult result = analyseServqual(input);
    CHECK(result.silentDissatisfied.dissatisfied == 0);
    CHECK(result.silentDissatisfied.neverComplained == 0);
    CHECK_FALSE(result.silentDissatisfied.share);
}

TEST_CASE("the change from the previous wave is Welch's test on respondents' weighted gaps",
          "[servqual]")
{
    ServqualInput input = smallSurvey();
    input.previousWave = QStringLiteral("W1");
    // W1: reliability only, gaps 0, -1, +1: weighted gaps 0, -1, 1 (mean 0,
    // variance 1), and the wave's weighted gap is reliability's gap, 0.
    input.previousResponses = {answer("W1", "P1", "REL1", kReliability, 6, 6),
                               answer("W1", "P2", "REL1", kReliability, 6, 5),
                               answer("W1", "P3", "REL1", kReliability, 5, 6)};
    const ServqualResult result = analyseServqual(input);
    REQUIRE(result.previous);
    CHECK(result.previous->wave == QStringLiteral("W1"));
    REQUIRE(result.previous->weightedGap);
    CHECK(*result.previous->weightedGap == Approx(0.0).margin(1e-12));
    // W2's weighted gaps: -24/27, -25/27, -37/27, -81/27; mean -167/108 =
    // -1.5462963; in 108ths the deviations are 71, 67, 19, -157, squares sum
    // 34540 / 108^2, variance / 3 = 8635/8748 = 0.9870828.
    // se^2 = 0.9870828 / 4 + 1 / 3 = 20299/34992 = 0.5801040.
    // t = -1.5462963 / sqrt(0.5801040) = -2.0302045.
    // df = se^4 / ((0.2467707^2) / 3 + (1/3)^2 / 2) = 4.4364177.
    // p = 2 P(T >= 2.0302045) with 4.4364 df = 0.1052657 (the t density
    // integrated with mpmath.quad).
    REQUIRE(result.previous->t);
    CHECK(*result.previous->t == Approx(-2.0302045).epsilon(1e-7));
    CHECK(*result.previous->df == Approx(4.4364177).epsilon(1e-7));
    CHECK(*result.previous->p == Approx(0.1052657).epsilon(1e-6));
}

TEST_CASE("no previous wave, no comparison, a tiny previous wave, no test", "[servqual]")
{
    CHECK_FALSE(analyseServqual(smallSurvey()).previous);

    ServqualInput input = smallSurvey();
    input.previousWave = QStringLiteral("W1");
    input.previousResponses = {answer("W1", "P1", "REL1", kReliability, 6, 5)};
    const ServqualResult result = analyseServqual(input);
    REQUIRE(result.previous);
    CHECK(*result.previous->weightedGap == Approx(-1.0));
    CHECK_FALSE(result.previous->t);
    CHECK_FALSE(result.previous->df);
    CHECK_FALSE(result.previous->p);
}

TEST_CASE("quadrants have stable keys and display names", "[servqual]")
{
    CHECK(importanceQuadrantKey(ImportanceQuadrant::ConcentrateHere) ==
          QStringLiteral("concentrate_here"));
    CHECK(importanceQuadrantKey(ImportanceQuadrant::KeepUp) == QStringLiteral("keep_up"));
    CHECK(importanceQuadrantKey(ImportanceQuadrant::LowPriority) == QStringLiteral("low_priority"));
    CHECK(importanceQuadrantKey(ImportanceQuadrant::PossibleOverkill) ==
          QStringLiteral("possible_overkill"));
    CHECK(importanceQuadrantDisplayName(ImportanceQuadrant::KeepUp) ==
          QStringLiteral("Keep up the good work"));
}
