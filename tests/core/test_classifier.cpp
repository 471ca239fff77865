// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/letterclassifier.h"
#include "classify/letterlabeller.h"
#include "demo/demoreferencedata.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

LexiconTerm term(const char *t, const char *key, double weight = 1.0,
                 LexiconTarget target = LexiconTarget::Dimension)
{
    return {0, QStringLiteral("en"), text(t), target, text(key), weight};
}

QStringList keys(const QList<LabelScore> &scores)
{
    QStringList result;
    for (const LabelScore &s : scores)
        result.append(s.key);
    return result;
}

const LetterClassifier &defaultClassifier()
{
    static const LetterClassifier classifier{Lexicon(Lexicon::defaultTerms())};
    return classifier;
}

TrainingLetter training(const char *body, const char *service, const char *dimension)
{
    return {text(body), text(service), text(dimension)};
}

} // namespace

TEST_CASE("the language is the script most of the letters are in", "[classifier]")
{
    CHECK(detectLanguage(text("The card is late.")) == QLatin1String("en"));
    CHECK(detectLanguage(text("新卡很快就寄到了。")) == QLatin1String("zh"));
    // A Chinese letter naming its card "Visa Platinum" is still Chinese
    // (12 Han, 12 Latin), and an English letter signed 张伟 is still English.
    CHECK(detectLanguage(text("我的Visa Platinum卡片到现在还没有收到")) == QLatin1String("zh"));
    CHECK(detectLanguage(text("My card has not arrived. Regards, 张伟")) == QLatin1String("en"));
}

TEST_CASE("a letter is classified on its subject and body", "[classifier]")
{
    ComplaintLetter letter;
    letter.text = text("Body.");
    CHECK(classifiableText(letter) == QLatin1String("Body."));
    letter.subject = text("Late card");
    CHECK(classifiableText(letter) == QLatin1String("Late card\n\nBody."));
}

TEST_CASE("lexicon confidence is the key's share, scaled down when the evidence is thin",
          "[classifier]")
{
    const LetterClassifier classifier(
        Lexicon({term("late", "timeliness", 1), term("wrong", "accuracy", 2)}));
    // late 1 + wrong 2 = 3, full evidence: accuracy 2/3, timeliness 1/3.
    const Classification both = classifier.classify(text("late and wrong"));
    REQUIRE(both.dimensions.size() == 2);
    CHECK(both.dimensions[0].key == QLatin1String("accuracy"));
    CHECK(both.dimensions[0].confidence == Approx(2.0 / 3.0));
    CHECK(both.dimensions[1].confidence == Approx(1.0 / 3.0));
    CHECK(both.dimensionSource == LabelSource::Lexicon);
    // late alone: all the share, but weight 1 of the 3 that count as full
    // evidence: 1 * 1/3.
    const Classification thin = classifier.classify(text("late"));
    REQUIRE(thin.dimensions.size() == 1);
    CHECK(thin.dimensions[0].confidence == Approx(1.0 / 3.0));
    // Negated, nothing counts.
    const Classification negated = classifier.classify(text("not late"));
    CHECK(negated.dimensions.isEmpty());
    CHECK(negated.dimensionSource == LabelSource::None);
    REQUIRE(negated.terms.size() == 1);
    CHECK(negated.terms[0].negated);
}

TEST_CASE("DOMAIN.md: a letter about an unanswered letter is responsiveness", "[classifier]")
{
    const Classification c =
        defaultClassifier().classify(text("I wrote three weeks ago and nobody answered."));
    REQUIRE_FALSE(c.dimensions.isEmpty());
    CHECK(c.dimensions[0].key == QLatin1String("responsiveness"));
    const Classification zh =
        defaultClassifier().classify(text("我三个星期前就写信了，到现在没人回复。"));
    REQUIRE_FALSE(zh.dimensions.isEmpty());
    CHECK(zh.dimensions[0].key == QLatin1String("responsiveness"));
}

