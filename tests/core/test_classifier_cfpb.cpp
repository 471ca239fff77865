// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Real complaint text: 176 credit-card and prepaid-card complaints from the
// US CFPB's public Consumer Complaint Database, in two files from two public
// samples of it (tests/data/cfpb/README.md says where from and how each CFPB
// issue maps onto a reference service). The README's figures come from the
// measurement printed here; the checks are on the sample itself, on how the
// curve is computed, and on a floor any useful classifier must clear, not on
// figures pasted from a run.
#include "../catchqt.h"
#include "classify/crossvalidation.h"
#include "classify/lexicon.h"
#include "import/csvreader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <iostream>

using namespace Yardstick;

namespace {

struct Sample
{
    QList<TrainingLetter> letters;
    QHash<QString, int> perIssue;   // "file\nissue" -> letters
    QHash<QString, int> perService; // service code -> letters
    QSet<QString> ids;
    int rows = 0;
};

// Reads one of the sample's files into `sample`; the columns are found by
// their names, so the two files may carry different ones (the 2015 sample
// has the CFPB's sub-product, the 2017 one does not).
void load(const QString &file, Sample &sample)
{
    QFile device(Testing::dataPath(QStringLiteral("cfpb/") + file));
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(device);
    const std::optional<CsvRecord> header = reader.next();
    REQUIRE(header);
    const qsizetype id = header->fields.indexOf(QStringLiteral("complaint_id"));
    const qsizetype issue = header->fields.indexOf(QStringLiteral("issue"));
    const qsizetype service = header->fields.indexOf(QStringLiteral("service"));
    const qsizetype narrative = header->fields.indexOf(QStringLiteral("narrative"));
    REQUIRE(id >= 0);
    REQUIRE(issue >= 0);
    REQUIRE(service >= 0);
    REQUIRE(narrative >= 0);
    while (const std::optional<CsvRecord> record = reader.next()) {
        REQUIRE(record->fields.size() == header->fields.size());
        ++sample.rows;
        sample.ids.insert(record->fields[id]);
        ++sample.perIssue[file + QLatin1Char('\n') + record->fields[issue]];
        ++sample.perService[record->fields[service]];
        // No dimension: the CFPB's categories say what the complaint is
        // about, not which quality dimension failed.
        sample.letters.append({record->fields[narrative], record->fields[service], QString()});
    }
    REQUIRE_FALSE(reader.error());
}

const QString kPrepaid = QStringLiteral("prepaid-card-complaints.csv");
const QString kCredit = QStringLiteral("credit-card-complaints-2015.csv");

Sample loadSample()
{
    Sample sample;
    load(kPrepaid, sample);
    load(kCredit, sample);
    return sample;
}

int issueCount(const Sample &sample, const QString &file, const char *issue)
{
    return sample.perIssue.value(file + QLatin1Char('\n') + QLatin1String(issue));
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

TEST_CASE("the CFPB sample holds 176 card complaints mapped onto eight services",
          "[classifier][cfpb]")
{
    const Sample sample = loadSample();
    CHECK(sample.rows == 176);
    CHECK(sample.letters.size() == 176);
    // Deduplicated by the CFPB's complaint id, across both files.
    CHECK(sample.ids.size() == 176);
    // The 2017 prepaid-card sample, counted in its file: 46 + 26 + 17 + 5 + 3.
    CHECK(issueCount(sample, kPrepaid, "Unauthorized transactions/trans. issues") == 46);
    CHECK(issueCount(sample, kPrepaid, "Fraud or scam") == 26);
    CHECK(issueCount(sample, kPrepaid, "Managing, opening, or closing account") == 17);
    CHECK(issueCount(sample, kPrepaid, "Fees") == 5);
    CHECK(issueCount(sample, kPrepaid, "Adding money") == 3);
    // The 2015-16 sample, counted in its file (credit card, then prepaid).
    CHECK(issueCount(sample, kCredit, "Billing disputes") == 11);
    CHECK(issueCount(sample, kCredit, "Closing/Cancelling account") == 10);
    CHECK(issueCount(sample, kCredit, "Identity theft / Fraud / Embezzlement") == 7);
    CHECK(issueCount(sample, kCredit, "Credit determination") == 5);
    CHECK(issueCount(sample, kCredit, "Customer service / Customer relations") == 5);
    CHECK(issueCount(sample, kCredit, "APR or interest rate") == 5);
    CHECK(issueCount(sample, kCredit, "Transaction issue") == 4);
    CHECK(issueCount(sample, kCredit, "Late fee") == 4);
    CHECK(issueCount(sample, kCredit, "Credit line increase/decrease") == 4);
    CHECK(issueCount(sample, kCredit, "Payoff process") == 3);
    CHECK(issueCount(sample, kCredit, "Billing statement") == 2);
    CHECK(issueCount(sample, kCredit, "Unauthorized transactions/trans. issues") == 7);
    CHECK(issueCount(sample, kCredit, "Managing, opening, or closing account") == 5);
    // Single letters: application delay, three kinds of fee, prepaid fees,
    // prepaid fraud, prepaid adding money.
    CHECK(issueCount(sample, kCredit, "Application processing delay") == 1);
    CHECK(issueCount(sample, kCredit, "Other fee") == 1);
    CHECK(issueCount(sample, kCredit, "Overlimit fee") == 1);
    CHECK(issueCount(sample, kCredit, "Balance transfer fee") == 1);
    CHECK(issueCount(sample, kCredit, "Fees") == 1);
    CHECK(issueCount(sample, kCredit, "Fraud or scam") == 1);
    CHECK(issueCount(sample, kCredit, "Adding money") == 1);
    // The services, by the README's mapping table:
    // DSP 46 + 11 + 4 + 7, LST 26 + 7 + 1, APP 17 + 10 + 5 + 1 + 5,
    // FEE 5 + 5 + 4 + 1 + 1 + 1 + 1, PAY 3 + 3 + 1, INQ 5, CLR 4, BIL 2.
    CHECK(sample.perService.value(QStringLiteral("DSP")) == 68);
    CHECK(sample.perService.value(QStringLiteral("LST")) == 34);
    CHECK(sample.perService.value(QStringLiteral("APP")) == 38);
    CHECK(sample.perService.value(QStringLiteral("FEE")) == 18);
    CHECK(sample.perService.value(QStringLiteral("PAY")) == 7);
    CHECK(sample.perService.value(QStringLiteral("INQ")) == 5);
    CHECK(sample.perService.value(QStringLiteral("CLR")) == 4);
    CHECK(sample.perService.value(QStringLiteral("BIL")) == 2);
    CHECK(sample.perService.size() == 8);
    for (const TrainingLetter &letter : sample.letters) {
        CHECK_FALSE(letter.text.isEmpty());
        // Each narrative's opening, about 500 characters ending at a
        // sentence or word; the longest in the 2017 sample is 585.
        CHECK(letter.text.size() <= 600);
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
        CHECK(result.services.letters == 176);
        CHECK(result.floor.confident + result.floor.needsLook == 176);
        // 176 letters in 5 folds of 35 or 36 (stratified dealing may make a
        // fold a letter or two larger): every fold trains on at least 100
        // and none on 200, so the curve has its 25, 50 and 100 points and
        // not its 200.
        CHECK(curve.largestTrainingSet >= 100);
        CHECK(curve.largestTrainingSet < 200);
        REQUIRE(curve.points.size() == 3);
        CHECK(curve.points[0].letters == 25);
        CHECK(curve.points[1].letters == 50);
        CHECK(curve.points[2].letters == 100);
        // Each point scores every letter once, by a model that never saw it.
        for (const LearningPoint &point : curve.points)
            CHECK(point.services.letters == 176);
    }
}

TEST_CASE(
    "on the CFPB sample the linear model beats filing every letter under the commonest service",
    "[classifier][cfpb]")
{
    // The baseline, by hand: DSP is the commonest service (68 of 176). Filing
    // everything under it is right 68 / 176 = 0.386 of the time; its macro-F1
    // is DSP's F1 (precision 68/176, recall 1: 2 * 0.386 / 1.386 = 0.557)
    // over the eight services, 0.0696.
    const double baselineMacroF1 = 2.0 * (68.0 / 176.0) / (1.0 + 68.0 / 176.0) / 8.0;
    const Sample sample = loadSample();
    const Lexicon lexicon(Lexicon::defaultTerms());
    const LearningCurve curve =
        learningCurve(lexicon, sample.letters, defaultLearningCurveSizes(), {});
    REQUIRE(curve.points.size() == 3);
    for (const LearningPoint &point : curve.points)
        CHECK(point.services.macroF1 > baselineMacroF1);
    // More confirmed letters help: the model trained on 100 is at least as
    // good, by macro-F1, as the one trained on 25.
    CHECK(curve.points[2].services.macroF1 >= curve.points[0].services.macroF1);
}
