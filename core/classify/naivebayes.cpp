// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "naivebayes.h"

#include <algorithm>
#include <cmath>

namespace Yardstick {

NaiveBayes::NaiveBayes(double alpha)
    : m_alpha(alpha)
{}

void NaiveBayes::train(const QList<QStringList> &documents, const QStringList &labels)
{
    Q_ASSERT(documents.size() == labels.size());
    m_classes.clear();
    m_vocabulary.clear();
    m_documents = 0;
    for (qsizetype i = 0; i < documents.size() && i < labels.size(); ++i) {
        ClassCounts &counts = m_classes[labels[i]];
        ++counts.documents;
        ++m_documents;
        for (const QString &token : documents[i]) {
            ++counts.counts[token];
            ++counts.tokens;
            m_vocabulary.insert(token);
        }
    }
}

QStringList NaiveBayes::labels() const
{
    QStringList result = m_classes.keys();
    result.sort();
    return result;
}

double NaiveBayes::logLikelihood(const QString &token, const QString &label) const
{
    const auto it = m_classes.constFind(label);
    if (it == m_classes.cend())
        return 0;
    const double numerator = it->counts.value(token) + m_alpha;
    const double denominator = double(it->tokens) + m_alpha * double(m_vocabulary.size());
    return std::log(numerator / denominator);
}

QList<NaiveBayes::Probability> NaiveBayes::predict(const QStringList &tokens) const
{
    const QStringList names = labels();
    if (names.isEmpty())
        return {};
    qsizetype known = 0;
    for (const QString &token : tokens)
        known += m_vocabulary.contains(token) ? 1 : 0;
    const double scale =
        m_evidenceCap > 0 && known > m_evidenceCap ? double(m_evidenceCap) / double(known) : 1.0;
    QList<double> logs;
    for (const QString &label : names) {
        double likelihood = 0;
        for (const QString &token : tokens) {
            if (m_vocabulary.contains(token))
                likelihood += logLikelihood(token, label);
        }
        logs.append(std::log(double(m_classes.value(label).documents) / double(m_documents)) +
                    scale * likelihood);
    }
    // log-sum-exp: subtract the largest before exponentiating, so long
    // letters (sums of hundreds of logs) do not underflow to 0/0.
    const double top = *std::max_element(logs.cbegin(), logs.cend());
    double sum = 0;
    for (const double log : std::as_const(logs))
        sum += std::exp(log - top);
    const double logSum = top + std::log(sum);

    QList<Probability> result;
    for (qsizetype i = 0; i < names.size(); ++i)
        result.append({names[i], std::exp(logs[i] - logSum)});
    std::stable_sort(result.begin(), result.end(), [](const Probability &a, const Probability &b) {
        return a.probability > b.probability;
    });
    return result;
}

QStringList NaiveBayes::strongestTokens(const QStringList &tokens, const QString &label,
                                        int count) const
{
    if (!m_classes.contains(label) || m_classes.size() < 2)
        return {};
    QHash<QString, int> inDocument;
    for (const QString &token : tokens) {
        if (m_vocabulary.contains(token))
            ++inDocument[token];
    }
    struct Scored
    {
        QString token;
        double score;
    };
    QList<Scored> scored;
    for (auto it = inDocument.cbegin(); it != inDocument.cend(); ++it) {
        double others = 0;
        for (auto c = m_classes.cbegin(); c != m_classes.cend(); ++c) {
            if (c.key() != label)
                others += std::exp(logLikelihood(it.key(), c.key()));
        }
        others /= double(m_classes.size() - 1);
        const double score = it.value() * (logLikelihood(it.key(), label) - std::log(others));
        if (score > 0)
            scored.append({it.key(), score});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.token < b.token;
    });
    QStringList result;
    for (qsizetype i = 0; i < scored.size() && i < count; ++i)
        result.append(scored[i].token);
    return result;
}

} // namespace Yardstick