TEST_CASE("DOMAIN.md: praise in passing is not the complaint", "[classifier]")
{
    const Classification c =
        defaultClassifier().classify(text("The card came quickly, but my name is misspelt."));
    REQUIRE_FALSE(c.dimensions.isEmpty());
    CHECK(c.dimensions[0].key == QLatin1String("accuracy"));
    CHECK_FALSE(keys(c.dimensions).contains(QLatin1String("timeliness")));
    const Classification zh =
        defaultClassifier().classify(text("新卡很快就寄到了，但是卡上的名字拼错了。"));
    REQUIRE_FALSE(zh.dimensions.isEmpty());
    CHECK(zh.dimensions[0].key == QLatin1String("accuracy"));
}

TEST_CASE("the default lexicon names the service and the dimension of plain letters",
          "[classifier]")
{
    const Classification late = defaultClassifier().classify(
        text("My statement arrived after the due date again. Still waiting for an explanation."));
    CHECK(late.serviceCode == QLatin1String("BIL"));
    REQUIRE_FALSE(late.dimensions.isEmpty());
    CHECK(late.dimensions[0].key == QLatin1String("timeliness"));
    CHECK(late.language == QLatin1String("en"));

    const Classification notLate =
        defaultClassifier().classify(text("The statement was not late; the balance is wrong."));
    REQUIRE_FALSE(notLate.dimensions.isEmpty());
    CHECK(notLate.dimensions[0].key == QLatin1String("accuracy"));
    CHECK_FALSE(keys(notLate.dimensions).contains(QLatin1String("timeliness")));

    const Classification zh =
        defaultClassifier().classify(text("我申请补办的卡到现在还没有收到。"));
    CHECK(zh.serviceCode == QLatin1String("REP"));
    REQUIRE_FALSE(zh.dimensions.isEmpty());
    CHECK(zh.dimensions[0].key == QLatin1String("timeliness"));
    CHECK(zh.language == QLatin1String("zh"));
}

TEST_CASE("severity is the highest level whose terms are not negated", "[classifier]")
{
    const LetterClassifier &c = defaultClassifier();
    CHECK(c.classify(text("My statement is late.")).severity == Severity::Low);
    CHECK(c.classify(text("Please treat this as a formal complaint.")).severity ==
          Severity::Medium);
    CHECK(c.classify(text("This is a formal complaint. I will close my account.")).severity ==
          Severity::High);
    CHECK(c.classify(text("I do not want to close my account.")).severity == Severity::Low);
    CHECK(c.classify(text("如果问题得不到解决，我会注销这张卡。")).severity == Severity::High);
    CHECK(c.classify(text("这是我第三次写信投诉。")).severity == Severity::Medium);
}

TEST_CASE("the model takes over once trained on enough confirmed letters", "[classifier]")
{
    LetterClassifier classifier(Lexicon({term("late", "timeliness", 1)}));
    const QString misprint = text("my name was misprinted on the embossed card");
    // The lexicon knows nothing of misprints.
    CHECK(classifier.classify(misprint).dimensionSource == LabelSource::None);

    QList<TrainingLetter> letters;
    for (int i = 0; i < 10; ++i) {
        letters.append(training("the embossed card shows my name misprinted", "NEW", "accuracy"));
        letters.append(training("the statement came late again", "BIL", "timeliness"));
    }
    // 19 letters are too few (the minimum is 20 in all).
    classifier.train(letters.mid(1));
    CHECK(classifier.trainedOn() == 0);
    CHECK(classifier.classify(misprint).dimensionSource == LabelSource::None);

    // A label with a single letter is not learnt; the rest are 20.
    QList<TrainingLetter> withSingle = letters;
    withSingle.append(training("rude staff", "CMP", "assurance"));
    classifier.train(withSingle);
    CHECK(classifier.trainedOn() == 20);

    const Classification c = classifier.classify(misprint);
    CHECK(c.dimensionSource == LabelSource::Model);
    REQUIRE_FALSE(c.dimensions.isEmpty());
    CHECK(c.dimensions[0].key == QLatin1String("accuracy"));
    CHECK(c.dimensions[0].confidence > 0.9);
    CHECK(c.serviceSource == LabelSource::Model);
    CHECK(c.serviceCode == QLatin1String("NEW"));
    CHECK(c.modelTerms.contains(QLatin1String("misprinted")));
    CHECK_FALSE(keys(c.dimensions).contains(QLatin1String("assurance")));
}

