// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/statistic.h"
#include "model/valueformat.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace Yardstick;

namespace {

// The expected strings are written for the C locale (point, comma groups);
// the test restores whatever default it found.
struct CLocale
{
    QLocale saved;
    CLocale() { QLocale::setDefault(QLocale::c()); }
    ~CLocale() { QLocale::setDefault(saved); }
};

const QString days = QStringLiteral("days");
const QString hours = QStringLiteral("hours");
const QString percent = QStringLiteral("%");
const QString letters = QStringLiteral("per 1,000 letters");
const QString points = QStringLiteral("points");

} // namespace

TEST_CASE("days, hours, percentages and rates read to one decimal with their unit", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::value(35.7, days) == QStringLiteral("35.7 days"));
    // 15.04 to one decimal: 15.0; 1.99: 2.0; 10.002: 10.0.
    CHECK(ValueFormat::value(15.04, days) == QStringLiteral("15.0 days"));
    CHECK(ValueFormat::value(1.99, days) == QStringLiteral("2.0 days"));
    CHECK(ValueFormat::value(10.002, days) == QStringLiteral("10.0 days"));
    // No three-figure exception: 123.44 is 123.4.
    CHECK(ValueFormat::value(123.44, days) == QStringLiteral("123.4 days"));
    CHECK(ValueFormat::value(2.25, hours) == QStringLiteral("2.3 hours"));
    CHECK(ValueFormat::value(96, percent) == QStringLiteral("96.0%"));
    CHECK(ValueFormat::value(97.14, percent) == QStringLiteral("97.1%"));
    CHECK(ValueFormat::value(1.1, letters) == QStringLiteral("1.1 per 1,000 letters"));
    // 3 letters over 2,500 cases: 1.2 per 1,000.
    CHECK(ValueFormat::value(3.0 / 2500.0 * 1000.0, letters) ==
          QStringLiteral("1.2 per 1,000 letters"));
    // An unknown unit gets one decimal too; none gives the bare number.
    CHECK(ValueFormat::value(69, QStringLiteral("cards")) == QStringLiteral("69.0 cards"));
    CHECK(ValueFormat::value(69, QString()) == QStringLiteral("69.0"));
}

TEST_CASE("thousands are grouped and nothing reads as minus zero", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::value(1234.56, days) == QStringLiteral("1,234.6 days"));
    CHECK(ValueFormat::count(1750000) == QStringLiteral("1,750,000"));
    CHECK(ValueFormat::count(999) == QStringLiteral("999"));
    // −0.04 rounds to 0.0: shown as 0.0, not −0.0.
    CHECK(ValueFormat::value(-0.04, days) == QStringLiteral("0.0 days"));
    CHECK(ValueFormat::value(-1.25, points) == QStringLiteral("-1.25 points"));
    CHECK(ValueFormat::number(qQNaN(), days) == QStringLiteral("–"));
}

TEST_CASE("survey points keep two decimals and a unit may ask for its own", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::decimalsOf(points) == 2);
    CHECK(ValueFormat::value(-0.334, points) == QStringLiteral("-0.33 points"));
    // Points written in Chinese, as the zh_CN demo's survey gaps are.
    CHECK(ValueFormat::kindOf(QStringLiteral("分")) == ValueFormat::UnitKind::Points);
    CHECK(ValueFormat::value(-0.334, QStringLiteral("分")) == QStringLiteral("-0.33 分"));
    CHECK(ValueFormat::decimalsOf(QStringLiteral("days [2]")) == 2);
    CHECK(ValueFormat::value(1.994, QStringLiteral("days [2]")) == QStringLiteral("1.99 days"));
    CHECK(ValueFormat::value(7, QStringLiteral("% [0]")) == QStringLiteral("7%"));
    CHECK(ValueFormat::kindOf(QStringLiteral("days [2]")) == ValueFormat::UnitKind::Days);
    CHECK(ValueFormat::kindOf(letters) == ValueFormat::UnitKind::Rate);
}

TEST_CASE("targets carry their unit and the digits they were set with", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::bound(Direction::HigherIsBetter, 99, percent) == QStringLiteral("≥ 99%"));
    CHECK(ValueFormat::bound(Direction::LowerIsBetter, 15, days) == QStringLiteral("≤ 15 days"));
    CHECK(ValueFormat::bound(Direction::HigherIsBetter, 99.5, percent) ==
          QStringLiteral("≥ 99.5%"));
    CHECK(ValueFormat::bound(Direction::LowerIsBetter, 1.95, days) ==
          QStringLiteral("≤ 1.95 days"));
    CHECK(ValueFormat::bound(Direction::HigherIsBetter, 4, QString()) == QStringLiteral("≥ 4"));
    // The noun agrees: "≤ 1 day", "≤ 1 hour", but "≤ 1.5 days" and "≥ 1%".
    CHECK(ValueFormat::bound(Direction::LowerIsBetter, 1, days) == QStringLiteral("≤ 1 day"));
    CHECK(ValueFormat::bound(Direction::LowerIsBetter, 1, hours) == QStringLiteral("≤ 1 hour"));
    CHECK(ValueFormat::bound(Direction::LowerIsBetter, 1.5, days) == QStringLiteral("≤ 1.5 days"));
    CHECK(ValueFormat::bound(Direction::HigherIsBetter, 1, percent) == QStringLiteral("≥ 1%"));
}

