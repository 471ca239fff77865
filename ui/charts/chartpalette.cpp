// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <array>

namespace Yardstick {

QColor ChartPalette::blue()
{
    return {0x00, 0x72, 0xB2};
}

QColor ChartPalette::skyBlue()
{
    return {0x56, 0xB4, 0xE9};
}

QColor ChartPalette::bluishGreen()
{
    return {0x00, 0x9E, 0x73};
}

QColor ChartPalette::orange()
{
    return {0xE6, 0x9F, 0x00};
}

QColor ChartPalette::vermillion()
{
    return {0xD5, 0x5E, 0x00};
}

QColor ChartPalette::reddishPurple()
{
    return {0xCC, 0x79, 0xA7};
}

QColor ChartPalette::yellow()
{
    return {0xF0, 0xE4, 0x42};
}

QColor ChartPalette::grey()
{
    return {0x8C, 0x8C, 0x8C};
}

QColor ChartPalette::ink()
{
    return {0x22, 0x22, 0x22};
}

QColor ChartPalette::series(int index)
{
    // Yellow is left out: it is too faint on white.
    const std::array<QColor, 7> colours = {blue(),    orange(),     bluishGreen(), reddishPurple(),
                                           skyBlue(), vermillion(), ink()};
    const int n = static_cast<int>(colours.size());
    return colours[static_cast<size_t>(((index % n) + n) % n)];
}

QColor ChartPalette::status(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return bluishGreen();
    case ComplianceStatus::AtRisk:
        return orange();
    case ComplianceStatus::Breached:
        return vermillion();
    case ComplianceStatus::NoData:
        break;
    }
    return grey();
}

QColor ChartPalette::tint(const QColor &colour, double opacity)
{
    const auto mix = [opacity](int c) {
        return qRound(c * opacity + 255 * (1.0 - opacity));
    };
    return {mix(colour.red()), mix(colour.green()), mix(colour.blue())};
}

} // namespace Yardstick
