// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/crossvalidation.h"
#include "classify/featurespace.h"
#include "classify/letterclassifier.h"
#include "classify/letterlabeller.h"
#include "classify/softmaxregression.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Yardstick;

namespace {

SparseVector unit(int feature)
{
    return {{feature}, {1.0}};
}

TrainingLetter training(const QString &body, const char *service, const char *dimension)
{
    return {body, QString::fromLatin1(service), QString::fromLatin1(dimension)};
}

// Three services with words nobody could confuse, eight letters each, and a
// dimension apiece.
QList<TrainingLetter> obviousLetters()
{
    QList<TrainingLetter> letters;
    for (int i = 0; i < 8; ++i) {
        letters.append(
            training(QStringLiteral("the annual fee was charged twice, fee number %1").arg(i),
                     "FEE", "accuracy"));
        letters.append(
            training(QStringLiteral("my replacement card never came, card number %1").arg(i), "REP",
                     "timeliness"));
        letters.append(
            training(QStringLiteral("raise my credit limit please, limit request %1").arg(i), "CLR",
                     "responsiveness"));
    }
    return letters;
}

} // namespace

TEST_CASE("softmax regression finds the optimum worked out by hand for two separate letters",
          "[classifier][linear]")
{
    // x1 = feature 0, label A; x2 = feature 1, label B; lambda 0.1.
    // By symmetry w(A,0) = w(B,1) = a, w(B,0) = w(A,1) = -a, biases 0, so
    // p = P(A | x1) = 1 / (1 + exp(-2a)). Loss = -ln p + (0.1 / 2) * 4a^2;
    // its derivative -2(1 - p) + 0.4a is 0 where 1 - p = 0.2a. Bisection by
    // hand on a: a = 0.8 gives 0.160 against 0.168, a = 0.82 gives 0.164
    // against 0.162, so a ~ 0.8168 and p = 1 - 0.2a ~ 0.8366.
    SoftmaxRegression model;
    SoftmaxRegression::Options options;
    options.lambda = 0.1;
    model.train({unit(0), unit(1)}, {QStringLiteral("A"), QStringLiteral("B")}, 2, options);
    REQUIRE(model.labels() == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    const QList<SoftmaxRegression::Probability> p = model.predict(unit(0));
    REQUIRE(p.size() == 2);
    CHECK(p[0].label == QLatin1String("A"));
    CHECK(p[0].probability == Approx(0.8366).margin(1e-3));
    CHECK(p[1].probability == Approx(1 - 0.8366).margin(1e-3));
    CHECK(model.weight(QStringLiteral("A"), 0) == Approx(0.8168).margin(1e-3));
    CHECK(model.weight(QStringLiteral("B"), 0) == Approx(-0.8168).margin(1e-3));
    CHECK(model.bias(QStringLiteral("A")) == Approx(0).margin(1e-4));
    // The feature the letter has is what pushed A.
    const auto why = model.contributions(unit(0), QStringLiteral("A"));
    REQUIRE(why.size() == 1);
    CHECK(why[0].first == 0);
    CHECK(why[0].second == Approx(2 * 0.8168).margin(2e-3));
}

TEST_CASE("balanced classes: a rare label is learnt as firmly as a common one",
          "[classifier][linear]")
{
    // Three letters of A (feature 0), one of B (feature 1). Balanced weights
    // are n / (classes * n_c): 4 / 6 for each A letter, 4 / 2 for the B
    // letter, so each class carries half the loss, as in the two-letter case
    // above: both are 0.8366 sure of their own letters.
    const QList<SparseVector> x{unit(0), unit(0), unit(0), unit(1)};
    const QStringList y{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"),
                        QStringLiteral("B")};
    SoftmaxRegression::Options options;
    options.lambda = 0.1;
    SoftmaxRegression balanced;
    balanced.train(x, y, 2, options);
    CHECK(balanced.predict(unit(0))[0].probability == Approx(0.8366).margin(1e-3));
    CHECK(balanced.predict(unit(1))[0].label == QLatin1String("B"));
    CHECK(balanced.predict(unit(1))[0].probability == Approx(0.8366).margin(1e-3));
    // Unbalanced, A carries three quarters of the loss and B's letter is
    // less sure than A's.
    options.balanced = false;
    SoftmaxRegression plain;
    plain.train(x, y, 2, options);
    CHECK(plain.predict(unit(1))[0].probability < plain.predict(unit(0))[0].probability);
}

TEST_CASE("the feature space weighs terms by tf-idf and scales each letter to unit length",
          "[classifier][linear]")
{
    // Two letters: {fee: 2, card: 1} and {card: 1}. n = 2; idf(fee) =
    // ln(3/2) + 1 = 1.4055, idf(card) = ln(3/3) + 1 = 1. The first letter's
    // fee: (1 + ln 2) * 1.4055 = 2.3797, card 1; length sqrt(2.3797^2 + 1)
    // = 2.5813, so 0.9219 and 0.3874. Pairs are off; minimum one letter.
    FeatureOptions options;
    options.wordBigrams = false;
    const LetterFeatures first = letterFeatures(
        {QStringLiteral("fee"), QStringLiteral("card"), QStringLiteral("fee")}, options);
    LetterFeatures second = letterFeatures({QStringLiteral("card")}, options);
    second.extras = {{QStringLiteral("lex:FEE"), 0.5}};
    FeatureSpace space;
    space.fit({first, second}, 1);
    REQUIRE(space.size() == 3); // card, fee, then the extra
    CHECK(space.name(0) == QLatin1String("card"));
    CHECK(space.name(1) == QLatin1String("fee"));
    CHECK(space.name(2) == QLatin1String("lex:FEE"));
    CHECK_FALSE(space.isReadable(2));
    const SparseVector v = space.vectorize(first);
    REQUIRE(v.indices == QList<int>{0, 1});
    CHECK(v.values[0] == Approx(0.3874).margin(1e-4));
    CHECK(v.values[1] == Approx(0.9219).margin(1e-4));
    // The extra keeps its own value; the text part is still unit length.
    const SparseVector w = space.vectorize(second);
    REQUIRE(w.indices == QList<int>{0, 2});
    CHECK(w.values[0] == Approx(1.0));
    CHECK(w.values[1] == Approx(0.5));
    // Word pairs join neighbours.
    const LetterFeatures pairs =
        letterFeatures({QStringLiteral("late"), QStringLiteral("fee")}, FeatureOptions());
    CHECK(pairs.counts.value(QStringLiteral("late fee")) == 1);
}

TEST_CASE("the linear classifier gives the obvious service and dimension of a plain letter",
          "[classifier][linear]")
{
    // An empty lexicon: everything comes from the 24 confirmed letters.
    LetterClassifier classifier{Lexicon()};
    classifier.train(obviousLetters());
    CHECK(classifier.trainedOn() == 24);
    const struct
    {
        const char *text;
        const char *service;
        const char *dimension;
    } cases[] = {
        {"why was the annual fee charged twice", "FEE", "accuracy"},
        {"the replacement card never came", "REP", "timeliness"},
        {"please raise my credit limit", "CLR", "responsiveness"},
    };
    for (const auto &c : cases) {
        INFO(c.text);
        const Classification result = classifier.classify(QString::fromLatin1(c.text));
        CHECK(result.serviceSource == LabelSource::Model);
        CHECK(result.serviceCode == QLatin1String(c.service));
        REQUIRE_FALSE(result.dimensions.isEmpty());
        CHECK(result.dimensions[0].key == QLatin1String(c.dimension));
        // Three words of eight letters each, none of another's: surer than
        // the floor, so no look is needed.
        CHECK(result.serviceConfidence > kConfidenceFloor);
        CHECK_FALSE(result.needsLook);
        CHECK_FALSE(result.modelTerms.isEmpty());
    }
    // The words that argued for FEE are the letter's own fee words.
    const Classification fee = classifier.classify(QStringLiteral("annual fee charged"));
    CHECK((fee.modelTerms.contains(QLatin1String("fee")) ||
           fee.modelTerms.contains(QLatin1String("annual fee"))));
}

TEST_CASE("a letter the model cannot place needs a look instead of the likeliest service",
          "[classifier][linear]")
{
    LetterClassifier classifier{Lexicon()};
    classifier.train(obviousLetters());
    // None of its words were in a training letter: its vector is empty and
    // the scores are the biases. Three balanced classes of eight letters
    // each leave them near equal (not exactly: the classes' letters differ
    // in length), so each service is about 1/3, well below the 0.5 floor.
    const Classification unknown = classifier.classify(QStringLiteral("zebra quartz"));
    CHECK(unknown.serviceConfidence == Approx(1.0 / 3.0).margin(0.05));
    CHECK(unknown.needsLook);
    CHECK_FALSE(unknown.serviceCode.isEmpty()); // the guess is still said

    // Lexicon alone: one term of weight 1 is a third of its share (0.33,
    // needs a look); a weight-2 term is two thirds (0.67, does not).
    LetterClassifier lexicon{Lexicon({{0, QStringLiteral("en"), QStringLiteral("annual fee"),
                                       LexiconTarget::Service, QStringLiteral("FEE"), 1.0},
                                      {0, QStringLiteral("en"), QStringLiteral("limit"),
                                       LexiconTarget::Service, QStringLiteral("CLR"), 2.0}})};
    const Classification weak = lexicon.classify(QStringLiteral("the annual fee"));
    CHECK(weak.serviceCode == QLatin1String("FEE"));
    CHECK(weak.serviceConfidence == Approx(1.0 / 3.0));
    CHECK(weak.needsLook);
    const Classification firm = lexicon.classify(QStringLiteral("my limit"));
    CHECK(firm.serviceConfidence == Approx(2.0 / 3.0));
    CHECK_FALSE(firm.needsLook);
    // Nothing at all: needs a look, no guess.
    const Classification nothing = lexicon.classify(QStringLiteral("hello"));
    CHECK(nothing.serviceCode.isEmpty());
    CHECK(nothing.needsLook);
}

TEST_CASE("a suggestion below the floor leaves the letter without a service, needing a look",
          "[classifier][linear]")
{
    ComplaintLetter letter;
    letter.labelStatus = LabelStatus::Suggested;
    CHECK(LetterLabeller::needsLook(letter));
    letter.serviceId = 7;
    CHECK_FALSE(LetterLabeller::needsLook(letter));
    // An analyst's letter never needs a look, service or not.
    letter.serviceId.reset();
    letter.labelStatus = LabelStatus::Confirmed;
    CHECK_FALSE(LetterLabeller::needsLook(letter));
}

TEST_CASE("the learning curve trains on nested shares of each fold's letters",
          "[classifier][linear]")
{
    // 24 letters in 4 folds: each fold trains on 18 at most, so of 10, 18
    // and 25 only the first two fit.
    CrossValidationOptions options;
    options.folds = 4;
    const LearningCurve curve = learningCurve(Lexicon(), obviousLetters(), {10, 18, 25}, options);
    CHECK(curve.folds == 4);
    CHECK(curve.largestTrainingSet == 18);
    REQUIRE(curve.points.size() == 2);
    CHECK(curve.points[0].letters == 10);
    CHECK(curve.points[1].letters == 18);
    for (const LearningPoint &point : curve.points) {
        // Every letter is scored once per size.
        CHECK(point.services.letters == 24);
        CHECK(point.dimensions.letters == 24);
    }
    // 10 letters are below the model's minimum of 20 and an empty lexicon
    // says nothing: no letter gets a service. 18 are too: the same.
    CHECK(curve.points[0].services.accuracy == 0.0);
    // The default sizes are the issue's.
    CHECK(defaultLearningCurveSizes() == QList<int>{25, 50, 100, 200});
    // The shuffle is the same on every run.
    CHECK(shuffledOrder(24, options.seed) == shuffledOrder(24, options.seed));
    CHECK(shuffledOrder(24, options.seed) != shuffledOrder(24, options.seed + 1));
}

TEST_CASE("cross-validation counts the letters above and below the confidence floor",
          "[classifier][linear]")
{
    // The lexicon alone on letters whose only term is weight 1 (confidence
    // 1/3): every letter is below the floor and its guess is right.
    QList<TrainingLetter> letters;
    for (int i = 0; i < 10; ++i)
        letters.append(training(QStringLiteral("annual fee %1").arg(i), "FEE", "accuracy"));
    CrossValidationOptions options;
    options.useModel = false;
    const CrossValidationResult result =
        crossValidate(Lexicon({{0, QStringLiteral("en"), QStringLiteral("annual fee"),
                                LexiconTarget::Service, QStringLiteral("FEE"), 1.0}}),
                      letters, options);
    CHECK(result.floor.confident == 0);
    CHECK(result.floor.needsLook == 10);
    CHECK(result.floor.needsLookCorrect == 10);
}
