// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/crossvalidation.h"
#include "demo/demoletterwriter.h"
#include "demo/demoreferencedata.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <iostream>

using namespace Yardstick;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

const LabelQuality &quality(const TaskQuality &task, const char *label)
{
    for (const LabelQuality &q : task.labels) {
        if (q.label == QLatin1String(label))
            return q;
    }
    FAIL("no label " << label);
    static LabelQuality none;
    return none;
}

} // namespace

TEST_CASE("per-label precision, recall and F1 match the hand calculation", "[classifier]")
{
    //   truth:     A A A B B C B D? ""   (the last letter has no true label: skipped)
    //   predicted: A A B B C - D    A
    // A: support 3, predicted 2, right 2: P 1, R 2/3, F1 2*(2/3)/(5/3) = 0.8
    // B: support 3, predicted 2, right 1: P 1/2, R 1/3, F1 (1/3)/(5/6) = 0.4
    // C: support 1, predicted 1, right 0: P 0, R 0, F1 0
    // D: support 0, predicted 1: P 0, R 0 (nothing to recall: 0 by convention), F1 0
    // macro-F1 (0.8 + 0.4 + 0 + 0) / 4 = 0.3; accuracy 3 right of 7 letters.
    const TaskQuality q = scoreLabels(list({"A", "A", "A", "B", "B", "C", "B", ""}),
                                      list({"A", "A", "B", "B", "C", "", "D", "A"}));
    CHECK(q.letters == 7);
    REQUIRE(q.labels.size() == 4);
    CHECK(q.labels[0].label == QLatin1String("A"));
    CHECK(q.labels[3].label == QLatin1String("D"));
    const LabelQuality &a = quality(q, "A");
    CHECK(a.support == 3);
    CHECK(a.predicted == 2);
    CHECK(a.truePositives == 2);
    CHECK(a.precision == Approx(1.0));
    CHECK(a.recall == Approx(2.0 / 3.0));
    CHECK(a.f1 == Approx(0.8));
    const LabelQuality &b = quality(q, "B");
    CHECK(b.precision == Approx(0.5));
    CHECK(b.recall == Approx(1.0 / 3.0));
    CHECK(b.f1 == Approx(0.4));
    const LabelQuality &c = quality(q, "C");
    CHECK(c.precision == 0.0);
    CHECK(c.recall == 0.0);
    CHECK(c.f1 == 0.0);
    const LabelQuality &d = quality(q, "D");
    CHECK(d.support == 0);
    CHECK(d.predicted == 1);
    CHECK(d.precision == 0.0);
    CHECK(q.macroF1 == Approx(0.3));
    CHECK(q.accuracy == Approx(3.0 / 7.0));
}

TEST_CASE("a label never predicted has precision 0", "[classifier]")
{
    // zero_division=0: B is never predicted, so its precision (0/0) is 0.
    const TaskQuality q = scoreLabels(list({"A", "B"}), list({"A", "A"}));
    const LabelQuality &b = quality(q, "B");
    CHECK(b.predicted == 0);
    CHECK(b.precision == 0.0);
    CHECK(b.f1 == 0.0);
    // A: P 1/2, R 1, F1 2/3; macro (2/3 + 0) / 2 = 1/3.
    CHECK(q.macroF1 == Approx(1.0 / 3.0));
}

TEST_CASE("folds are dealt evenly, stratified, and the same for the same seed", "[classifier]")
{
    QList<TrainingLetter> letters;
    for (int i = 0; i < 10; ++i)
        letters.append({QString::number(i), QStringLiteral("S"),
                        i < 5 ? QStringLiteral("x") : QStringLiteral("y")});
    CrossValidationOptions options;
    options.folds = 5;
    const QList<int> folds = assignFolds(letters, options);
    CHECK(folds == assignFolds(letters, options));
    QHash<int, int> perFold;
    QSet<int> foldsOfX;
    QSet<int> foldsOfY;
    for (qsizetype i = 0; i < folds.size(); ++i) {
        ++perFold[folds[i]];
        (i < 5 ? foldsOfX : foldsOfY).insert(folds[i]);
    }
    CHECK(perFold.size() == 5);
    for (const int count : perFold)
        CHECK(count == 2);
    // Five letters of each label in five folds: one in each.
    CHECK(foldsOfX.size() == 5);
    CHECK(foldsOfY.size() == 5);
    options.seed = 7;
    CHECK(assignFolds(letters, options) != folds);
}

