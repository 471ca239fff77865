// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterclassifier.h"

#include "naivebayes.h"
#include "softmaxregression.h"
#include "tokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Yardstick {

namespace {

// A model is worth asking only once it has seen a few letters of each label
// it can give and enough letters in all; below that its posteriors are
// confident guesses from a handful of words.
constexpr int kMinimumPerLabel = 2;
constexpr int kMinimumLetters = 20;
// A secondary dimension is shown when at least this likely.
constexpr double kShownDimension = 0.2;
// A letter counts as at most this many independent words for the model:
// words in a letter are not independent, and uncapped naive Bayes is near
// certain of every long letter, so it would take over even where the
// analysts' terms are surer and right. Ten is about the number of distinct
// content phrases in a complaint paragraph.
constexpr int kEvidenceCap = 10;
// Lexicon weight at which the lexicon's share is taken at face value: one
// weak word (weight 1) alone gives a third of its share as confidence,
// one decisive phrase (weight 3) all of it.
constexpr double kFullEvidence = 3.0;

TokenizerOptions modelTokenizer()
{
    TokenizerOptions options;
    options.dropStopWords = true;
    return options;
}

// The lexicon's distribution for one target: the weights of the terms that
// count (not negated), summed per key, each term once however often it
// recurs (a customer listing "billing, then disputes, then billing" was
// passed around, not writing about billing); praise can pull a key to
// nothing but not below. Confidence is the key's share of the total, scaled
// down when the total is thin evidence.
QList<LabelScore> lexiconScores(const QList<TermHit> &hits, LexiconTarget target)
{
    QHash<QString, double> sums;
    QSet<QString> counted;
    for (const TermHit &hit : hits) {
        if (hit.target != target || hit.negated)
            continue;
        const QString id = hit.key + QLatin1Char('\n') + hit.term;
        if (counted.contains(id))
            continue;
        counted.insert(id);
        sums[hit.key] += hit.weight;
    }
    double total = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        total += std::max(0.0, it.value());
    if (total <= 0)
        return {};
    const double evidence = std::min(1.0, total / kFullEvidence);
    QList<LabelScore> scores;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it.value() > 0)
            scores.append({it.key(), it.value() / total * evidence});
    }
    std::sort(scores.begin(), scores.end(), [](const LabelScore &a, const LabelScore &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.key < b.key;
    });
    return scores;
}

double topOf(const QList<LabelScore> &scores)
{
    return scores.isEmpty() ? 0.0 : scores.constFirst().confidence;
}

Severity severityOf(const QList<TermHit> &hits)
{
    Severity severity = Severity::Low;
    for (const TermHit &hit : hits) {
        if (hit.target != LexiconTarget::Severity || hit.negated || hit.weight <= 0)
            continue;
        const std::optional<Severity> level = severityFromKey(hit.key);
        if (level && int(*level) > int(severity))
            severity = *level;
    }
    return severity;
}

const QString kLexiconFeature = QStringLiteral("lex:");

// The lexicon's reading of a letter for one target as features of the
// linear model: its share per key ("lex:BIL" 0.67), as lexiconScores gives
// it. The model learns how far to trust each.
QList<std::pair<QString, double>> lexiconFeatures(const QList<TermHit> &hits, LexiconTarget target)
{
    QList<std::pair<QString, double>> extras;
    for (const LabelScore &score : lexiconScores(hits, target))
        extras.append({kLexiconFeature + score.key, score.confidence});
    return extras;
}

// One task's model (services, or dimensions): trained on the letters with
// a label that has enough examples; active only when the letters reach the
// minimum.
struct TaskModel
{
    LexiconTarget target = LexiconTarget::Service;
    ClassifierOptions options;
    NaiveBayes bayes;
    FeatureSpace space;
    SoftmaxRegression linear;
    bool active = false;

    LetterFeatures featuresOf(const QStringList &tokens, const QList<TermHit> &hits) const
    {
        LetterFeatures features = letterFeatures(tokens, options.features);
        features.extras = lexiconFeatures(hits, target);
        return features;
    }