TEST_CASE("with naive Bayes the lexicon keeps a task where it is surer than the model",
          "[classifier]")
{
    // A decisive lexicon phrase (weight 3: confidence 1) against a model
    // that learnt nothing about it (about an even split).
    ClassifierOptions bayes;
    bayes.model = ModelKind::NaiveBayes;
    LetterClassifier classifier(Lexicon({term("nobody answered", "responsiveness", 3)}), bayes);
    QList<TrainingLetter> letters;
    for (int i = 0; i < 10; ++i) {
        letters.append(training("alpha", "NEW", "accuracy"));
        letters.append(training("beta", "BIL", "timeliness"));
    }
    classifier.train(letters);
    const Classification c = classifier.classify(text("nobody answered"));
    CHECK(c.dimensionSource == LabelSource::Lexicon);
    REQUIRE_FALSE(c.dimensions.isEmpty());
    CHECK(c.dimensions[0].key == QLatin1String("responsiveness"));
    CHECK(c.dimensions[0].confidence == Approx(1.0));
    // The service has no lexicon terms, so the model gives it.
    CHECK(c.serviceSource == LabelSource::Model);
}

TEST_CASE("the trained linear model speaks for its task unless the lexicon is decisive about a "
          "label it never learnt",
          "[classifier]")
{
    QList<TrainingLetter> letters;
    for (int i = 0; i < 10; ++i) {
        letters.append(training("alpha", "NEW", "accuracy"));
        letters.append(training("beta", "BIL", "timeliness"));
    }
    // Decisive (weight 3, confidence 1) for responsiveness, which no
    // training letter had: the lexicon keeps the dimension.
    LetterClassifier decisive(Lexicon({term("nobody answered", "responsiveness", 3)}));
    decisive.train(letters);
    const Classification kept = decisive.classify(text("nobody answered"));
    CHECK(kept.dimensionSource == LabelSource::Lexicon);
    REQUIRE_FALSE(kept.dimensions.isEmpty());
    CHECK(kept.dimensions[0].key == QLatin1String("responsiveness"));
    // The service has no lexicon terms, so the model gives it.
    CHECK(kept.serviceSource == LabelSource::Model);

    // Weak (weight 1, confidence 1/3) for the same unlearnt label: the model
    // speaks. The lexicon's feature was never seen in training, so the
    // letter is an even split of what the model knows, about 1/2 each.
    LetterClassifier weak(Lexicon({term("nobody answered", "responsiveness", 1)}));
    weak.train(letters);
    const Classification c = weak.classify(text("nobody answered"));
    CHECK(c.dimensionSource == LabelSource::Model);
    REQUIRE_FALSE(c.dimensions.isEmpty());
    CHECK(c.dimensions[0].key != QLatin1String("responsiveness"));
    CHECK(c.dimensions[0].confidence == Approx(0.5).margin(0.05));
}

