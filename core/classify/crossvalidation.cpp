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

QList<qsizetype> shuffledOrder(qsizetype letters, quint32 seed)
{
    QList<qsizetype> order(letters);
    std::iota(order.begin(), order.end(), 0);
    // Fisher-Yates with mt19937 written out: std::shuffle's algorithm is
    // left to the library, and the folds must not depend on it.
    std::mt19937 random(seed);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(random() % quint32(i + 1))]);
    return order;
}

QList<int> assignFolds(const QList<TrainingLetter> &letters, const CrossValidationOptions &options)
{
    const int folds = std::max(1, options.folds);
    QList<qsizetype> order = shuffledOrder(letters.size(), options.seed);
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

namespace {

// Classifies the letters of `fold` with a classifier trained on `training`
// (or the lexicon alone), writing the top service and primary dimension.
void classifyFold(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                  const QList<int> &foldOf, int fold, const QList<TrainingLetter> &training,
                  const CrossValidationOptions &options, QStringList &services,
                  QStringList &dimensions, FloorQuality *floor)
{
    // The lexicon is the analysts' and part of every fold; only the model
    // learns, and only from the other folds.
    LetterClassifier classifier(lexicon, options.classifier);
    if (options.useModel)
        classifier.train(training);
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (foldOf[i] != fold)
            continue;
        const Classification c = classifier.classify(letters[i].text);
        services[i] = c.serviceCode;
        dimensions[i] = c.dimensions.isEmpty() ? QString() : c.dimensions.first().key;
        if (floor && !letters[i].serviceCode.isEmpty()) {
            const bool right = c.serviceCode == letters[i].serviceCode;
            if (c.needsLook) {
                ++floor->needsLook;
                floor->needsLookCorrect += right ? 1 : 0;
            } else {
                ++floor->confident;
                floor->confidentCorrect += right ? 1 : 0;
            }
        }
    }
}

QStringList servicesOf(const QList<TrainingLetter> &letters)
{
    QStringList result;
    for (const TrainingLetter &letter : letters)
        result.append(letter.serviceCode);
    return result;
}

QStringList dimensionsOf(const QList<TrainingLetter> &letters)
{
    QStringList result;
    for (const TrainingLetter &letter : letters)
        result.append(letter.dimensionKey);
    return result;
}

} // namespace

CrossValidationResult crossValidate(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                                    const CrossValidationOptions &options)
{
    CrossValidationResult result;
    result.folds = options.folds;
    result.letters = int(letters.size());
    const QList<int> foldOf = assignFolds(letters, options);

    QStringList predictedServices(letters.size());
    QStringList predictedDimensions(letters.size());
    for (int fold = 0; fold < options.folds; ++fold) {
        QList<TrainingLetter> training;
        for (qsizetype i = 0; i < letters.size(); ++i) {
            if (foldOf[i] != fold)
                training.append(letters[i]);
        }
        classifyFold(lexicon, letters, foldOf, fold, training, options, predictedServices,
                     predictedDimensions, &result.floor);
    }
    result.services = scoreLabels(servicesOf(letters), predictedServices);
    result.dimensions = scoreLabels(dimensionsOf(letters), predictedDimensions);
    return result;
}

QList<int> defaultLearningCurveSizes()
{
    return {25, 50, 100, 200};
}

LearningCurve learningCurve(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                            const QList<int> &sizes, const CrossValidationOptions &options)
{
    LearningCurve curve;
    curve.folds = options.folds;
    const QList<int> foldOf = assignFolds(letters, options);
    const QList<qsizetype> order = shuffledOrder(letters.size(), options.seed);
    // Each fold's training letters in shuffled order.
    QList<QList<TrainingLetter>> pools(options.folds);
    for (const qsizetype i : order) {
        for (int fold = 0; fold < options.folds; ++fold) {
            if (foldOf[i] != fold)
                pools[fold].append(letters[i]);
        }
    }
    curve.largestTrainingSet = int(letters.size());
    for (const QList<TrainingLetter> &pool : std::as_const(pools))
        curve.largestTrainingSet = std::min(curve.largestTrainingSet, int(pool.size()));
    for (const int size : sizes) {
        if (size < 1 || size > curve.largestTrainingSet)
            continue;
        QStringList services(letters.size());
        QStringList dimensions(letters.size());
        for (int fold = 0; fold < options.folds; ++fold)
            classifyFold(lexicon, letters, foldOf, fold, pools[fold].mid(0, size), options,
                         services, dimensions, nullptr);
        LearningPoint point;
        point.letters = size;
        point.services = scoreLabels(servicesOf(letters), services);
        point.dimensions = scoreLabels(dimensionsOf(letters), dimensions);
        curve.points.append(point);
    }
    return curve;
}

} // namespace Yardstick
