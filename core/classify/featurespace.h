// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/softmaxregression.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Yardstick {

struct FeatureOptions
{
    // Pairs of neighbouring English words ("late fee", "not_received card"):
    // a fee and a late payment are different complaints from a late fee.
    bool wordBigrams = true;
    // Four-letter pieces of each English word ("stat", "tate", "atem"...):
    // they let "statements" and a misspelt "statment" share evidence.
    bool characterGrams = false;
    // A word, pair or piece is learned only when at least this many
    // training letters contain it: one that occurs once is the letter's
    // own noise (a name, a typo), not evidence about its label.
    int minimumLetters = 2;
};

// What one letter says to the linear model, before the vocabulary is known:
// how often each term occurs, and extra features with their own values
// (the lexicon's view of the letter), taken as they are.
struct LetterFeatures
{
    QHash<QString, int> counts;
    QList<std::pair<QString, double>> extras;
};

// The terms of a tokenised letter: its tokens, and as the options say the
// pairs of neighbouring English tokens ("a b") and the four-letter pieces of
// each English word ("c:" followed by the piece). Chinese tokens are
// character pairs already and take no pairs or pieces.
LetterFeatures letterFeatures(const QStringList &tokens, const FeatureOptions &options);

// The vocabulary the model reads letters in: every term kept from the
// training letters, weighted tf-idf with sublinear counts,
//   value(t, d) = (1 + ln count(t, d)) * (ln((1 + n) / (1 + df(t))) + 1)
// (n training letters, df(t) of them with the term), the text part of each
// letter scaled to unit length so a long letter is not surer than a short
// one; the extras follow with their own values.
class FeatureSpace final
{
public:
    void fit(const QList<LetterFeatures> &letters, int minimumLetters);
    SparseVector vectorize(const LetterFeatures &letter) const;

    int size() const { return int(m_names.size()); }
    const QString &name(int index) const { return m_names[index]; }
    // A word or a pair of words, which a reader can be shown as evidence
    // (not a four-letter piece nor an extra).
    bool isReadable(int index) const;

private:
    QHash<QString, int> m_index;
    QStringList m_names;
    QList<double> m_idf; // 0 for extras
};

} // namespace Yardstick
