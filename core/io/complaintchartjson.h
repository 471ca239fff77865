// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/complainttrendchart.h"
#include "chartdata/paretochart.h"

#include <QByteArray>
#include <QJsonObject>

namespace Yardstick {

// The complaint charts' numbers as JSON for other programs (`chart --out
// FILE.json`). The keys are a contract; confirmed and suggested labels are
// kept apart just as the drawn chart keeps them.
//
// A Pareto: title, subtitle, source, weight_label, total (the ranked weight:
// confirmed labels and letters not yet classified), suggested (letters whose
// label is only a suggestion, not in total), vital_few, note, bars [{label,
// weight, suggested, cumulative_percent, lumped}].
QJsonObject paretoToJson(const ParetoChart &chart);

// Complaints per month: title, subtitle, source, months ["2025-01", ...],
// totals (every letter, per month), total, suggested, note, series [{label,
// suggested, counts, total}] in stack order, annotations [{date, label}].
QJsonObject complaintTrendToJson(const ComplaintTrendChart &chart);

// Either, as indented UTF-8 text.
QByteArray jsonText(const QJsonObject &object);

} // namespace Yardstick
