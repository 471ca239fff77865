// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/featurespace.h"
#include "classify/lexicon.h"
#include "model/complaintletter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Yardstick {

// A label with how sure the classifier is (0..1).
struct LabelScore
{
    QString key; // service code or dimension key
    double confidence = 0;

    friend bool operator==(const LabelScore &, const LabelScore &) = default;
};

// Which layer chose a label.
enum class LabelSource
{
    None,    // nothing to go on
    Lexicon, // the analysts' terms
    Model,   // the model trained on confirmed letters, where it was more confident
};

// Below this confidence a suggested service is more likely wrong than right
// (the confidences are the model's probabilities, or the lexicon's share of
// the evidence), so the letter is marked "needs a look" rather than filed
// under its best guess; see the README's classifier section for how often
// the letters above and below it were right on real complaints.
inline constexpr double kConfidenceFloor = 0.5;

// The model that learns from confirmed letters.
enum class ModelKind
{
    Linear,     // softmax regression over words, word pairs and the lexicon's view
    NaiveBayes, // multinomial naive Bayes over words (the model before issue 16)
};

struct ClassifierOptions
{
    ModelKind model = ModelKind::Linear;
    FeatureOptions features;
    // The L2 penalty of the linear model, per unit of the mean loss.
    double lambda = 1e-3;
};

struct Classification
{
    QString language;    // "en" or "zh", detected
    QString serviceCode; // empty when nothing pointed anywhere
    double serviceConfidence = 0;
    LabelSource serviceSource = LabelSource::None;
    QList<LabelScore> dimensions; // most likely first; only those worth showing
    LabelSource dimensionSource = LabelSource::None;
    Severity severity = Severity::Low;
    QList<TermHit> terms;   // lexicon hits in text order, negated ones flagged
    QStringList modelTerms; // tokens that most favoured the model's choices
    // The best service is below kConfidenceFloor, or there is none: an
    // analyst should choose. serviceCode still holds the best guess.
    bool needsLook = false;
};

// A confirmed letter to learn from.
struct TrainingLetter
{
    QString text;
    QString serviceCode;
    QString dimensionKey; // the primary dimension
};

// Two layers: the lexicon, and a model trained on the letters analysts
// confirmed, which takes over where it is more confident. The model is a
// softmax regression (classes balanced, L2-regularised, see
// SoftmaxRegression) over tf-idf weighted words and word pairs plus the
// lexicon's own reading of the letter as features, so a term the analysts
// wrote down counts from the first letter while the words they never
// listed are learned from the confirmed ones. English is tokenised into
// words with negation scope ("not late" gives the token "not_late");
// Chinese into character unigrams and bigrams. Naive Bayes, the model
// before it, can still be chosen to compare the two.
class LetterClassifier final
{
public:
    explicit LetterClassifier(Lexicon lexicon, const ClassifierOptions &options = {});
    ~LetterClassifier();
    LetterClassifier(LetterClassifier &&) noexcept;
    LetterClassifier &operator=(LetterClassifier &&) noexcept;

    const Lexicon &lexicon() const;

    void train(const QList<TrainingLetter> &letters);
    int trainedOn() const;

    Classification classify(const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The text a letter is classified and highlighted on: the subject, a blank
// line, then the body (just the body when there is no subject).
QString classifiableText(const ComplaintLetter &letter);

// "en" when the text is mostly Latin letters, "zh" when mostly Han.
QString detectLanguage(const QString &text);

} // namespace Yardstick
