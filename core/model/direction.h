// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// Which way is better for a standard's metric.
enum class Direction
{
    LowerIsBetter,
    HigherIsBetter,
};

// "lower" / "higher": the keys used in files and on the command line.
QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(const QString &key);
QString directionDisplayName(Direction direction);

// True when value a is at least as good as value b in this direction.
bool isAtLeastAsGood(Direction direction, double a, double b);

} // namespace Yardstick
