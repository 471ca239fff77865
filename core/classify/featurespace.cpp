// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurespace.h"

#include "tokenizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

const QString kPiece = QStringLiteral("c:");
constexpr int kPieceLength = 4;

bool isHanToken(const QString &token)
{
    return !token.isEmpty() && isHan(token.back());
}

} // namespace

LetterFeatures letterFeatures(const QStringList &tokens, const FeatureOptions &options)
{
    LetterFeatures features;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        ++features.counts[token];
        if (isHanToken(token))
            continue;
        if (options.wordBigrams && i + 1 < tokens.size() && !isHanToken(tokens[i + 1]))
            ++features.counts[token + QLatin1Char(' ') + tokens[i + 1]];
        if (options.characterGrams) {
            // Padded with < and > so a word's beginning and end are pieces too.
            const QString padded = QLatin1Char('<') + token + QLatin1Char('>');
            for (qsizetype k = 0; k + kPieceLength <= padded.size(); ++k)
                ++features.counts[kPiece + padded.mid(k, kPieceLength)];
        }
    }
    return features;
}

void FeatureSpace::fit(const QList<LetterFeatures> &letters, int minimumLetters)
{
    m_index.clear();
    m_names.clear();
    m_idf.clear();
    QHash<QString, int> documents;
    QSet<QString> extras;
    for (const LetterFeatures &letter : letters) {
        for (auto it = letter.counts.cbegin(); it != letter.counts.cend(); ++it)
            ++documents[it.key()];
        for (const auto &extra : letter.extras)
            extras.insert(extra.first);
    }
    // Sorted, so the same letters give the same indices whatever the hash
    // order: the optimiser then sums in the same order on every machine.
    QStringList kept;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        if (it.value() >= minimumLetters)
            kept.append(it.key());
    }
    kept.sort();
    const double n = double(letters.size());
    for (const QString &term : std::as_const(kept)) {
        m_index.insert(term, int(m_names.size()));
        m_names.append(term);
        m_idf.append(std::log((1.0 + n) / (1.0 + double(documents.value(term)))) + 1.0);
    }
    QStringList extraNames(extras.cbegin(), extras.cend());
    extraNames.sort();
    for (const QString &name : std::as_const(extraNames)) {
        if (m_index.contains(name))
            continue;
        m_index.insert(name, int(m_names.size()));
        m_names.append(name);
        m_idf.append(0.0);
    }
}

SparseVector FeatureSpace::vectorize(const LetterFeatures &letter) const
{
    QList<std::pair<int, double>> entries;
    double squares = 0;
    for (auto it = letter.counts.cbegin(); it != letter.counts.cend(); ++it) {
        const auto found = m_index.constFind(it.key());
        if (found == m_index.cend() || m_idf[found.value()] == 0)
            continue;
        const double value = (1.0 + std::log(double(it.value()))) * m_idf[found.value()];
        entries.append({found.value(), value});
        squares += value * value;
    }
    if (squares > 0) {
        const double norm = std::sqrt(squares);
        for (auto &entry : entries)
            entry.second /= norm;
    }
    for (const auto &extra : letter.extras) {
        const auto found = m_index.constFind(extra.first);
        if (found != m_index.cend() && extra.second != 0)
            entries.append({found.value(), extra.second});
    }
    std::sort(entries.begin(), entries.end());
    SparseVector vector;
    for (const auto &entry : std::as_const(entries)) {
        if (!vector.indices.isEmpty() && vector.indices.back() == entry.first) {
            vector.values.back() += entry.second;
            continue;
        }
        vector.indices.append(entry.first);
        vector.values.append(entry.second);
    }
    return vector;
}

bool FeatureSpace::isReadable(int index) const
{
    return m_idf[index] != 0 && !m_names[index].startsWith(kPiece);
}

} // namespace Yardstick
