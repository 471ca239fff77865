// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"

#include <QList>
#include <QString>

#include <memory>

namespace Yardstick {

// A lexicon term found in a text. Positions index the string searched, so
// a reader pane can highlight exactly these characters.
struct TermHit
{
    QString term; // the lexicon's term
    qsizetype start = 0;
    qsizetype length = 0;
    LexiconTarget target = LexiconTarget::Dimension;
    QString key;
    double weight = 1.0;
    bool negated = false; // "not late", "没有错误": found but does not count

    friend bool operator==(const TermHit &, const TermHit &) = default;
};

// The analysts' terms and phrases per service, dimension and severity, in
// English and Chinese. English terms match case-insensitively on word
// boundaries; Chinese terms match anywhere (no word breaks to rely on).
//
// English terms: words separated by spaces match any run of spaces or
// hyphens ("call back" finds "call-back"); a word ending in * matches any
// word it begins ("misspel*" finds "misspelt" and "misspelled"); the word #
// matches a number, in digits or words ("# weeks" finds "3 weeks" and "three
// weeks"); curly apostrophes in the letter count as straight ones.
//
// Negation: an English hit with a negator (not, no, never, without, n't...)
// among the three words before it in its clause ("not late", "wasn't
// wrong") is found but flagged negated; so is a Chinese hit right after
// 不, 没, 没有, 未, 无, 别, 不是, 并非. A term may itself begin with a negator
// ("never arrived", "没有收到", "没人回复"): it is the complaint, and only
// what comes before it can negate it.
//
// The bare word "late" right before a redaction mark of a public export
// ("XX/XX/XXXX", "XXXX"; see redactionLength) is a date ("in late
// XX/XX/XXXX") or a person ("my late XXXX"), not a delay: it is not a hit.
//
// A term with a negative weight is praise ("came quickly"): it pulls its key
// down, so a passing compliment does not become the complaint.
class Lexicon final
{
public:
    Lexicon() = default;
    explicit Lexicon(QList<LexiconTerm> terms);

    // The lexicon a new workbench starts with (editable afterwards). Service
    // terms use the reference service codes (APP, NEW, REP, BIL, INQ, ADR,
    // CMP, FEE, PAY, CLR, LST, DSP); a workbench without a code ignores them.
    static QList<LexiconTerm> defaultTerms();

    const QList<LexiconTerm> &terms() const { return m_terms; }

    // Every occurrence in text order. Where terms of the same target
    // (service, dimension or severity) overlap, the longest wins; terms of
    // different targets are read independently ("wrong address" is accuracy
    // and still lets "address" point at the address-change service).
    QList<TermHit> find(const QString &text) const;

    // True when the term is matched as Chinese (anywhere, no word breaks):
    // when it contains a Han character.
    static bool isChineseTerm(const QString &term);

private:
    struct Compiled;

    QList<LexiconTerm> m_terms;
    std::shared_ptr<const Compiled> m_compiled; // patterns, built once
};

} // namespace Yardstick