    QSet<qsizetype> train(const QList<QStringList> &tokens, const QList<QList<TermHit>> &hits,
                          const QStringList &labels)
    {
        QHash<QString, int> perLabel;
        for (const QString &label : labels) {
            if (!label.isEmpty())
                ++perLabel[label];
        }
        QList<qsizetype> kept;
        QStringList keptLabels;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels[i].isEmpty() || perLabel.value(labels[i]) < kMinimumPerLabel)
                continue;
            kept.append(i);
            keptLabels.append(labels[i]);
        }
        const qsizetype distinct = QSet<QString>(keptLabels.cbegin(), keptLabels.cend()).size();
        active = kept.size() >= kMinimumLetters && distinct >= 2;
        bayes = NaiveBayes();
        space = FeatureSpace();
        linear = SoftmaxRegression();
        if (!active)
            return {};
        if (options.model == ModelKind::NaiveBayes) {
            QList<QStringList> documents;
            for (const qsizetype i : std::as_const(kept))
                documents.append(tokens[i]);
            bayes.setEvidenceCap(kEvidenceCap);
            bayes.train(documents, keptLabels);
        } else {
            QList<LetterFeatures> letters;
            for (const qsizetype i : std::as_const(kept))
                letters.append(featuresOf(tokens[i], hits[i]));
            space.fit(letters, options.features.minimumLetters);
            QList<SparseVector> examples;
            for (const LetterFeatures &letter : std::as_const(letters))
                examples.append(space.vectorize(letter));
            SoftmaxRegression::Options fit;
            fit.lambda = options.lambda;
            linear.train(examples, keptLabels, space.size(), fit);
        }
        return QSet<qsizetype>(kept.cbegin(), kept.cend());
    }

    QList<LabelScore> scores(const QStringList &tokens, const QList<TermHit> &hits) const
    {
        QList<LabelScore> result;
        if (options.model == ModelKind::NaiveBayes) {
            for (const NaiveBayes::Probability &p : bayes.predict(tokens))
                result.append({p.label, p.probability});
        } else {
            for (const SoftmaxRegression::Probability &p :
                 linear.predict(space.vectorize(featuresOf(tokens, hits))))
                result.append({p.label, p.probability});
        }
        return result;
    }

    // Whether the model's reading wins over the lexicon's. Naive Bayes only
    // when it is surer. The linear model reads the lexicon's view as
    // features of its own and has learnt how far to trust it, so once
    // trained it speaks for its task, with one exception: a label it never
    // learnt (a service without confirmed letters yet) that the lexicon
    // names decisively (confidence 1: phrases of weight 3 or more, all for
    // that one label). On the real complaints the README measures, the
    // lexicon's weaker readings of labels the model had not learnt were
    // never right; a weak model answer is marked "needs a look" instead.
    bool speaksOver(const QList<LabelScore> &fromModel, const QList<LabelScore> &fromLexicon) const
    {
        if (fromLexicon.isEmpty() || topOf(fromModel) > topOf(fromLexicon))
            return true;
        if (options.model == ModelKind::NaiveBayes)
            return false;
        const bool decisive = topOf(fromLexicon) >= 1.0 - 1e-9;
        return !decisive || linear.labels().contains(fromLexicon.constFirst().key);
    }

    // The words that most favoured `label`, strongest first.
    QStringList evidence(const QStringList &tokens, const QList<TermHit> &hits,
                         const QString &label) const
    {
        if (options.model == ModelKind::NaiveBayes)
            return bayes.strongestTokens(tokens, label, 8);
        QStringList words;
        const SparseVector x = space.vectorize(featuresOf(tokens, hits));
        for (const auto &[feature, contribution] : linear.contributions(x, label)) {
            if (space.isReadable(feature))
                words.append(space.name(feature));
            if (words.size() == 8)
                break;
        }
        return words;
    }
};

} // namespace

struct LetterClassifier::Private
{
    Lexicon lexicon;
    TaskModel services;
    TaskModel dimensions;
    int trainedOn = 0;
};

