// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterlabeller.h"

#include "workbench/workbench.h"

namespace Yardstick {

LetterLabeller::LetterLabeller(LetterClassifier classifier)
    : m_classifier(std::move(classifier))
{}

LetterLabeller LetterLabeller::load(Workbench &workbench, Training training)
{
    QHash<QString, qint64> serviceIds;
    for (const Service &service : workbench.services().all())
        serviceIds.insert(service.code, service.id);
    QHash<QString, qint64> dimensionIds;
    for (const Dimension &dimension : workbench.dimensions().all())
        dimensionIds.insert(dimension.key, dimension.id);

    QList<LexiconTerm> stored = workbench.lexicon().all();
    if (stored.isEmpty())
        stored = Lexicon::defaultTerms();
    // Terms for a service or dimension this workbench does not have could
    // only suggest a label it cannot store. A workbench that defines none
    // yet keeps them all: its letters can still be classified for a look.
    QList<LexiconTerm> terms;
    for (const LexiconTerm &term : std::as_const(stored)) {
        if ((term.target == LexiconTarget::Service && !serviceIds.isEmpty() &&
             !serviceIds.contains(term.key)) ||
            (term.target == LexiconTarget::Dimension && !dimensionIds.isEmpty() &&
             !dimensionIds.contains(term.key)))
            continue;
        terms.append(term);
    }

    LetterLabeller labeller{LetterClassifier(Lexicon(std::move(terms)))};
    labeller.m_serviceIds = std::move(serviceIds);
    labeller.m_dimensionIds = std::move(dimensionIds);
    if (training == Training::Now)
        labeller.retrain(workbench);
    return labeller;
}

Classification LetterLabeller::classify(const ComplaintLetter &letter) const
{
    return m_classifier.classify(classifiableText(letter));
}

void LetterLabeller::suggest(ComplaintLetter &letter) const
{
    if (letter.labelStatus == LabelStatus::Confirmed)
        return;
    const Classification c = classify(letter);
    if (letter.language.isEmpty())
        letter.language = c.language;

    // A service without a confidence was given, not guessed (a label column
    // another team filled in): it stays, only the dimensions are suggested.
    const bool serviceGiven = letter.serviceId && !letter.serviceConfidence;
    if (!serviceGiven) {
        letter.serviceId.reset();
        letter.serviceConfidence.reset();
    }
    const auto service = m_serviceIds.constFind(c.serviceCode);
    if (!serviceGiven && !c.needsLook && service != m_serviceIds.cend()) {
        letter.serviceId = service.value();
        letter.serviceConfidence = c.serviceConfidence;
    }
    letter.dimensions.clear();
    for (const LabelScore &score : c.dimensions) {
        if (const auto id = m_dimensionIds.constFind(score.key); id != m_dimensionIds.cend())
            letter.dimensions.append({id.value(), score.confidence});
    }
    letter.primaryDimensionId.reset();
    if (!letter.dimensions.isEmpty())
        letter.primaryDimensionId = letter.dimensions.constFirst().dimensionId;
    letter.severity = c.severity;
    const bool anything = letter.serviceId || letter.primaryDimensionId;
    letter.labelStatus = anything ? LabelStatus::Suggested : LabelStatus::Unlabelled;
}

bool LetterLabeller::needsLook(const ComplaintLetter &letter)
{
    return letter.labelStatus != LabelStatus::Confirmed && !letter.serviceId;
}

QList<TrainingLetter> LetterLabeller::trainingLetters(Workbench &workbench) const
{
    QList<TrainingLetter> letters;
    for (const ComplaintLetter &letter : workbench.letters().all()) {
        // A letter whose service was given by an import's label column
        // teaches the service even while its dimensions are suggestions.
        const bool serviceGiven = letter.serviceId && !letter.serviceConfidence;
        if (letter.labelStatus != LabelStatus::Confirmed && !serviceGiven)
            continue;
        TrainingLetter training;
        training.text = classifiableText(letter);
        if (letter.serviceId)
            training.serviceCode = serviceCode(*letter.serviceId);
        if (letter.labelStatus != LabelStatus::Confirmed) {
            if (!training.serviceCode.isEmpty())
                letters.append(training);
            continue;
        }
        if (letter.primaryDimensionId)
            training.dimensionKey = dimensionKey(*letter.primaryDimensionId);
        else if (!letter.dimensions.isEmpty())
            training.dimensionKey = dimensionKey(letter.dimensions.constFirst().dimensionId);
        if (!training.serviceCode.isEmpty() || !training.dimensionKey.isEmpty())
            letters.append(training);
    }
    return letters;
}

void LetterLabeller::retrain(Workbench &workbench)
{
    m_classifier.train(trainingLetters(workbench));
}

QString LetterLabeller::serviceCode(qint64 serviceId) const
{
    return m_serviceIds.key(serviceId);
}

QString LetterLabeller::dimensionKey(qint64 dimensionId) const
{
    return m_dimensionIds.key(dimensionId);
}

} // namespace Yardstick
