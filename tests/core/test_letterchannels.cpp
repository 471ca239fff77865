// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "core/importtestsupport.h"
#include "letters/channelwords.h"
#include "letters/letterreader.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;

// The words issue 16 lists, each with the channel an analyst means by it.
TEST_CASE("a complaint export's channel words are read generously", "[letters][channels]")
{
    const std::pair<const char *, LetterChannel> words[] = {
        {"Web", LetterChannel::Web},
        {"online", LetterChannel::Web},
        {"Portal", LetterChannel::Web},
        {"email", LetterChannel::Email},
        {"E-mail", LetterChannel::Email},
        {"phone", LetterChannel::Phone},
        {"Telephone", LetterChannel::Phone},
        {"call", LetterChannel::Phone},
        {"letter", LetterChannel::Letter},
        {"mail", LetterChannel::Letter},
        {"post", LetterChannel::Letter},
        {"Postal mail", LetterChannel::Letter},
        {"Fax", LetterChannel::Letter},
        {"Referral", LetterChannel::Letter},
        {"complaint card", LetterChannel::ComplaintCard},
        {"complaint_card", LetterChannel::ComplaintCard},
        {"branch", LetterChannel::ComplaintCard},
        {"In-branch", LetterChannel::ComplaintCard},
        {"counter", LetterChannel::ComplaintCard},
        {"chat", LetterChannel::Chat},
        {"social", LetterChannel::Social},
        {"  Social   media ", LetterChannel::Social},
    };
    for (const auto &[word, channel] : words) {
        INFO(word);
        CHECK(letterChannelFromWord(QString::fromUtf8(word)) == channel);
    }
    CHECK_FALSE(letterChannelFromWord(u"Pigeon").has_value());
    CHECK_FALSE(letterChannelFromWord(u"").has_value());
}

TEST_CASE("a letters CSV keeps a letter whose channel is guessed or unknown, and says so",
          "[letters][channels][csv]")
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, QStringLiteral("export.csv"),
                                      "id,received,channel,customer_ref,key_customer,text\n"
                                      "A,2024-03-05,Postal mail,c,no,first\n"
                                      "B,2024-03-05,Online,c,no,second\n"
                                      "C,2024-03-05,Postal mail,c,no,third\n"
                                      "D,2024-03-05,Pigeon,c,no,fourth\n"
                                      "E,2024-03-05,Web,c,no,fifth\n");
    const LetterReadResult result = readLetterFile(path);
    CHECK(result.rejections.isEmpty());
    REQUIRE(result.letters.size() == 5);
    CHECK(result.letters.at(0).letter.channel == LetterChannel::Letter);
    CHECK(result.letters.at(1).letter.channel == LetterChannel::Web);
    CHECK(result.letters.at(3).letter.channel == LetterChannel::Other);
    CHECK(result.letters.at(4).letter.channel == LetterChannel::Web);
    // One note per word (in word order), counting its letters; a key in any case ("email",
    // "Web") is no guess and gets none.
    CHECK(result.notes ==
          QStringList{
              QStringLiteral("export.csv: channel \"Online\" read as web (1 letter(s))."),
              QStringLiteral("export.csv: channel \"Postal mail\" read as letter (2 letter(s))."),
              QStringLiteral("export.csv: channel \"Pigeon\" is not one Yardstick knows; "
                             "recorded as other (1 letter(s)).")});
}
