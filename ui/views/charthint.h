// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usecases/chartkind.h"

#include <QString>

namespace Yardstick {

// The line over the Charts page's chart: how to read this kind of chart and
// what to do with the list beside it. `ticked` is how many standards the
// list has ticked (the heat map reads them when two or more are).
QString chartHint(ChartKind kind, int ticked);

} // namespace Yardstick
