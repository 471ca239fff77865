// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultlexicon.h"

#include "lexicon.h"

namespace Yardstick {

QList<LexiconTerm> Lexicon::defaultTerms()
{
    return englishDefaultTerms() + chineseDefaultTerms();
}

} // namespace Yardstick
