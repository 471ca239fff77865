// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crossvalidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <random>
#include <tuple>

namespace Yardstick {

namespace {

double ratio(int numerator, int denominator)
{
    return denominator == 0 ? 0.0 : double(numerator) / double(denominator);
}

} // namespace

TaskQuality scoreLabels(const QStringList &truth, const QStringList &predicted)
{
    Q_ASSERT(truth.size() == predicted.size());
    QSet<QString> labelSet;
    QHash<QString, LabelQuality> byLabel;
    TaskQuality quality;
    int correct = 0;
    for (qsizetype i = 0; i < truth.size() && i < predicted.size(); ++i) {
        if (truth[i].isEmpty())
            continue;
        ++quality.letters;
        labelSet.insert(truth[i]);
        ++byLabel[truth[i]].support;
        if (!predicted[i].isEmpty()) {
            labelSet.insert(predicted[i]);
            ++byLabel[predicted[i]].predicted;
        }
        if (predicted[i] == truth[i]) {
            ++byLabel[truth[i]].truePositives;
            ++correct;
        }
    }
    QStringList labels(labelSet.cbegin(), labelSet.cend());
    labels.sort();
    double f1Sum = 0;
    for (const QString &label : std::as_const(labels)) {
        LabelQuality q = byLabel.value(label);
        q.label = label;
        q.precision = ratio(q.truePositives, q.predicted);
        q.recall = ratio(q.truePositives, q.support);
        q.f1 = q.precision + q.recall > 0 ? 2 * q.precision * q.recall / (q.precision + q.recall)
                                          : 0.0;
        f1Sum += q.f1;
        quality.labels.append(q);
    }
    quality.macroF1 = labels.isEmpty() ? 0.0 : f1Sum / double(labels.size());
    quality.accuracy = ratio(correct, quality.letters);
    return quality;
}

int minimumLettersForCrossValidation(int folds)
{
    return std::max(10, 2 * folds);
}

QList<int> assignFolds(const QList<TrainingLetter> &letters, const CrossValidationOptions &options)
{
    const int folds = std::max(1, options.folds);
    QList<qsizetype> order(letters.size());
    std::iota(order.begin(), order.end(), 0);
    // Fisher-Yates with mt19937 written out: std::shuffle's algorithm is
    // left to the library, and the folds must not depend on it.
    std::mt19937 random(options.seed);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random() % quint32(i + 1))]);
    if (options.stratified) {
        // Grouped by label (shuffled within each group), then dealt round
        // robin: each fold gets its share of every combination.
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const TrainingLetter &x = letters[a];
            const TrainingLetter &y = letters[b];
            return std::tie(x.serviceCode, x.dimensionKey) <
                   std::tie(y.serviceCode, y.dimensionKey);
        });
    }
    QList<int> fold(letters.size(), 0);
    for (qsizetype position = 0; position < order.size(); ++position)
        fold[order[position]] = int(position % folds);
    return fold;
}

CrossValidationResult crossValidate(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                                    const CrossValidationOptions &options)
{
    CrossValidationResult result;
    result.folds = options.folds;
    result.letters = int(letters.size());
    const QList<int> foldOf = assignFolds(letters, options);

    QStringList trueServices;
    QStringList trueDimensions;
    QStringList predictedServices(letters.size());
    QStringList predictedDimensions(letters.size());
    for (const TrainingLetter &letter : letters) {
        trueServices.append(letter.serviceCode);
        trueDimensions.append(letter.dimensionKey);
    }
    for (int fold = 0; fold < options.folds; ++fold) {
        // The lexicon is the analysts' and part of every fold; only the
        // model learns, and only from the other folds.
        LetterClassifier classifier(lexicon);
        if (options.useModel) {
            QList<TrainingLetter> training;
            for (qsizetype i = 0; i < letters.size(); ++i) {
                if (foldOf[i] != fold)
                    training.append(letters[i]);
            }
            classifier.train(training);
        }
        for (qsizetype i = 0; i < letters.size(); ++i) {
            if (foldOf[i] != fold)
                continue;
            const Classification c = classifier.classify(letters[i].text);
            predictedServices[i] = c.serviceCode;
            predictedDimensions[i] = c.dimensions.isEmpty() ? QString() : c.dimensions.first().key;
        }
    }
    result.services = scoreLabels(trueServices, predictedServices);
    result.dimensions = scoreLabels(trueDimensions, predictedDimensions);
    return result;
}

} // namespace Yardstick
