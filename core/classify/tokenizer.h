// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Yardstick {

struct TokenizerOptions
{
    // Leave out function words ("the", "a", "to"...). Negators are never
    // dropped: they carry the negation.
    bool dropStopWords = false;
    // How many tokens after an English negator are prefixed "not_".
    int negationScope = 3;
};

// Splits a letter into the tokens the naive Bayes model counts.
//
// English: lower-cased words, apostrophes kept inside words ("haven't",
// curly ones written straight), every number one token "<num>". After a
// negator (not, no, never, without, cannot, nor, and every n't form) the next
// negationScope tokens are written "not_received", until a punctuation mark
// ends the clause. Nobody, nothing and none are words, not negators:
// "nobody answered" is itself what a customer complains about.
//
// Redaction marks (see redactionLength) give no token.
//
// Chinese (runs of Han characters, no word breaks to rely on): each character
// and each pair of neighbouring characters. The pair right after a negator
// character (不, 没, 未, 无, 别; 没有 counts as one negator) is written
// "not_收到". Mixed text is split into its runs and each handled as above.
QStringList tokenize(QStringView text, const TokenizerOptions &options = {});

// An English word (lower case, straight apostrophe) that negates what
// follows in its clause.
bool isEnglishNegator(QStringView word);

// Han ideographs in the Basic Multilingual Plane, where letters are written.
inline bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// The characters that end a clause, and with it a negation's reach.
bool isClauseBreak(QChar c);

// The length of the redaction mark that starts at `at`, 0 when none does.
// Public complaint exports black out dates, names and amounts before
// publishing: "XX/XX/XXXX", "XX/XX/2019", "XXXX", "{$1,200.00}". The marks are
// the publisher's, not the customer's words, so they carry no weight.
qsizetype redactionLength(QStringView text, qsizetype at);

} // namespace Yardstick