TEST_CASE("the labeller uses the workbench's lexicon, or the default one when it has none",
          "[classifier]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    DemoReferenceData reference;
    REQUIRE(reference.insertInto(*workbench).ok());

    ComplaintLetter letter;
    letter.text = text("I wrote about my statement three weeks ago and nobody answered. "
                       "I will close my account.");
    const LetterLabeller defaults = LetterLabeller::load(*workbench);
    defaults.suggest(letter);
    CHECK(letter.labelStatus == LabelStatus::Suggested);
    CHECK(letter.serviceId == reference.serviceId(QStringLiteral("BIL")));
    REQUIRE(letter.serviceConfidence.has_value());
    CHECK(*letter.serviceConfidence > 0);
    CHECK(letter.primaryDimensionId == reference.dimensionId(QStringLiteral("responsiveness")));
    REQUIRE_FALSE(letter.dimensions.isEmpty());
    CHECK(letter.dimensions[0].dimensionId == *letter.primaryDimensionId);
    CHECK(letter.severity == Severity::High);
    CHECK(letter.language == QLatin1String("en"));
    CHECK(defaults.serviceCode(*letter.serviceId) == QLatin1String("BIL"));
    CHECK(defaults.dimensionKey(*letter.primaryDimensionId) == QLatin1String("responsiveness"));

    // A confirmed letter is the analyst's: left as it is.
    ComplaintLetter confirmed = letter;
    confirmed.labelStatus = LabelStatus::Confirmed;
    confirmed.primaryDimensionId = reference.dimensionId(QStringLiteral("accuracy"));
    const ComplaintLetter before = confirmed;
    defaults.suggest(confirmed);
    CHECK(confirmed == before);

    // The workbench's own terms replace the defaults; a term for a service
    // the workbench does not have is ignored.
    QList<LexiconTerm> own = {term("zorp", "accuracy", 2),
                              term("zorp", "XYZ", 2, LexiconTarget::Service)};
    REQUIRE(workbench->lexicon().replaceAll(own).ok());
    const LetterLabeller custom = LetterLabeller::load(*workbench);
    CHECK(custom.classifier().lexicon().terms().size() == 1);
    ComplaintLetter zorp;
    zorp.text = text("zorp, and nobody answered");
    custom.suggest(zorp);
    CHECK(zorp.primaryDimensionId == reference.dimensionId(QStringLiteral("accuracy")));
    CHECK_FALSE(zorp.serviceId.has_value());

    // Nothing to go on: nothing suggested.
    ComplaintLetter blank;
    blank.text = text("Hello.");
    custom.suggest(blank);
    CHECK(blank.labelStatus == LabelStatus::Unlabelled);
    CHECK_FALSE(blank.primaryDimensionId.has_value());
}

TEST_CASE("the labeller learns from the workbench's confirmed letters", "[classifier]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    DemoReferenceData reference;
    REQUIRE(reference.insertInto(*workbench).ok());
    QList<ComplaintLetter> letters;
    for (int i = 0; i < 12; ++i) {
        for (const auto &[body, code, key, status] :
             {std::tuple{"embossed misprint number %1", "NEW", "accuracy", LabelStatus::Confirmed},
              std::tuple{"statement tardy number %1", "BIL", "timeliness", LabelStatus::Confirmed},
              std::tuple{"unconfirmed guess %1", "APP", "empathy", LabelStatus::Suggested}}) {
            ComplaintLetter letter;
            letter.text = text(body).arg(i);
            letter.serviceId = reference.serviceId(text(code));
            letter.primaryDimensionId = reference.dimensionId(text(key));
            letter.dimensions = {{*letter.primaryDimensionId, 1.0}};
            letter.labelStatus = status;
            // A suggestion's service has a confidence; one without is given
            // (an import's label column) and is learnt from.
            if (status == LabelStatus::Suggested)
                letter.serviceConfidence = 0.6;
            letters.append(letter);
        }
    }
    REQUIRE(workbench->letters().insertMany(letters).ok());
    LetterLabeller labeller = LetterLabeller::load(*workbench);
    const QList<TrainingLetter> learnt = labeller.trainingLetters(*workbench);
    REQUIRE(learnt.size() == 24);
    int accuracy = 0;
    for (const TrainingLetter &t : learnt) {
        CHECK(t.serviceCode != QLatin1String("APP"));
        if (t.dimensionKey == QLatin1String("accuracy")) {
            ++accuracy;
            CHECK(t.serviceCode == QLatin1String("NEW"));
        }
    }
    CHECK(accuracy == 12);
    CHECK(labeller.classifier().trainedOn() == 24);
    ComplaintLetter fresh;
    fresh.text = text("a tardy statement");
    labeller.suggest(fresh);
    CHECK(fresh.serviceId == reference.serviceId(QStringLiteral("BIL")));
    CHECK(fresh.primaryDimensionId == reference.dimensionId(QStringLiteral("timeliness")));
}
