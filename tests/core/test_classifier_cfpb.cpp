// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Real complaint text: 97 prepaid-card complaints from the US CFPB's public
// Consumer Complaint Database (tests/data/cfpb/README.md says where from and
// how each CFPB issue maps onto a reference service). The README's figures
// come from the measurement printed here; the checks are on the sample
// itself, not on how well any model does on it.
#include "../catchqt.h"
#include "classify/crossvalidation.h"
#include "classify/lexicon.h"
#include "import/csvreader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <iostream>

using namespace Yardstick;

namespace {

struct Sample
{
    QList<TrainingLetter> letters;
    QHash<QString, int> perIssue;
};

Sample loadSample()
{
    QFile file(Testing::dataPath(QStringLiteral("cfpb/prepaid-card-complaints.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    const std::optional<CsvRecord> header = reader.next();
    REQUIRE(header);
    REQUIRE(header->fields == QStringList{QStringLiteral("complaint_id"), QStringLiteral("product"),
                                          QStringLiteral("issue"), QStringLiteral("service"),
                                          QStringLiteral("narrative")});
    Sample sample;
    while (const std::optional<CsvRecord> record = reader.next()) {
        REQUIRE(record->fields.size() == 5);
        ++sample.perIssue[record->fields[2]];
        // No dimension: the CFPB's categories say what the complaint is
        // about, not which quality dimension failed.
        sample.letters.append({record->fields[4], record->fields[3], QString()});
    }
    REQUIRE_FALSE(reader.error());
    return sample;
}

void print(const char *name, const CrossValidationResult &r, const LearningCurve &curve, qint64 ms)
{
    std::cout << "cfpb " << name << ": 5-fold CV in " << ms << " ms: services accuracy "
              << r.services.accuracy << ", macro-F1 " << r.services.macroF1 << "; floor "
              << r.floor.confident << " confident (" << r.floor.confidentCorrect << " right), "
              << r.floor.needsLook << " needs a look (" << r.floor.needsLookCorrect
              << " right); curve";
    for (const LearningPoint &p : curve.points)
        std::cout << " " << p.letters << ": " << p.services.accuracy << "/" << p.services.macroF1;
    std::cout << " (largest " << curve.largestTrainingSet << ")\n";
    for (const LabelQuality &q : r.services.labels)
        std::cout << "  " << q.label.toStdString() << " p " << q.precision << " r " << q.recall
                  << " f1 " << q.f1 << " support " << q.support << " predicted " << q.predicted
                  << "\n";
}

} // namespace

TEST_CASE("the CFPB sample holds 97 prepaid-card complaints mapped onto five services",
          "[classifier][cfpb]")
{
    const Sample sample = loadSample();
    CHECK(sample.letters.size() == 97);
    // Counted in the file: 46 + 26 + 17 + 5 + 3.
    CHECK(sample.perIssue.value(QStringLiteral("Unauthorized transactions/trans. issues")) == 46);
    CHECK(sample.perIssue.value(QStringLiteral("Fraud or scam")) == 26);
    CHECK(sample.perIssue.value(QStringLiteral("Managing, opening, or closing account")) == 17);
    CHECK(sample.perIssue.value(QStringLiteral("Fees")) == 5);
    CHECK(sample.perIssue.value(QStringLiteral("Adding money")) == 3);
    for (const TrainingLetter &letter : sample.letters) {
        CHECK(QStringList{QStringLiteral("DSP"), QStringLiteral("LST"), QStringLiteral("APP"),
                          QStringLiteral("FEE"), QStringLiteral("PAY")}
                  .contains(letter.serviceCode));
        CHECK_FALSE(letter.text.isEmpty());
    }
}

TEST_CASE("the CFPB sample measured with each model (figures printed for the README)",
          "[classifier][cfpb]")
{
    const Sample sample = loadSample();
    const Lexicon lexicon(Lexicon::defaultTerms());
    const QList<int> sizes = defaultLearningCurveSizes();
    for (const auto &[name, model, useModel] :
         {std::tuple{"lexicon only", ModelKind::Linear, false},
          std::tuple{"naive Bayes", ModelKind::NaiveBayes, true},
          std::tuple{"linear", ModelKind::Linear, true}}) {
        CrossValidationOptions options;
        options.useModel = useModel;
        options.classifier.model = model;
        QElapsedTimer timer;
        timer.start();
        const CrossValidationResult result = crossValidate(lexicon, sample.letters, options);
        const qint64 ms = timer.elapsed();
        const LearningCurve curve = learningCurve(lexicon, sample.letters, sizes, options);
        print(name, result, curve, ms);
        CHECK(result.services.letters == 97);
        // 97 letters in 5 folds: the smallest training set is 97 - 20 = 77,
        // so only 25 and 50 of the curve's sizes fit.
        CHECK(curve.largestTrainingSet == 77);
        REQUIRE(curve.points.size() == 2);
        CHECK(result.floor.confident + result.floor.needsLook == 97);
    }
}
