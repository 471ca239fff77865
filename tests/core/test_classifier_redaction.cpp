// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/letterclassifier.h"
#include "classify/lexicon.h"
#include "classify/tokenizer.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

// Public complaint databases black out dates, names and amounts before they
// publish a narrative. Those marks are the publisher's, not the customer's.

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

LexiconTerm term(const char *t, const char *key, double weight = 1.0)
{
    return {0, QStringLiteral("en"), text(t), LexiconTarget::Dimension, text(key), weight};
}

} // namespace

TEST_CASE("redaction marks are recognised where they start, and only there", "[classifier]")
{
    const QString line = text("On XX/XX/XXXX I paid {$1,200.00} to XXXX, XX/XX/2019");
    CHECK(redactionLength(line, 3) == 10);  // XX/XX/XXXX
    CHECK(redactionLength(line, 21) == 11); // {$1,200.00}
    CHECK(redactionLength(line, 36) == 4);  // XXXX before the comma
    CHECK(redactionLength(line, 42) == 10); // XX/XX/2019
    CHECK(redactionLength(line, 4) == 0);   // inside a mark
    CHECK(redactionLength(line, 0) == 0);   // "On"
    // Words that begin with X, lower-case x and a clothing size are words.
    CHECK(redactionLength(text("Xmas"), 0) == 0);
    CHECK(redactionLength(text("xx/xx/xxxx"), 0) == 0);
    CHECK(redactionLength(text("XXL"), 0) == 0);
    CHECK(redactionLength(text("a single X"), 9) == 0);
}

TEST_CASE("redaction marks give no token", "[classifier]")
{
    CHECK(tokenize(text("In late XX/XX/XXXX I paid {$1,200.00} to XXXX XXXX")) ==
          list({"in", "late", "i", "paid", "to"}));
    // The year left in a redacted date is part of the mark, not a number.
    CHECK(tokenize(text("since XX/XX/2019, 3 calls")) == list({"since", "<num>", "calls"}));
    // Ordinary words and numbers are untouched.
    CHECK(tokenize(text("Xmas xx 12/03/2024")) == list({"xmas", "xx", "<num>", "<num>", "<num>"}));
}

TEST_CASE("late before a redacted date or name is not a delay", "[classifier]")
{
    const Lexicon lexicon({term("late", "timeliness", 2), term("# days", "timeliness")});
    CHECK(lexicon.find(text("In late XX/XX/XXXX I opened an account.")).isEmpty());
    CHECK(lexicon.find(text("In late XX/XX/2019 I opened an account.")).isEmpty());
    CHECK(lexicon.find(text("My late XXXX held the card.")).isEmpty());

    // Late as a delay still counts, even near a redaction: "late." ends the
    // clause, and the redacted date after "on" is not right after "late".
    const QList<TermHit> delay = lexicon.find(text("The card came late. XXXX said 25 days."));
    REQUIRE(delay.size() == 2);
    CHECK(delay.at(0).term == QLatin1String("late"));
    CHECK(delay.at(1).term == QLatin1String("# days"));
    CHECK(lexicon.find(text("It was late on XX/XX/XXXX.")).size() == 1);
}

TEST_CASE("a redacted date does not make a letter about timeliness", "[classifier]")
{
    const LetterClassifier classifier{Lexicon(Lexicon::defaultTerms())};
    // The default lexicon reads "late" as timeliness (weight 2): before the
    // fix this letter was 100% timeliness on that one word.
    const Classification c = classifier.classify(
        text("In late XX/XX/XXXX I opened a credit card with XXXX. The interest rate on my "
             "statement is wrong."));
    for (const LabelScore &score : c.dimensions)
        CHECK(score.key != QLatin1String("timeliness"));
    for (const TermHit &hit : c.terms)
        CHECK(hit.term != QLatin1String("late"));

    // The same sentence with a real delay is still timeliness.
    const Classification late =
        classifier.classify(text("In XX/XX/XXXX my replacement card arrived late."));
    REQUIRE_FALSE(late.dimensions.isEmpty());
    CHECK(late.dimensions.constFirst().key == QLatin1String("timeliness"));
}