TEST_CASE("a target with its threshold in brackets writes a long unit once", "[valueformat]")
{
    CLocale c;
    // The numbers as bound() writes them alone, the unit after both.
    CHECK(ValueFormat::boundWithThreshold(Direction::LowerIsBetter, 15, 20, days) ==
          QStringLiteral("≤ 15 (≤ 20) days"));
    CHECK(ValueFormat::boundWithThreshold(Direction::LowerIsBetter, 30, 50, letters) ==
          QStringLiteral("≤ 30 (≤ 50) per 1,000 letters"));
    CHECK(ValueFormat::boundWithThreshold(Direction::HigherIsBetter, 4, 3.5,
                                          QStringLiteral("points")) ==
          QStringLiteral("≥ 4 (≥ 3.5) points"));
    // A percent sign belongs to its number: on both.
    CHECK(ValueFormat::boundWithThreshold(Direction::HigherIsBetter, 99.5, 99, percent) ==
          QStringLiteral("≥ 99.5% (≥ 99%)"));
    CHECK(ValueFormat::boundWithThreshold(Direction::HigherIsBetter, 4, 3, QString()) ==
          QStringLiteral("≥ 4 (≥ 3)"));
    // "days" covers both numbers unless both are one; a decimals bracket
    // is never shown.
    CHECK(ValueFormat::boundWithThreshold(Direction::LowerIsBetter, 1, 2, days) ==
          QStringLiteral("≤ 1 (≤ 2) days"));
    CHECK(ValueFormat::boundWithThreshold(Direction::LowerIsBetter, 1, 1, hours) ==
          QStringLiteral("≤ 1 (≤ 1) hour"));
    CHECK(ValueFormat::boundWithThreshold(Direction::LowerIsBetter, 1.5, 2,
                                          QStringLiteral("days [2]")) ==
          QStringLiteral("≤ 1.5 (≤ 2) days"));
}

TEST_CASE("a target without its direction keeps its unit and digits", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::target(15, days) == QStringLiteral("15 days"));
    CHECK(ValueFormat::target(1, days) == QStringLiteral("1 day"));
    CHECK(ValueFormat::target(99.5, percent) == QStringLiteral("99.5%"));
    CHECK(ValueFormat::target(1.95, QStringLiteral("days [2]")) == QStringLiteral("1.95 days"));
    CHECK(ValueFormat::target(12000, QString()) == QStringLiteral("12,000"));
}

TEST_CASE("the number locale groups thousands even in the C locale", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::locale().toString(12345) == QStringLiteral("12,345"));
    CHECK(ValueFormat::locale().toString(12345.5, 'f', 1) == QStringLiteral("12,345.5"));
}

TEST_CASE("signed differences and day counts agree with their number", "[valueformat]")
{
    CLocale c;
    CHECK(ValueFormat::signedValue(0.3, days) == QStringLiteral("+0.3 days"));
    CHECK(ValueFormat::signedValue(-1.2, percent) == QStringLiteral("-1.2%"));
    CHECK(ValueFormat::signedValue(0.01, days) == QStringLiteral("0.0 days"));
    CHECK(ValueFormat::days(1) == QStringLiteral("1 day"));
    CHECK(ValueFormat::days(2) == QStringLiteral("2 days"));
    CHECK(ValueFormat::days(1.5) == QStringLiteral("1.5 days"));
    CHECK(Statistic::shareWithin(1).displayName() == QStringLiteral("Share within 1 day"));
    CHECK(Statistic::shareWithin(5).displayName() == QStringLiteral("Share within 5 days"));
}

TEST_CASE("money reads in US dollars with separators below ten thousand", "[valueformat]")
{
    CLocale c;
    // 18,234,000 to three figures: 18.2 million.
    CHECK(ValueFormat::money(18'234'000) == QStringLiteral("US$18.2M"));
    CHECK(ValueFormat::money(1'234) == QStringLiteral("US$1,234"));
    CHECK(ValueFormat::money(0.33) == QStringLiteral("US$0.33"));
}
