// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Yardstick {

// Multinomial naive Bayes over token counts, with Laplace (add-alpha)
// smoothing, computed in log space:
//   log P(c | d) = log P(c) + sum over tokens t of d: log P(t | c) + const
//   P(c)     = documents of c / documents
//   P(t | c) = (count of t in c + alpha) / (tokens in c + alpha * |V|)
// where V is the vocabulary of the training documents; tokens never seen in
// training are left out. The posterior is normalised with log-sum-exp.
class NaiveBayes final
{
public:
    struct Probability
    {
        QString label;
        double probability = 0;
    };

    explicit NaiveBayes(double alpha = 1.0);

    // Naive Bayes takes every token as independent evidence, so a letter of
    // 150 words comes out 99.99% sure of anything. With a cap, a document
    // counts as at most `tokens` tokens: the sum of its log-likelihoods is
    // scaled by cap / known tokens when it has more. 0 (the default): no cap.
    void setEvidenceCap(int tokens) { m_evidenceCap = tokens; }

    // documents[i] is labelled labels[i]; replaces any earlier training.
    void train(const QList<QStringList> &documents, const QStringList &labels);

    bool isTrained() const { return !m_classes.isEmpty(); }
    QStringList labels() const; // sorted
    int documentCount() const { return m_documents; }
    int vocabularySize() const { return int(m_vocabulary.size()); }

    // Every label with its posterior probability, most likely first (ties by
    // label). Empty when untrained.
    QList<Probability> predict(const QStringList &tokens) const;

    // log P(t | label) as defined above; 0 for an unknown label.
    double logLikelihood(const QString &token, const QString &label) const;

    // The tokens of the document that most favour label over the others, by
    // count * (log P(t | label) - log of the mean P(t | c) over the other
    // labels), strongest first; only those in favour, at most `count`.
    QStringList strongestTokens(const QStringList &tokens, const QString &label,
                                int count = 5) const;

private:
    struct ClassCounts
    {
        int documents = 0;
        qint64 tokens = 0;
        QHash<QString, int> counts;
    };

    double m_alpha;
    int m_evidenceCap = 0;
    int m_documents = 0;
    QHash<QString, ClassCounts> m_classes;
    QSet<QString> m_vocabulary;
};

} // namespace Yardstick
