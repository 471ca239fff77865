// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "chartdata/paretochart.h"
#include "model/valuemodel.h"

#include <QList>

namespace Yardstick {

// The dollar-weighted Pareto: the standards breached or at risk in the
// scorecard's period, by what missing the target costs a year (see
// dollarsAtStake). Standards without a value model, or met, are left out:
// the chart answers "which misses cost the most", not "which miss most".
ParetoChart dollarPareto(const Scorecard &scorecard, const QList<ValueModel> &valueModels);

} // namespace Yardstick