TEST_CASE("cross-validation with the lexicon alone counts every letter once", "[classifier]")
{
    const Lexicon lexicon({{0, QStringLiteral("en"), QStringLiteral("late"),
                            LexiconTarget::Dimension, QStringLiteral("timeliness"), 1.0},
                           {0, QStringLiteral("en"), QStringLiteral("wrong"),
                            LexiconTarget::Dimension, QStringLiteral("accuracy"), 1.0}});
    QList<TrainingLetter> letters;
    for (int i = 0; i < 5; ++i) {
        letters.append({QStringLiteral("late %1").arg(i), QString(), QStringLiteral("timeliness")});
        letters.append({QStringLiteral("wrong %1").arg(i), QString(), QStringLiteral("accuracy")});
    }
    // Two letters the lexicon gets wrong: "late" but labelled accuracy.
    letters.append({QStringLiteral("late x"), QString(), QStringLiteral("accuracy")});
    letters.append({QStringLiteral("late y"), QString(), QStringLiteral("accuracy")});
    CrossValidationOptions options;
    options.useModel = false;
    const CrossValidationResult r = crossValidate(lexicon, letters, options);
    CHECK(r.letters == 12);
    CHECK(r.folds == 5);
    // timeliness: support 5, predicted 7, right 5: P 5/7, R 1, F1 (10/7)/(12/7) = 5/6
    // accuracy: support 7, predicted 5, right 5: P 1, R 5/7, F1 5/6
    const LabelQuality &t = quality(r.dimensions, "timeliness");
    CHECK(t.support == 5);
    CHECK(t.predicted == 7);
    CHECK(t.precision == Approx(5.0 / 7.0));
    CHECK(t.f1 == Approx(5.0 / 6.0));
    CHECK(quality(r.dimensions, "accuracy").recall == Approx(5.0 / 7.0));
    CHECK(r.dimensions.macroF1 == Approx(5.0 / 6.0));
    CHECK(r.dimensions.accuracy == Approx(10.0 / 12.0));
    // No letter has a service.
    CHECK(r.services.letters == 0);
    CHECK(r.services.labels.isEmpty());
}

TEST_CASE("the demo's letters are classified with cross-validated macro-F1 above 0.8",
          "[classifier][demo]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    DemoReferenceData reference;
    REQUIRE(reference.insertInto(*workbench).ok());
    QHash<qint64, QString> codes;
    for (const DemoReferenceData::ServiceInfo &info : reference.services())
        codes.insert(info.service.id, info.service.code);
    QHash<qint64, QString> keys;
    for (const Dimension &d : reference.dimensions())
        keys.insert(d.id, d.key);
    QList<TrainingLetter> letters;
    for (const ComplaintLetter &letter : DemoLetterWriter(reference).write())
        letters.append({classifiableText(letter), codes.value(letter.serviceId.value_or(0)),
                        keys.value(letter.primaryDimensionId.value_or(0))});
    REQUIRE(letters.size() >= minimumLettersForCrossValidation(5));

    const Lexicon lexicon(Lexicon::defaultTerms());
    QElapsedTimer timer;
    timer.start();
    const CrossValidationResult both = crossValidate(lexicon, letters);
    const qint64 ms = timer.elapsed();
    CrossValidationOptions lexiconOnly;
    lexiconOnly.useModel = false;
    const CrossValidationResult alone = crossValidate(lexicon, letters, lexiconOnly);
    // The numbers the README quotes; printed so a change is seen.
    std::cout << "demo letters " << letters.size() << ", 5-fold CV in " << ms << " ms: services "
              << both.services.macroF1 << " (accuracy " << both.services.accuracy
              << "), dimensions " << both.dimensions.macroF1 << " (accuracy "
              << both.dimensions.accuracy << "); lexicon alone: services " << alone.services.macroF1
              << ", dimensions " << alone.dimensions.macroF1 << '\n';
    // The goal for dimensions.
    CHECK(both.dimensions.macroF1 > 0.8);
    CHECK(both.services.macroF1 > 0.8);
}
