// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmasking.h"

#include <QList>

// What is masked, and why:
//
// 1. A run is a maximal sequence of digit groups joined by single separator
//    characters, each a space or a dash ("4111 1111 1111 1111",
//    "5500-0000-0000-0004"; mixed too, so an odd layout cannot hide a card).
//    Two separators in a row or any other character end the run.
// 2. A run glued to a Latin letter or another digit on either side ("ID4111…",
//    "4111…x") is part of some longer token and is left alone, as is one glued
//    to a decimal point or thousands separator followed by (or preceded by) a
//    digit ("12345678901234.56" is an amount). Glued to Chinese or other
//    non-Latin text it still counts: Chinese writes no spaces around numbers.
// 3. Within a run, a card number is a window of whole consecutive groups
//    holding 13-19 digits that passes the Luhn check, and whose first group
//    has at least four digits unless the window is a single group (every
//    card layout, 4-4-4-4, 4-6-5 and 4-4-4-4-3, opens with four digits; this
//    keeps lists of short numbers from being read as cards). The window with
//    the most digits wins, the leftmost on a tie, and what is left of the run
//    on either side is searched the same way. So a whole run of 13-19 digits
//    is masked when it passes, "4111 1111 1111 1111 2024" (a card followed
//    by a year, 20 digits in all) masks the card and keeps the year, and two
//    grouped cards in a row are both masked.
// 4. A single group of 20 or more digits is no card number and is left alone,
//    as are 12-digit runs, phone numbers ("0800 123 4567"), dates
//    ("2024-03-05") and amounts ("1,234.56"): too few digits, or separators
//    that are not single spaces or dashes.
//
// Digits are any Unicode decimal digits, so full-width digits in Chinese
// text are caught too; the mask keeps the last four as written.

namespace Yardstick {

namespace {

constexpr int kMinDigits = 13;
constexpr int kMaxDigits = 19;
constexpr int kFirstGroupDigits = 4;

struct Group
{
    qsizetype begin = 0; // index of the first digit in the text
    qsizetype end = 0;   // one past the last digit
    qsizetype size() const { return end - begin; }
};

bool isDigit(QChar c)
{
    return c.isDigit();
}

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-');
}

bool isDecimalMark(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

// Whether the run [begin, end) is glued to something that makes it part of a
// longer token (rule 2).
bool glued(const QString &text, qsizetype begin, qsizetype end)
{
    if (begin > 0) {
        const QChar before = text.at(begin - 1);
        if (isLatinLetter(before) || isDigit(before))
            return true;
        if (isDecimalMark(before) && begin > 1 && isDigit(text.at(begin - 2)))
            return true;
    }
    if (end < text.size()) {
        const QChar after = text.at(end);
        if (isLatinLetter(after) || isDigit(after))
            return true;
        if (isDecimalMark(after) && end + 1 < text.size() && isDigit(text.at(end + 1)))
            return true;
    }
    return false;
}

QString digitsOf(const QString &text, const QList<Group> &groups, qsizetype from, qsizetype to)
{
    QString digits;
    for (qsizetype g = from; g < to; ++g) {
        for (qsizetype i = groups.at(g).begin; i < groups.at(g).end; ++i)
            digits.append(QChar(u'0' + text.at(i).digitValue()));
    }
    return digits;
}

struct Window
{
    qsizetype from = 0; // first group
    qsizetype to = 0;   // one past the last group
};

// The card number among groups [from, to) with the most digits (rule 3).
std::optional<Window> bestWindow(const QString &text, const QList<Group> &groups, qsizetype from,
                                 qsizetype to)
{
    std::optional<Window> best;
    qsizetype bestDigits = 0;
    for (qsizetype first = from; first < to; ++first) {
        qsizetype digits = 0;
        for (qsizetype last = first; last < to; ++last) {
            digits += groups.at(last).size();
            if (digits > kMaxDigits)
                break;
            const bool single = last == first;
            if (digits < kMinDigits || digits <= bestDigits ||
                (!single && groups.at(first).size() < kFirstGroupDigits))
                continue;
            if (passesLuhn(digitsOf(text, groups, first, last + 1))) {
                best = Window{first, last + 1};
                bestDigits = digits;
            }
        }
    }
    return best;
}

void findCards(const QString &text, const QList<Group> &groups, qsizetype from, qsizetype to,
               QList<Group> &cards)
{
    const std::optional<Window> window = bestWindow(text, groups, from, to);
    if (!window)
        return;
    findCards(text, groups, from, window->from, cards);
    cards.append(Group{groups.at(window->from).begin, groups.at(window->to - 1).end});
    findCards(text, groups, window->to, to, cards);
}

// The groups of the run starting at a digit (rule 1).
QList<Group> runAt(const QString &text, qsizetype start)
{
    QList<Group> groups;
    qsizetype i = start;
    while (true) {
        const qsizetype begin = i;
        while (i < text.size() && isDigit(text.at(i)))
            ++i;
        groups.append(Group{begin, i});
        if (i + 1 >= text.size() || !isSeparator(text.at(i)) || !isDigit(text.at(i + 1)))
            break;
        ++i;
    }
    return groups;
}

QString maskFor(const QString &text, const Group &card)
{
    QString lastFour;
    for (qsizetype i = card.end - 1; i >= card.begin && lastFour.size() < 4; --i) {
        if (isDigit(text.at(i)))
            lastFour.prepend(text.at(i));
    }
    return QStringLiteral("•••• •••• •••• ") + lastFour;
}

} // namespace

bool passesLuhn(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int d = digits.at(i).digitValue();
        if (d < 0 || !digits.at(i).isDigit())
            return false;
        const int value = doubled ? d * 2 : d;
        sum += value > 9 ? value - 9 : value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

MaskedText maskCardNumbers(const QString &text)
{
    QList<Group> cards;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        const QList<Group> groups = runAt(text, i);
        const qsizetype end = groups.constLast().end;
        if (!glued(text, i, end))
            findCards(text, groups, 0, groups.size(), cards);
        i = end;
    }
    MaskedText result;
    result.masked = int(cards.size());
    if (cards.isEmpty()) {
        result.text = text;
        return result;
    }
    qsizetype copied = 0;
    for (const Group &card : cards) {
        result.text.append(QStringView(text).sliced(copied, card.begin - copied));
        result.text.append(maskFor(text, card));
        copied = card.end;
    }
    result.text.append(QStringView(text).sliced(copied));
    return result;
}

} // namespace Yardstick
