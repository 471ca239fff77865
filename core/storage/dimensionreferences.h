// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"

#include <QList>
#include <QString>

namespace Yardstick {

// Every row that names one dimension, by key: what merging it into another
// moves or drops, kept so the merge can be undone row for row. A letter or
// a lexicon term may name both dimensions; the merged one's row is then
// dropped (the other's stays) and kept here whole, to be put back.
struct DimensionReferences
{
    struct LetterLabel
    {
        qint64 letterId = 0;
        int rank = 0;
        double confidence = 0;
    };
    struct Term
    {
        qint64 id = 0;
        QString language;
        QString term;
        double weight = 1.0;
    };

    Dimension dimension; // as it was: its SERVQUAL weight and card-case flag too
    QList<qint64> standards;
    QList<qint64> primaryLetters;     // complaint letters whose primary dimension it was
    QList<qint64> movedLabels;        // letters whose label moved to the other dimension
    QList<LetterLabel> droppedLabels; // letters labelled with both
    QList<qint64> surveyItems;
    QList<qint64> surveyResponses;
    QList<qint64> movedTerms; // lexicon terms re-keyed to the other dimension
    QList<Term> droppedTerms; // terms the other dimension already had
};

} // namespace Yardstick
