// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/naivebayes.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace Yardstick;

namespace {

QStringList tokens(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Four documents, two classes:
//   T: "late late card", "slow", "late"      A: "wrong card wrong"
// Class T: 3 documents, tokens late 3, card 1, slow 1 (5 in all).
// Class A: 1 document, tokens wrong 2, card 1 (3 in all).
// Vocabulary {late, card, slow, wrong}: |V| = 4. Laplace alpha = 1:
//   P(t | T) = (count + 1) / (5 + 4): late 4/9, card 2/9, slow 2/9, wrong 1/9
//   P(t | A) = (count + 1) / (3 + 4): wrong 3/7, card 2/7, late 1/7, slow 1/7
//   P(T) = 3/4, P(A) = 1/4
// For the document "card wrong zebra" (zebra was never seen: left out):
//   T: 3/4 * 2/9 * 1/9 = 1/54  = 98/5292
//   A: 1/4 * 2/7 * 3/7 = 3/98  = 162/5292
//   P(A | d) = 162 / 260 = 0.6230769..., P(T | d) = 98 / 260 = 0.3769230...
NaiveBayes handMadeModel()
{
    NaiveBayes model;
    model.train(
        {tokens("late late card"), tokens("slow"), tokens("late"), tokens("wrong card wrong")},
        {QStringLiteral("T"), QStringLiteral("T"), QStringLiteral("T"), QStringLiteral("A")});
    return model;
}

} // namespace

TEST_CASE("naive Bayes counts documents, labels and the vocabulary", "[classifier]")
{
    const NaiveBayes model = handMadeModel();
    CHECK(model.isTrained());
    CHECK(model.documentCount() == 4);
    CHECK(model.vocabularySize() == 4);
    CHECK(model.labels() == QStringList{QStringLiteral("A"), QStringLiteral("T")});
    CHECK_FALSE(NaiveBayes().isTrained());
    CHECK(NaiveBayes().predict(tokens("late")).isEmpty());
}

TEST_CASE("naive Bayes smooths likelihoods with Laplace alpha 1", "[classifier]")
{
    const NaiveBayes model = handMadeModel();
    CHECK(std::exp(model.logLikelihood(QStringLiteral("late"), QStringLiteral("T"))) ==
          Approx(4.0 / 9.0));
    CHECK(std::exp(model.logLikelihood(QStringLiteral("wrong"), QStringLiteral("T"))) ==
          Approx(1.0 / 9.0));
    CHECK(std::exp(model.logLikelihood(QStringLiteral("wrong"), QStringLiteral("A"))) ==
          Approx(3.0 / 7.0));
    CHECK(std::exp(model.logLikelihood(QStringLiteral("slow"), QStringLiteral("A"))) ==
          Approx(1.0 / 7.0));
}

TEST_CASE("naive Bayes posteriors match the hand calculation", "[classifier]")
{
    const QList<NaiveBayes::Probability> p = handMadeModel().predict(tokens("card wrong zebra"));
    REQUIRE(p.size() == 2);
    CHECK(p[0].label == QLatin1String("A"));
    CHECK(p[0].probability == Approx(162.0 / 260.0));
    CHECK(p[1].label == QLatin1String("T"));
    CHECK(p[1].probability == Approx(98.0 / 260.0));
    // With nothing known the priors decide: 3/4 for T.
    const QList<NaiveBayes::Probability> prior = handMadeModel().predict(tokens("zebra"));
    CHECK(prior[0].label == QLatin1String("T"));
    CHECK(prior[0].probability == Approx(0.75));
}

TEST_CASE("naive Bayes stays finite on long documents (log-sum-exp)", "[classifier]")
{
    // 2,000 tokens: the plain product of probabilities underflows to 0.
    QStringList longDocument;
    for (int i = 0; i < 1000; ++i)
        longDocument << QStringLiteral("late") << QStringLiteral("card");
    const QList<NaiveBayes::Probability> p = handMadeModel().predict(longDocument);
    REQUIRE(p.size() == 2);
    CHECK(std::isfinite(p[0].probability));
    CHECK(p[0].label == QLatin1String("T"));
    CHECK(p[0].probability + p[1].probability == Approx(1.0));
}

TEST_CASE("naive Bayes explains a label by the tokens that favour it most", "[classifier]")
{
    // For A (the others are just T): wrong log((3/7)/(1/9)) = log(27/7) = 1.35,
    // card log((2/7)/(2/9)) = log(9/7) = 0.25; zebra is unknown.
    CHECK(handMadeModel().strongestTokens(tokens("card wrong zebra"), QStringLiteral("A")) ==
          QStringList{QStringLiteral("wrong"), QStringLiteral("card")});
    // For T only what favours T: card favours A, so nothing.
    CHECK(handMadeModel().strongestTokens(tokens("card wrong"), QStringLiteral("T")).isEmpty());
}

TEST_CASE("naive Bayes with an evidence cap scales a long document's likelihood down",
          "[classifier]")
{
    NaiveBayes model = handMadeModel();
    model.setEvidenceCap(1);
    // "card wrong" has 2 known tokens, the cap is 1: the log-likelihoods are
    // halved, i.e. each likelihood product is square-rooted.
    //   T: 3/4 * sqrt(2/9 * 1/9) = 0.75 * sqrt(2)/9 = 0.1178511
    //   A: 1/4 * sqrt(2/7 * 3/7) = 0.25 * sqrt(6)/7 = 0.0874818
    //   P(A | d) = 0.0874818 / 0.2053329 = 0.42605
    const double t = 0.75 * std::sqrt(2.0) / 9.0;
    const double a = 0.25 * std::sqrt(6.0) / 7.0;
    const QList<NaiveBayes::Probability> p = model.predict(tokens("card wrong"));
    REQUIRE(p.size() == 2);
    CHECK(p[0].label == QLatin1String("T"));
    CHECK(p[1].probability == Approx(a / (a + t)));
    CHECK(p[1].probability == Approx(0.42605).epsilon(1e-4));
    // A document within the cap is not scaled: one known token.
    CHECK(model.predict(tokens("wrong"))[0].probability ==
          Approx(handMadeModel().predict(tokens("wrong"))[0].probability));
}
