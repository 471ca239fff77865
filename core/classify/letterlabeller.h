// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/letterclassifier.h"
#include "model/complaintletter.h"

#include <QHash>
#include <QString>

namespace Yardstick {

class Workbench;

// The classifier as one workbench sees it: its lexicon (the default terms
// when it stores none), trained on its confirmed letters, and its services
// and dimensions, so codes and keys turn into the ids a letter stores.
class LetterLabeller final
{
public:
    enum class Training
    {
        Now,   // trained on the confirmed letters as it loads
        Later, // the lexicon alone until retrained
    };
    static LetterLabeller load(Workbench &workbench, Training training = Training::Now);

    const LetterClassifier &classifier() const { return m_classifier; }
    Classification classify(const ComplaintLetter &letter) const;

    // Fills in the letter's suggested labels (service, dimensions with
    // confidences, primary dimension, severity; status Suggested). A letter an
    // analyst confirmed is left as it is. A service below kConfidenceFloor is
    // not filled in: the letter needs a look rather than a place in
    // whichever service the model leans to when it does not know.
    void suggest(ComplaintLetter &letter) const;

    // An unconfirmed letter without a suggested service (too weak, or
    // nothing pointed anywhere): an analyst has to choose.
    static bool needsLook(const ComplaintLetter &letter);

    // Retrains on the workbench's confirmed letters (after a correction).
    void retrain(Workbench &workbench);

    // The workbench's confirmed letters as the model learns from them: the
    // classifiable text, the service code and the primary dimension's key.
    QList<TrainingLetter> trainingLetters(Workbench &workbench) const;

    QString serviceCode(qint64 serviceId) const;
    QString dimensionKey(qint64 dimensionId) const;

private:
    explicit LetterLabeller(LetterClassifier classifier);

    LetterClassifier m_classifier;
    QHash<QString, qint64> m_serviceIds;   // by code
    QHash<QString, qint64> m_dimensionIds; // by key
};

} // namespace Yardstick
