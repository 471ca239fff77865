// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/tokenizer.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

QStringList words(const char *text, TokenizerOptions options = {})
{
    return tokenize(QString::fromUtf8(text), options);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST_CASE("English is lower-cased words with apostrophes kept inside them", "[classifier]")
{
    CHECK(words("I still HAVEN'T received it") ==
          list({"i", "still", "haven't", "not_received", "not_it"}));
    // A curly apostrophe is written straight; a quote mark is not part of a word.
    CHECK(words("haven\u2019t 'quoted'") == list({"haven't", "not_quoted"}));
}

TEST_CASE("every number becomes one token", "[classifier]")
{
    CHECK(words("paid 1,250.00 on 12 March") == list({"paid", "<num>", "on", "<num>", "march"}));
}

TEST_CASE("a negator prefixes the next three tokens, until punctuation", "[classifier]")
{
    CHECK(words("it was not late at all today") ==
          list({"it", "was", "not", "not_late", "not_at", "not_all", "today"}));
    CHECK(words("never late. card wrong") == list({"never", "not_late", "card", "wrong"}));
    CHECK(words("didn't arrive, so I rang") == list({"didn't", "not_arrive", "so", "i", "rang"}));
    CHECK(words("no reply") == list({"no", "not_reply"}));
    CHECK(words("without any answer") == list({"without", "not_any", "not_answer"}));
    // "but" turns the clause round: what follows is meant.
    CHECK(words("not late but wrong") == list({"not", "not_late", "but", "wrong"}));
}

TEST_CASE("nobody, nothing and none are words, not negators", "[classifier]")
{
    // "nobody answered" is the complaint itself, so "answered" stays as it is.
    CHECK(words("nobody answered") == list({"nobody", "answered"}));
    CHECK(words("nothing came") == list({"nothing", "came"}));
    CHECK(words("none arrived") == list({"none", "arrived"}));
}

TEST_CASE("stop words are dropped on request and do not use up the negation scope", "[classifier]")
{
    TokenizerOptions options;
    options.dropStopWords = true;
    CHECK(words("I have not had a single reply", options) ==
          list({"not", "not_single", "not_reply"}));
    CHECK(words("The card is late", options) == list({"card", "late"}));
}

TEST_CASE("Chinese runs give character unigrams and bigrams", "[classifier]")
{
    // 账单错误: 账 单 错 误, then 账单 单错 错误.
    CHECK(words("账单错误") == list({"账", "单", "错", "误", "账单", "单错", "错误"}));
    // Punctuation splits runs: no pair across the comma.
    CHECK(words("错误，迟到") == list({"错", "误", "错误", "迟", "到", "迟到"}));
}

TEST_CASE("a Chinese negator marks the pair that follows it", "[classifier]")
{
    // 没错误: the pair after 没 is 错误.
    CHECK(words("没错误") == list({"没", "错", "误", "没错", "not_错误"}));
    // 没有 counts as one negator: the pair after it (收到) is marked, not 有收.
    CHECK(words("没有收到") == list({"没", "有", "收", "到", "没有", "有收", "not_收到"}));
    // 不对: one character after 不, no pair to mark; 不对 itself is a word.
    CHECK(words("不对") == list({"不", "对", "不对"}));
}

TEST_CASE("mixed English and Chinese text is split into its runs", "[classifier]")
{
    CHECK(words("Card 没有收到 not late") ==
          list({"card", "没", "有", "收", "到", "没有", "有收", "not_收到", "not", "not_late"}));
}

TEST_CASE("English negators include every n't form", "[classifier]")
{
    for (const char *w : {"not", "no", "never", "without", "cannot", "isn't", "didn't", "haven't",
                          "wasn't", "won't", "couldn't"})
        CHECK(isEnglishNegator(QString::fromUtf8(w)));
    for (const char *w : {"nobody", "nothing", "none", "note", "know", "now"})
        CHECK_FALSE(isEnglishNegator(QString::fromUtf8(w)));
}
