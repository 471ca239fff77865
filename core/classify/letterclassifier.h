// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Model,   // naive Bayes trained on confirmed letters, where it was more confident
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
};

// A confirmed letter to learn from.
struct TrainingLetter
{
    QString text;
    QString serviceCode;
    QString dimensionKey; // the primary dimension
};

// Two layers: the lexicon, and a multinomial naive Bayes model trained on the
// letters analysts confirmed, which takes over where it is more confident.
// English is tokenised into words with negation scope ("not late" gives the
// token "not_late"); Chinese into character unigrams and bigrams.
class LetterClassifier final
{
public:
    explicit LetterClassifier(Lexicon lexicon);
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
