// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "direction.h"

#include <QCoreApplication>

namespace Yardstick {

QString directionKey(Direction direction)
{
    return direction == Direction::LowerIsBetter ? QStringLiteral("lower")
                                                 : QStringLiteral("higher");
}

std::optional<Direction> directionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("lower"))
        return Direction::LowerIsBetter;
    if (k == QLatin1String("higher"))
        return Direction::HigherIsBetter;
    return std::nullopt;
}

QString directionDisplayName(Direction direction)
{
    return direction == Direction::LowerIsBetter
               ? QCoreApplication::translate("Yardstick::Direction", "Lower is better")
               : QCoreApplication::translate("Yardstick::Direction", "Higher is better");
}

bool isAtLeastAsGood(Direction direction, double a, double b)
{
    return direction == Direction::LowerIsBetter ? a <= b : a >= b;
}

} // namespace Yardstick
