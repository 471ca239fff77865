// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/direction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Yardstick {

// The one rule for how a value of a unit reads on screen, in tables,
// tooltips, the command line and the display columns of exports, so the same
// number never appears with two roundings. The decimals belong to the unit,
// not to the value or to what it is compared with:
//   days, hours, %, rates ("per 1,000 …") and any other unit: one decimal;
//   points (survey scores and gaps on a 1–7 scale): two decimals;
//   counts: whole numbers with thousand separators.
// A unit may say otherwise by naming its decimals in brackets at its end,
// "days [2]"; the bracket is never shown.
class ValueFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ValueFormat)

public:
    enum class UnitKind
    {
        Days,
        Hours,
        Percent,
        Rate, // "per 1,000 letters"
        Points,
        Other,
    };

    static UnitKind kindOf(const QString &unit);
    // The decimals a value of the unit is shown with.
    static int decimalsOf(const QString &unit);
    // The unit as shown, without a decimals bracket.
    static QString shownUnit(const QString &unit);

    // The number alone, rounded by the unit's rule, with the locale's
    // separators and minus sign: "1,234.5". A value that rounds to zero is
    // "0.0", never "-0.0".
    static QString number(double value, const QString &unit);
    // The value as shown, back as a number: what a reader computes with when
    // comparing two shown values (-0.3251 shows and counts as -0.33).
    static double rounded(double value, const QString &unit);
    // The number with its unit: "15.0 days", "96.0%", "1.1 per 1,000
    // letters", "-0.33 points" (a unit of "" gives the number alone).
    static QString value(double value, const QString &unit);
    // A signed difference: "+0.3 days", "-1.2%"; zero is "0.0 days".
    static QString signedValue(double value, const QString &unit);
    // A target or threshold as the rule it states, with its unit: "≤ 15
    // days", "≥ 99%". Targets are set by people, so they keep the digits
    // they were given (up to six significant) and no trailing ".0".
    static QString bound(Direction direction, double target, const QString &unit);
    // A target with its threshold in brackets, the unit written once where
    // it follows the number: "≤ 15 (≤ 20) days", "≤ 30 (≤ 50) per 1,000
    // letters", but "≥ 99% (≥ 97%)". The numbers read as bound() writes them.
    static QString boundWithThreshold(Direction direction, double target, double threshold,
                                      const QString &unit);
    // The same target without its direction: "15 days", "99%", "1 day".
    static QString target(double target, const QString &unit);
    // The locale every number above is written in: the user's, with thousand
    // separators even where it would omit them. Charts give it to their axes
    // so a tick reads "12,000" as the tables do.
    static QLocale locale();
    // A whole count with separators: "12,345".
    static QString count(qint64 n);
    // "1 day", "2 days", "1.5 days": the noun agrees with the number.
    static QString days(double n);
    // US dollars: "US$18.2M" (three significant figures from US$10,000 up),
    // "US$1,234" (whole dollars with separators below), "US$0.33".
    static QString money(double dollars);
    // What stands in a cell with no value, the same everywhere.
    static QString none();
};

} // namespace Yardstick
