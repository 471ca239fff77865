// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include "tokenizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Yardstick {

namespace {

constexpr int kNegationReach = 3; // words looked back for an English negator

QString straightApostrophes(QString text)
{
    return text.replace(QChar(0x2019), QLatin1Char('\''));
}

// "call back" -> (?<!\w)call[\s\-]+back(?!\w); "misspel*" -> misspel\w*; "#"
// -> a number in digits or words ("# weeks" finds "3 weeks", "three weeks").
QRegularExpression englishPattern(const QString &term)
{
    const QStringList words =
        straightApostrophes(term.trimmed())
            .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList parts;
    for (const QString &word : words) {
        if (word == QLatin1String("#"))
            parts.append(QStringLiteral(
                "(?:\\d+(?:[.,]\\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                "twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|many|a\\s+few|"
                "a\\s+couple\\s+of)"));
        else if (word.endsWith(QLatin1Char('*')))
            parts.append(QRegularExpression::escape(word.chopped(1)) + QStringLiteral("[\\w']*"));
        else
            parts.append(QRegularExpression::escape(word));
    }
    return QRegularExpression(QStringLiteral("(?<!\\w)") + parts.join(QStringLiteral("[\\s\\-]+")) +
                                  QStringLiteral("(?!\\w)"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

bool endsClauseWord(const QString &word)
{
    return word == QLatin1String("but") || word == QLatin1String("however") ||
           word == QLatin1String("although") || word == QLatin1String("though");
}

// Looks back from start over at most kNegationReach words of the same clause,
// and not into the previous hit (from `floor` on): the "not" of "card not
// received" belongs to that phrase and does not negate the "three weeks"
// after it.
bool englishNegated(const QString &text, qsizetype start, qsizetype floor)
{
    qsizetype pos = start - 1;
    int words = 0;
    while (pos >= floor && words < kNegationReach) {
        const QChar c = text[pos];
        if (isClauseBreak(c) || isHan(c))
            return false;
        if (c.isLetter()) {
            qsizetype begin = pos;
            while (begin > floor &&
                   ((text[begin - 1].isLetterOrNumber() && !isHan(text[begin - 1])) ||
                    (text[begin - 1] == QLatin1Char('\'') && begin - 2 >= 0 &&
                     text[begin - 2].isLetter())))
                --begin;
            const QString word = text.mid(begin, pos - begin + 1).toLower();
            if (isEnglishNegator(word))
                return true;
            if (endsClauseWord(word))
                return false;
            ++words;
            pos = begin - 1;
        } else if (c.isDigit()) {
            while (pos >= floor && text[pos].isDigit())
                --pos;
            ++words;
        } else {
            --pos;
        }
    }
    return false;
}

bool chineseNegated(const QString &text, qsizetype start, qsizetype floor)
{
    static const QStringList pairs = {
        QString::fromUtf8("没有"), QString::fromUtf8("不是"), QString::fromUtf8("并非"),
        QString::fromUtf8("从未"), QString::fromUtf8("并未"), QString::fromUtf8("从没"),
    };
    static const QString singles = QString::fromUtf8("不没未无别");
    if (start - 2 >= floor && pairs.contains(text.mid(start - 2, 2)))
        return true;
    return start - 1 >= floor && singles.contains(text[start - 1]);
}

// "In late XX/XX/XXXX" is a time of the year whose date the publisher
// blacked out, and "my late XXXX" a person: neither says anything came late.
// Only the bare word is read so: "arrived late" stays a delay.
bool lateBeforeRedaction(const QString &text, qsizetype start, qsizetype length)
{
    if (text.mid(start, length).compare(QLatin1String("late"), Qt::CaseInsensitive) != 0)
        return false;
    qsizetype next = start + length;
    if (next >= text.size() || !text[next].isSpace())
        return false;
    while (next < text.size() && text[next].isSpace())
        ++next;
    return redactionLength(text, next) > 0;
}

struct Candidate
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype term = 0; // index into the terms
};

} // namespace

struct Lexicon::Compiled
{
    QList<bool> chinese;                // per term
    QList<QRegularExpression> patterns; // per term; unused for Chinese ones
};

Lexicon::Lexicon(QList<LexiconTerm> terms)
    : m_terms(std::move(terms))
{
    auto compiled = std::make_shared<Compiled>();
    for (const LexiconTerm &term : std::as_const(m_terms)) {
        const bool chinese = isChineseTerm(term.term);
        compiled->chinese.append(chinese);
        compiled->patterns.append(chinese ? QRegularExpression() : englishPattern(term.term));
    }
    m_compiled = std::move(compiled);
}

bool Lexicon::isChineseTerm(const QString &term)
{
    return std::any_of(term.begin(), term.end(), isHan);
}

QList<TermHit> Lexicon::find(const QString &original) const
{
    if (!m_compiled || original.isEmpty())
        return {};
    // Same length as the original, so positions carry over for highlighting.
    const QString text = straightApostrophes(original);

    QList<Candidate> candidates;
    for (qsizetype t = 0; t < m_terms.size(); ++t) {
        const QString &term = m_terms[t].term;
        if (term.trimmed().isEmpty())
            continue;
        if (m_compiled->chinese[t]) {
            for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
                candidates.append({at, term.size(), t});
        } else {
            QRegularExpressionMatchIterator it = m_compiled->patterns[t].globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (!lateBeforeRedaction(text, match.capturedStart(), match.capturedLength()))
                    candidates.append({match.capturedStart(), match.capturedLength(), t});
            }
        }
    }
    // Longest first; among equals the earliest, then the lexicon's order.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.length != b.length)
            return a.length > b.length;
        if (a.start != b.start)
            return a.start < b.start;
        return a.term < b.term;
    });
    QList<Candidate> kept;
    for (const Candidate &c : std::as_const(candidates)) {
        bool blocked = false;
        for (const Candidate &k : std::as_const(kept)) {
            // Services, dimensions and severity are read independently: a
            // phrase may name a dimension and hold a service's word.
            if (m_terms[c.term].target != m_terms[k.term].target)
                continue;
            const bool overlaps = c.start < k.start + k.length && k.start < c.start + c.length;
            const bool sameSpan = c.start == k.start && c.length == k.length;
            // Another term on exactly the same words for another key (two
            // services' or two dimensions') is kept.
            // Two terms on the same words for the same key ("# days" and "a
            // few days") count once.
            const bool twin = m_terms[c.term].key == m_terms[k.term].key;
            if (overlaps && (!sameSpan || twin)) {
                blocked = true;
                break;
            }
        }
        if (!blocked)
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.term < b.term;
    });

    QList<TermHit> hits;
    QHash<int, qsizetype> previousEnd; // per target: where its last hit ended
    for (const Candidate &c : std::as_const(kept)) {
        const LexiconTerm &term = m_terms[c.term];
        const qsizetype floor = std::min(previousEnd.value(int(term.target), 0), c.start);
        TermHit hit;
        hit.term = term.term;
        hit.start = c.start;
        hit.length = c.length;
        hit.target = term.target;
        hit.key = term.key;
        hit.weight = term.weight;
        hit.negated = m_compiled->chinese[c.term] ? chineseNegated(text, c.start, floor)
                                                  : englishNegated(text, c.start, floor);
        previousEnd[int(term.target)] =
            std::max(previousEnd.value(int(term.target), 0), c.start + c.length);
        hits.append(hit);
    }
    return hits;
}

} // namespace Yardstick
