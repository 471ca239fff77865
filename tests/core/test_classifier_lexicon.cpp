// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../catchqt.h"
#include "classify/lexicon.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace Yardstick;

namespace {

LexiconTerm term(const char *text, const char *key = "timeliness",
                 LexiconTarget target = LexiconTarget::Dimension, double weight = 1.0)
{
    const QString t = QString::fromUtf8(text);
    return {0,
            Lexicon::isChineseTerm(t) ? QStringLiteral("zh") : QStringLiteral("en"),
            t,
            target,
            QString::fromUtf8(key),
            weight};
}

QList<TermHit> find(const QList<LexiconTerm> &terms, const char *text)
{
    return Lexicon(terms).find(QString::fromUtf8(text));
}

// "term@start+length" (with "!" for a negated hit), for compact checks.
QStringList digest(const QList<TermHit> &hits)
{
    QStringList result;
    for (const TermHit &hit : hits)
        result.append(QStringLiteral("%1%2@%3+%4")
                          .arg(hit.negated ? QStringLiteral("!") : QString(), hit.term)
                          .arg(hit.start)
                          .arg(hit.length));
    return result;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST_CASE("English terms match case-insensitively on word boundaries only", "[classifier]")
{
    // "Please translate this. It was LATE.": "Please " is 7 characters,
    // "translate " 10, "this. " 6, "It " 3, "was " 4, so LATE starts at 30.
    CHECK(digest(find({term("late")}, "Please translate this. It was LATE.")) ==
          list({"late@30+4"}));
    CHECK(find({term("late")}, "lately, latest, belated").isEmpty());
}

TEST_CASE("English phrases match across line breaks and hyphens, with stems and numbers",
          "[classifier]")
{
    CHECK(digest(find({term("call back", "responsiveness")}, "a call-back, a call\nback")) ==
          list({"call back@2+9", "call back@15+9"}));
    CHECK(digest(find({term("misspel*", "accuracy")}, "misspelt and misspelled")) ==
          list({"misspel*@0+8", "misspel*@13+10"}));
    CHECK(digest(find({term("# weeks")}, "3 weeks, three weeks, weeks")) ==
          list({"# weeks@0+7", "# weeks@9+11"}));
}

TEST_CASE("a negator before an English term in its clause negates it", "[classifier]")
{
    const QList<LexiconTerm> terms = {term("late"), term("wrong", "accuracy"),
                                      term("mistake", "accuracy")};
    CHECK(digest(find(terms, "It was not late.")) == list({"!late@11+4"}));
    CHECK(digest(find(terms, "It wasn't wrong")) == list({"!wrong@10+5"}));
    CHECK(digest(find(terms, "never late")) == list({"!late@6+4"}));
    CHECK(digest(find(terms, "no mistake")) == list({"!mistake@3+7"}));
    // Curly apostrophes count: "wasn’t" is a negator.
    CHECK(digest(find(terms, "It wasn\u2019t wrong")) == list({"!wrong@10+5"}));
    // Without a negator, or with one in another clause or after the term, or
    // more than three words back, the term counts.
    CHECK(digest(find(terms, "It was late.")) == list({"late@7+4"}));
    CHECK(digest(find(terms, "No. It was late.")) == list({"late@11+4"}));
    CHECK(digest(find(terms, "late, not wrong")) == list({"late@0+4", "!wrong@10+5"}));
    CHECK(digest(find(terms, "not only this card was late")) == list({"late@23+4"}));
    // "but" turns the clause round.
    CHECK(digest(find(terms, "not late but wrong")) == list({"!late@4+4", "wrong@13+5"}));
}

TEST_CASE("nobody and terms that begin with a negator are complaints, not negations",
          "[classifier]")
{
    const QList<LexiconTerm> terms = {term("nobody called back", "responsiveness"),
                                      term("still haven't received"), term("received", "x")};
    CHECK(digest(find(terms, "Nobody called back.")) == list({"nobody called back@0+18"}));
    // The longer term wins over "received" inside it, and is not negated by
    // the n't it contains.
    CHECK(digest(find(terms, "I still haven't received it")) ==
          list({"still haven't received@2+22"}));
}

TEST_CASE("Chinese terms match anywhere, a negator right before negates them", "[classifier]")
{
    const QList<LexiconTerm> terms = {term("错误", "accuracy"), term("没有收到"),
                                      term("没人回复", "responsiveness")};
    CHECK(digest(find(terms, "账单错误")) == list({"错误@2+2"}));
    CHECK(digest(find(terms, "没有错误")) == list({"!错误@2+2"}));
    CHECK(digest(find(terms, "这不是错误")) == list({"!错误@3+2"}));
    CHECK(digest(find(terms, "并无错误")) == list({"!错误@2+2"}));
    // Terms that begin with 没 are the complaint itself.
    CHECK(digest(find(terms, "我没有收到新卡，也没人回复。")) ==
          list({"没有收到@1+4", "没人回复@9+4"}));
}

TEST_CASE("the longest of overlapping terms wins, and positions index the text", "[classifier]")
{
    const QList<LexiconTerm> terms = {term("没有收到"), term("没有收到任何答复", "responsiveness"),
                                      term("收到")};
    // 我在三月 is four characters, so the phrase starts at 4 and is 8 long.
    const QString text = QString::fromUtf8("我在三月没有收到任何答复。");
    const QList<TermHit> hits = Lexicon(terms).find(text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].key == QLatin1String("responsiveness"));
    CHECK(text.mid(hits[0].start, hits[0].length) == QString::fromUtf8("没有收到任何答复"));
    CHECK(hits[0].start == 4);
    CHECK(hits[0].length == 8);
}

TEST_CASE("terms of different targets are read independently", "[classifier]")
{
    const QList<LexiconTerm> terms = {term("wrong address", "accuracy"),
                                      term("address", "ADR", LexiconTarget::Service),
                                      term("stolen", "LST", LexiconTarget::Service),
                                      term("stolen", "high", LexiconTarget::Severity)};
    const QList<TermHit> hits = find(terms, "sent to the wrong address after it was stolen");
    CHECK(digest(hits) ==
          list({"wrong address@12+13", "address@18+7", "stolen@39+6", "stolen@39+6"}));
    REQUIRE(hits.size() == 4);
    CHECK(hits[2].target != hits[3].target);
}

TEST_CASE("the default lexicon covers the issue's examples in English and Chinese", "[classifier]")
{
    const Lexicon lexicon(Lexicon::defaultTerms());
    auto keysFound = [&](const char *text, LexiconTarget target) {
        QStringList keys;
        for (const TermHit &hit : lexicon.find(QString::fromUtf8(text))) {
            if (hit.target == target && !hit.negated && hit.weight > 0)
                keys.append(hit.key);
        }
        return keys;
    };
    const auto D = LexiconTarget::Dimension;
    CHECK(keysFound("I still haven't received it", D) == list({"timeliness"}));
    CHECK(keysFound("three weeks", D) == list({"timeliness"}));
    CHECK(keysFound("the wrong amount", D) == list({"accuracy"}));
    CHECK(keysFound("nobody called back", D) == list({"responsiveness"}));
    CHECK(keysFound("没有收到", D) == list({"timeliness"}));
    CHECK(keysFound("错误", D) == list({"accuracy"}));
    CHECK(keysFound("没人回复", D) == list({"responsiveness"}));
    CHECK(keysFound("it was not late", D).isEmpty());
    CHECK(keysFound("I will close my account", LexiconTarget::Severity) == list({"high"}));
    CHECK(keysFound("Please treat this as a formal complaint", LexiconTarget::Severity) ==
          list({"medium"}));
    CHECK(keysFound("我要注销这张卡", LexiconTarget::Severity) == list({"high"}));
}

TEST_CASE("the default lexicon has terms for every reference service in both languages and "
          "can be stored",
          "[classifier]")
{
    const QList<LexiconTerm> terms = Lexicon::defaultTerms();
    QSet<QString> services[2];
    QSet<QString> dimensions;
    QSet<QString> severities;
    QSet<QString> unique;
    for (const LexiconTerm &t : terms) {
        INFO(t.term.toStdString());
        // lexicon_terms is UNIQUE (language, term, target, key).
        CHECK_FALSE(unique.contains(t.language + QLatin1Char('|') + t.term + QLatin1Char('|') +
                                    QString::number(int(t.target)) + QLatin1Char('|') + t.key));
        unique.insert(t.language + QLatin1Char('|') + t.term + QLatin1Char('|') +
                      QString::number(int(t.target)) + QLatin1Char('|') + t.key);
        CHECK(t.language ==
              (Lexicon::isChineseTerm(t.term) ? QLatin1String("zh") : QLatin1String("en")));
        if (t.target == LexiconTarget::Service)
            services[t.language == QLatin1String("zh") ? 1 : 0].insert(t.key);
        else if (t.target == LexiconTarget::Dimension)
            dimensions.insert(t.key);
        else
            severities.insert(t.key);
    }
    const QStringList codes =
        list({"APP", "NEW", "REP", "BIL", "INQ", "ADR", "CMP", "FEE", "PAY", "CLR", "LST", "DSP"});
    CHECK(services[0] == QSet<QString>(codes.cbegin(), codes.cend()));
    CHECK(services[1] == QSet<QString>(codes.cbegin(), codes.cend()));
    CHECK(dimensions == QSet<QString>{QStringLiteral("timeliness"), QStringLiteral("accuracy"),
                                      QStringLiteral("responsiveness"),
                                      QStringLiteral("reliability"), QStringLiteral("assurance"),
                                      QStringLiteral("empathy"), QStringLiteral("tangibles")});
    CHECK(severities == QSet<QString>{QStringLiteral("medium"), QStringLiteral("high")});
}
