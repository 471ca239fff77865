// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <QRegularExpression>
#include <QSet>

namespace Yardstick {

namespace {

const QString kNumber = QStringLiteral("<num>");
const QString kNot = QStringLiteral("not_");

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Function words the model learns nothing from. Words that carry a
// complaint's meaning in these letters stay in even though they are common:
// still, again, after, before, ago, nobody, nothing.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"a",     "an",   "the",   "and",   "or",   "to",    "of",    "in",     "on",
              "at",    "for",  "with",  "by",    "from", "as",    "is",    "are",    "was",
              "were",  "be",   "been",  "being", "i",    "me",    "my",    "we",     "our",
              "you",   "your", "it",    "its",   "this", "that",  "these", "those",  "he",
              "she",   "they", "them",  "his",   "her",  "their", "have",  "has",    "had",
              "do",    "does", "did",   "am",    "will", "would", "shall", "should", "can",
              "could", "may",  "might", "must",  "so",   "than",  "then",  "there",  "here",
              "which", "who",  "whom",  "whose", "what", "all",   "any",   "both",   "each",
              "some",  "such", "own",   "same",  "very", "just",  "also",  "into",   "up",
              "out",   "if",   "about", "i'm",   "i've", "i'd",   "i'll",  "it's",   "dear"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words;
}

// Words that turn the clause round: what follows them is no longer under
// the negation ("not late but wrong" complains about the error).
bool endsNegation(const QString &word)
{
    return word == QLatin1String("but") || word == QLatin1String("however") ||
           word == QLatin1String("although") || word == QLatin1String("though");
}

bool isChineseNegator(QChar c)
{
    return c == QChar(0x4E0D) /*不*/ || c == QChar(0x6CA1) /*没*/ || c == QChar(0x672A) /*未*/
           || c == QChar(0x65E0) /*无*/ || c == QChar(0x522B) /*别*/;
}

void appendHanRun(QStringView run, QStringList &tokens)
{
    for (const QChar c : run)
        tokens.append(QString(c));
    // The pair right after each negator (after 没有 as a whole) is negated.
    QSet<qsizetype> negatedPairs;
    for (qsizetype k = 0; k < run.size(); ++k) {
        if (!isChineseNegator(run[k]))
            continue;
        qsizetype start = k + 1;
        if (run[k] == QChar(0x6CA1) && start < run.size() && run[start] == QChar(0x6709) /*有*/)
            start = k + 2;
        negatedPairs.insert(start);
    }
    for (qsizetype k = 0; k + 1 < run.size(); ++k) {
        const QString pair = run.mid(k, 2).toString();
        tokens.append(negatedPairs.contains(k) ? kNot + pair : pair);
    }
}

} // namespace

bool isEnglishNegator(QStringView word)
{
    static const QSet<QString> negators = [] {
        QSet<QString> set;
        for (const char *w : {"not", "no", "never", "without", "cannot", "nor", "neither"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return negators.contains(word.toString()) || word.endsWith(QLatin1String("n't"));
}

bool isClauseBreak(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case 0x3002: // 。
    case 0xFF0C: // ，
    case 0xFF1B: // ；
    case 0xFF1A: // ：
    case 0xFF01: // ！
    case 0xFF1F: // ？
    case 0x3001: // 、
    case 0xFF08: // （
    case 0xFF09: // ）
        return true;
    default:
        return false;
    }
}

qsizetype redactionLength(QStringView text, qsizetype at)
{
    // Upper-case X only: "xx" or "Xmas" are words. A mark starts a word and
    // ends one; its groups ("XX", "2019") are joined by "/" or "-".
    static const QRegularExpression mark(
        QStringLiteral("\\{\\$[^{}\\n]{0,40}\\}|XX+(?:[/\\-](?:X+|\\d+))*(?!\\w)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (at < 0 || at >= text.size())
        return 0;
    // Cheap tests first: the tokenizer asks at every character.
    const QChar c = text[at];
    if (c != QLatin1Char('X') && c != QLatin1Char('{'))
        return 0;
    if (at > 0 && text[at - 1].isLetterOrNumber())
        return 0;
    const QRegularExpressionMatch match = mark.match(text, at, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? match.capturedLength() : 0;
}

QStringList tokenize(QStringView text, const TokenizerOptions &options)
{
    QStringList tokens;
    int negationLeft = 0;
    auto emitWord = [&](const QString &word) {
        if (isEnglishNegator(word)) {
            tokens.append(word);
            negationLeft = options.negationScope;
            return;
        }
        if (endsNegation(word))
            negationLeft = 0;
        if (options.dropStopWords && stopWords().contains(word))
            return;
        if (negationLeft > 0) {
            tokens.append(kNot + word);
            --negationLeft;
        } else {
            tokens.append(word);
        }
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (const qsizetype redacted = redactionLength(text, i); redacted > 0) {
            i += redacted;
        } else if (isHan(c)) {
            qsizetype j = i;
            while (j < n && isHan(text[j]))
                ++j;
            appendHanRun(text.mid(i, j - i), tokens);
            negationLeft = 0; // an English negation does not reach into Chinese
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = text[j];
                const bool inWordApostrophe =
                    isApostrophe(d) && j + 1 < n && text[j + 1].isLetter() && !isHan(text[j + 1]);
                if ((d.isLetterOrNumber() || d.isMark()) && !isHan(d))
                    ++j;
                else if (inWordApostrophe)
                    j += 2;
                else
                    break;
            }
            QString word = text.mid(i, j - i).toString().toLower();
            word.replace(QChar(0x2019), QLatin1Char('\''));
            emitWord(word);
            i = j;
        } else if (c.isDigit()) {
            // 1,250.00 and 12.5 are one number; the amount itself says nothing
            // about what went wrong.
            qsizetype j = i + 1;
            while (j < n && (text[j].isDigit() ||
                             ((text[j] == QLatin1Char('.') || text[j] == QLatin1Char(',')) &&
                              j + 1 < n && text[j + 1].isDigit())))
                ++j;
            emitWord(kNumber);
            i = j;
        } else {
            if (isClauseBreak(c))
                negationLeft = 0;
            ++i;
        }
    }
    return tokens;
}

} // namespace Yardstick