LetterClassifier::LetterClassifier(Lexicon lexicon, const ClassifierOptions &options)
    : d(std::make_unique<Private>())
{
    d->lexicon = std::move(lexicon);
    d->services.target = LexiconTarget::Service;
    d->services.options = options;
    d->dimensions.target = LexiconTarget::Dimension;
    d->dimensions.options = options;
}

LetterClassifier::~LetterClassifier() = default;
LetterClassifier::LetterClassifier(LetterClassifier &&) noexcept = default;
LetterClassifier &LetterClassifier::operator=(LetterClassifier &&) noexcept = default;

const Lexicon &LetterClassifier::lexicon() const
{
    return d->lexicon;
}

void LetterClassifier::train(const QList<TrainingLetter> &letters)
{
    QList<QStringList> tokens;
    QList<QList<TermHit>> hits;
    QStringList services;
    QStringList dimensions;
    for (const TrainingLetter &letter : letters) {
        tokens.append(tokenize(letter.text, modelTokenizer()));
        hits.append(d->lexicon.find(letter.text));
        services.append(letter.serviceCode);
        dimensions.append(letter.dimensionKey);
    }
    QSet<qsizetype> used = d->services.train(tokens, hits, services);
    used.unite(d->dimensions.train(tokens, hits, dimensions));
    d->trainedOn = int(used.size());
}

int LetterClassifier::trainedOn() const
{
    return d->trainedOn;
}

Classification LetterClassifier::classify(const QString &text) const
{
    Classification result;
    result.language = detectLanguage(text);
    result.terms = d->lexicon.find(text);
    result.severity = severityOf(result.terms);

    QStringList tokens;
    if (d->services.active || d->dimensions.active)
        tokens = tokenize(text, modelTokenizer());

    // Per task, the model speaks once trained (see speaksOver), else the
    // lexicon.
    auto choose = [&](const TaskModel &task, LabelSource &source) {
        const QList<LabelScore> fromLexicon = lexiconScores(result.terms, task.target);
        const QList<LabelScore> fromModel =
            task.active ? task.scores(tokens, result.terms) : QList<LabelScore>();
        if (!fromModel.isEmpty() && task.speaksOver(fromModel, fromLexicon)) {
            source = LabelSource::Model;
            for (const QString &token :
                 task.evidence(tokens, result.terms, fromModel.constFirst().key)) {
                // A lone Chinese character explains nothing to a reader;
                // its pairs do.
                const bool lone = token.size() == 1 && isHan(token.front());
                if (!lone && !result.modelTerms.contains(token) && result.modelTerms.size() < 10)
                    result.modelTerms.append(token);
            }
            return fromModel;
        }
        source = fromLexicon.isEmpty() ? LabelSource::None : LabelSource::Lexicon;
        return fromLexicon;
    };

    const QList<LabelScore> services = choose(d->services, result.serviceSource);
    if (!services.isEmpty()) {
        result.serviceCode = services.constFirst().key;
        result.serviceConfidence = services.constFirst().confidence;
    }
    result.needsLook = result.serviceCode.isEmpty() || result.serviceConfidence < kConfidenceFloor;
    const QList<LabelScore> dimensions = choose(d->dimensions, result.dimensionSource);
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        // The primary is always shown, however unsure.
        if (i == 0 || dimensions[i].confidence >= kShownDimension)
            result.dimensions.append(dimensions[i]);
    }
    return result;
}

QString classifiableText(const ComplaintLetter &letter)
{
    if (letter.subject.trimmed().isEmpty())
        return letter.text;
    return letter.subject + QStringLiteral("\n\n") + letter.text;
}

QString detectLanguage(const QString &text)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (const QChar c : text) {
        if (isHan(c))
            ++han;
        else if (c.isLetter() && c.script() == QChar::Script_Latin)
            ++latin;
    }
    // A Han character carries about a word, a Latin letter a fifth of one:
    // a Chinese letter quoting an English name is still Chinese, and an
    // English letter quoting a Chinese name is still English.
    return han * 4 > latin ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace Yardstick
