// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "letters/cardmasking.h"

using namespace Yardstick;

namespace {

QString masked(const char *text)
{
    return maskCardNumbers(QString::fromUtf8(text)).text;
}

int count(const char *text)
{
    return maskCardNumbers(QString::fromUtf8(text)).masked;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("the Luhn check accepts the published example and test card numbers", "[cardmasking]")
{
    // Wikipedia's worked example: 7992739871 with check digit 3. Doubling
    // every second digit from the right of 79927398713 gives
    // 7 + (9*2=18->9) + 9 + (2*2=4) + 7 + (3*2=6) + 9 + (8*2=16->7) + 7 + (1*2=2) + 3 = 70.
    CHECK(passesLuhn(u"79927398713"));
    CHECK_FALSE(passesLuhn(u"79927398710"));
    // 4111 1111 1111 1111 (Visa's test number): the 8 undoubled ones give 8,
    // the 7 doubled ones 14 and the doubled leading 4 gives 8: 30.
    CHECK(passesLuhn(u"4111111111111111"));
    // The same with a last digit of 2: 31.
    CHECK_FALSE(passesLuhn(u"4111111111111112"));
    // 5500 0000 0000 0004: 4 + (5*2=10->1) + 5 = 10.
    CHECK(passesLuhn(u"5500000000000004"));
    // Published test numbers: American Express and Discover.
    CHECK(passesLuhn(u"378282246310005"));
    CHECK(passesLuhn(u"6011111111111117"));
    CHECK_FALSE(passesLuhn(u""));
    CHECK_FALSE(passesLuhn(u"4111 1111"));
}

TEST_CASE("card numbers grouped by spaces or dashes are masked to their last four digits",
          "[cardmasking]")
{
    CHECK(masked("card 4111 1111 1111 1111 was charged") ==
          u8("card •••• •••• •••• 1111 was charged"));
    CHECK(masked("card 5500-0000-0000-0004.") == u8("card •••• •••• •••• 0004."));
    CHECK(masked("Amex 378282246310005") == u8("Amex •••• •••• •••• 0005"));
    CHECK(masked("Amex 3782 822463 10005") == u8("Amex •••• •••• •••• 0005"));
    CHECK(masked("Discover: 6011111111111117") == u8("Discover: •••• •••• •••• 1117"));
    // An odd mix of separators does not hide a card.
    CHECK(masked("4111 1111-1111 1111") == u8("•••• •••• •••• 1111"));
    CHECK(count("card 4111 1111 1111 1111 was charged") == 1);
}

TEST_CASE("a card number glued to Chinese text is masked", "[cardmasking]")
{
    CHECK(masked("卡号4111111111111111。") == u8("卡号•••• •••• •••• 1111。"));
    CHECK(masked("我的卡号4111111111111111已经被扣款两次") ==
          u8("我的卡号•••• •••• •••• 1111已经被扣款两次"));
    // Full-width digits, as Chinese input methods type them.
    CHECK(masked("卡号４１１１１１１１１１１１１１１１") == u8("卡号•••• •••• •••• １１１１"));
}

TEST_CASE("digit runs that are not card numbers are left alone", "[cardmasking]")
{
    const char *const untouched[] = {
        "card 4111 1111 1111 1112",          // 16 digits, Luhn fails (sum 31)
        "card 4111111111111112",             // the same ungrouped
        "Call 0800 123 4567 today",          // a phone number: 11 digits
        "Tel +44 20 7946 0958",              // 12 digits
        "The amount was 1,234.56 yuan",      // an amount
        "paid 4111111111111111.50 in total", // Luhn-valid digits, but an amount
        "on 2024-03-05 and 05/03/2024",      // dates
        "account 123456789012",              // 12 digits
        "ref 41111111111111110000",          // 20 digits: no card is that long
        "ID4111111111111111",                // glued to Latin letters: some other code
        "4111111111111111x",                 //
        "4111  1111 1111 1111",              // two spaces end the run: 4 + 12 digits
    };
    for (const char *text : untouched) {
        INFO(text);
        CHECK(masked(text) == u8(text));
        CHECK(count(text) == 0);
    }
}

TEST_CASE("a card followed by a year keeps the year, two cards in a run are both masked",
          "[cardmasking]")
{
    // 20 digits in all: no card. The longest window of whole groups with
    // 13-19 digits that passes Luhn is the first four groups.
    CHECK(masked("4111 1111 1111 1111 2024") == u8("•••• •••• •••• 1111 2024"));
    CHECK(masked("card 4111-1111-1111-1111 2024") == u8("card •••• •••• •••• 1111 2024"));
    CHECK(masked("4111 1111 1111 1111 5500 0000 0000 0004") ==
          u8("•••• •••• •••• 1111 •••• •••• •••• 0004"));
    CHECK(count("4111 1111 1111 1111 5500 0000 0000 0004") == 2);
    // A short number before the card is kept; the card still goes.
    CHECK(masked("ref 12 4111 1111 1111 1111") == u8("ref 12 •••• •••• •••• 1111"));
}

TEST_CASE("the mask count adds up every card in a text", "[cardmasking]")
{
    const MaskedText result =
        maskCardNumbers(u8("Charged on 4111 1111 1111 1111, refunded to 6011111111111117, "
                           "call 0800 123 4567; 卡号378282246310005。"));
    CHECK(result.masked == 3);
    CHECK(result.text == u8("Charged on •••• •••• •••• 1111, refunded to •••• •••• •••• 1117, "
                            "call 0800 123 4567; 卡号•••• •••• •••• 0005。"));
    CHECK(maskCardNumbers(QString()).masked == 0);
}
