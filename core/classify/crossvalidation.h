// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/letterclassifier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// How well one label was predicted.
struct LabelQuality
{
    QString label;
    int support = 0;       // letters that truly have the label
    int predicted = 0;     // letters given the label
    int truePositives = 0; // both
    double precision = 0;  // truePositives / predicted; 0 when nothing was predicted
    double recall = 0;     // truePositives / support; 0 when the label never occurs
    double f1 = 0;         // harmonic mean of the two; 0 when both are 0
};

// One task (services, or primary dimensions) over all folds.
struct TaskQuality
{
    QList<LabelQuality> labels; // sorted by label
    double macroF1 = 0;         // unweighted mean of the labels' F1
    double accuracy = 0;        // share of letters whose top label was right
    int letters = 0;            // letters with a true label for this task
};

// Scores predictions against the truth, one pair per letter; a letter
// without a true label ("") is left out, a letter with no prediction ("")
// counts as wrong. The labels are those that occur in either list (as
// scikit-learn's classification_report does), so a label predicted but
// never true shows with precision 0 and pulls the macro-F1 down.
// Precision with no predictions of a label is 0 by convention, like
// scikit-learn's zero_division=0: a label the classifier never gives is
// not a label it gets right.
TaskQuality scoreLabels(const QStringList &truth, const QStringList &predicted);

struct CrossValidationOptions
{
    int folds = 5;
    // Shuffles the letters before they are dealt into folds; the same seed
    // gives the same folds on every machine.
    quint32 seed = 20260105;
    // Deal each (service, dimension) combination evenly across the folds,
    // so a rare label is not all in one fold.
    bool stratified = true;
    // False: the lexicon alone, without the model, to see what it is worth.
    bool useModel = true;
    // Which model, with which features.
    ClassifierOptions classifier;
};

// How the suggested services fared above and below kConfidenceFloor: the
// letters an analyst would be asked to look at, and how often their best
// guess was right anyway.
struct FloorQuality
{
    int confident = 0;        // letters at or above the floor
    int confidentCorrect = 0; // of them, with the right service
    int needsLook = 0;        // letters below it (or with no service at all)
    int needsLookCorrect = 0; // of them, whose best guess was right
};

struct CrossValidationResult
{
    int folds = 0;
    int letters = 0;
    TaskQuality services;
    TaskQuality dimensions;
    FloorQuality floor;
};

// One point of a learning curve: the classifier trained on `letters`
// confirmed letters.
struct LearningPoint
{
    int letters = 0;
    TaskQuality services;
    TaskQuality dimensions;
};

struct LearningCurve
{
    int folds = 0;
    // The fewest letters any fold could train on: sizes above it are left out.
    int largestTrainingSet = 0;
    QList<LearningPoint> points;
};

// The sizes classify-eval --curve reports.
QList<int> defaultLearningCurveSizes();

// A learning curve by cross-validation: the letters are dealt into folds as
// crossValidate deals them; for each fold and each size n, a classifier is
// trained on the first n letters of the other folds, taken in the order of
// the seeded shuffle (so the 25 are among the 50, the 50 among the 100), and
// classifies the fold. Every letter is thus scored once per size, by a model
// that never saw it. Sizes above the smallest training set are left out.
LearningCurve learningCurve(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                            const QList<int> &sizes, const CrossValidationOptions &options = {});

// The fewest letters cross-validation with `folds` folds runs on: two per
// fold, and never fewer than ten.
int minimumLettersForCrossValidation(int folds);

// k-fold cross-validation: each fold's letters are classified by a
// classifier with the lexicon and a model trained on the other folds only.
// The caller checks the letters against minimumLettersForCrossValidation.
CrossValidationResult crossValidate(const Lexicon &lexicon, const QList<TrainingLetter> &letters,
                                    const CrossValidationOptions &options = {});

// The letters' positions in the seeded shuffle, before stratification:
// order[k] is the letter at place k.
QList<qsizetype> shuffledOrder(qsizetype letters, quint32 seed);

// The fold (0..folds-1) of each letter, as crossValidate deals them.
QList<int> assignFolds(const QList<TrainingLetter> &letters, const CrossValidationOptions &options);

} // namespace Yardstick
