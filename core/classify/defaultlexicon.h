// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"

#include <QList>

#include <initializer_list>

namespace Yardstick {

// The lexicon a new workbench starts with, one function per language
// (Lexicon::defaultTerms() joins them).
QList<LexiconTerm> englishDefaultTerms();
QList<LexiconTerm> chineseDefaultTerms();

// Writes groups of terms that share a target, key and weight.
class LexiconWriter final
{
public:
    LexiconWriter(const char *language, QList<LexiconTerm> &terms)
        : m_language(QLatin1String(language))
        , m_terms(terms)
    {}

    void add(LexiconTarget target, const char *key, double weight,
             std::initializer_list<const char *> terms)
    {
        for (const char *term : terms)
            m_terms.append(
                {0, m_language, QString::fromUtf8(term), target, QLatin1String(key), weight});
    }

private:
    QString m_language;
    QList<LexiconTerm> &m_terms;
};

} // namespace Yardstick
