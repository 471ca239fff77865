// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"
#include "surveys/servqual.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Yardstick {

// One wave's SERVQUAL analysis for other programs and for reading. The JSON
// keys are a contract (issue 6): wave, respondents, dimensions (dimension, n,
// expectation, perception, gap, sd, ci_low, ci_high, weight), weighted_gap,
// items (item, dimension, n, gap, importance, performance, quadrant),
// silent_dissatisfied (dissatisfied, never_complained, share) and previous
// (wave, weighted_gap, t, df, p, or null). Absent numbers are JSON null.
QJsonObject servqualToJson(const ServqualResult &result);
QByteArray servqualToJsonBytes(const ServqualResult &result);

// The gap table as one CSV: one row per dimension, then the weighted score,
// then one row per item, told apart by the first column (dimension, weighted,
// item) so a spreadsheet can filter them. Columns: kind, wave, name,
// dimension, n, expectation, perception, gap, sd, ci_low, ci_high, weight,
// importance, performance, quadrant; empty where a row has no such value
// (the weighted row's n is the wave's respondents).
// The silent dissatisfied and the wave comparison are single figures, in the
// JSON and the table only.
QStringList servqualCsvColumns();
// The same rows typed, for a workbook: counts as integers, scores as numbers.
ExportTable servqualTable(const ServqualResult &result, const QString &name);
QByteArray servqualToCsv(const ServqualResult &result);

// For a terminal: the dimensions table, the weighted gap, the items table
// with their quadrants, the silent dissatisfied and the previous wave.
QString servqualToTable(const ServqualResult &result);

} // namespace Yardstick
