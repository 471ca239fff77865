// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Yardstick {

namespace {

// Three significant figures of a value from 1 up to (not including) 1000.
QString threeFigures(double value)
{
    const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

double roundToThreeFigures(double value)
{
    if (value <= 0)
        return 0;
    const double unit = std::pow(10.0, std::floor(std::log10(value)) - 2);
    return std::round(value / unit) * unit;
}

QString unsignedMoney(double dollars)
{
    struct Scale
    {
        double size;
        const char *format;
    };
    static constexpr Scale scales[] = {
        //: Billions of US dollars, e.g. "US$1.20B"
        {1e9, QT_TRANSLATE_NOOP("Yardstick::Money", "US$%1B")},
        //: Millions of US dollars, e.g. "US$17.5M"
        {1e6, QT_TRANSLATE_NOOP("Yardstick::Money", "US$%1M")},
        //: Thousands of US dollars, e.g. "US$350k"
        {1e3, QT_TRANSLATE_NOOP("Yardstick::Money", "US$%1k")},
    };
    // Rounding first decides the suffix, so 999,999 reads "US$1.00M", not
    // "US$1000k".
    const double rounded = roundToThreeFigures(dollars);
    for (const Scale &scale : scales) {
        // Below US$10,000 every dollar fits on a slide: "US$1,234", not
        // "US$1.23k".
        if (rounded >= scale.size && rounded >= 1e4)
            return QCoreApplication::translate("Yardstick::Money", scale.format)
                .arg(threeFigures(rounded / scale.size));
    }
    // Nothing is nothing: an axis starts at "US$0", not "US$0.00".
    if (dollars == 0)
        return QCoreApplication::translate("Yardstick::Money", "US$%1").arg(0);
    // Below ten thousand: whole dollars with separators from 100 up, cents
    // below.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const QString digits =
        dollars >= 99.5 ? locale.toString(dollars, 'f', 0) : locale.toString(dollars, 'f', 2);
    //: Plain US dollars, e.g. "US$0.33"
    return QCoreApplication::translate("Yardstick::Money", "US$%1").arg(digits);
}

} // namespace

QString formatMoney(double dollars)
{
    if (!std::isfinite(dollars))
        return QStringLiteral("–");
    const QString text = unsignedMoney(std::abs(dollars));
    if (dollars < 0 && std::abs(dollars) >= 0.005) // less rounds to US$0.00
        //: A negative amount of money (a loss), e.g. "−US$2.00M"
        return QCoreApplication::translate("Yardstick::Money", "−%1").arg(text);
    return text;
}

} // namespace Yardstick
