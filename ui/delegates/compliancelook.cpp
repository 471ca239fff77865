// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancelook.h"

namespace Yardstick {

namespace {

const QColor kGreen(0x00, 0x9E, 0x73);      // Okabe-Ito bluish green
const QColor kOrange(0xE6, 0x9F, 0x00);     // Okabe-Ito orange
const QColor kVermillion(0xD5, 0x5E, 0x00); // Okabe-Ito vermillion
const QColor kGrey(0x8C, 0x8C, 0x8C);

} // namespace

SymbolLook complianceStatusLook(const QString &key)
{
    // Black on orange: white would be too faint to read.
    if (key == QLatin1String("met"))
        return {kGreen, QStringLiteral("✓"), Qt::white};
    if (key == QLatin1String("at_risk"))
        return {kOrange, QStringLiteral("!"), Qt::black};
    if (key == QLatin1String("breached"))
        return {kVermillion, QStringLiteral("✕"), Qt::white};
    return {kGrey, QStringLiteral("–"), Qt::white};
}

SymbolLook trendLook(const QString &key)
{
    if (key == QLatin1String("improving"))
        return {kGreen, QStringLiteral("↗"), Qt::white};
    if (key == QLatin1String("worsening"))
        return {kVermillion, QStringLiteral("↘"), Qt::white};
    if (key == QLatin1String("too_few_periods"))
        return {kGrey, QStringLiteral("…"), Qt::white};
    return {kGrey, QStringLiteral("→"), Qt::white};
}

} // namespace Yardstick
