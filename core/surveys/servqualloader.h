// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servqual.h"

#include <QStringList>

namespace Yardstick {

class Workbench;

// The waves that have answers, oldest first (by the wave's start date in its
// survey's definition, then by name).
QStringList servqualWaves(Workbench &workbench);

// Everything analyseServqual needs for one wave: its answers, the previous
// wave of the same survey (if any), the dimensions with their weights, the
// survey's definition and the customer references that wrote letters.
// An empty wave name means the latest wave.
ServqualInput loadServqualInput(Workbench &workbench, const QString &wave = QString());

} // namespace Yardstick
