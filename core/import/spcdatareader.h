// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "spc/controlchart.h"

#include <QList>
#include <QString>

#include <vector>

namespace Yardstick {

// What readSpcData found in a CSV file: the observations of one control
// chart, the line each point came from, and every problem found. The data is
// only meant to be charted when there are no rejections.
struct SpcDataReadResult
{
    QString file; // the file name, as the rejections give it
    SpcObservations data;
    // The CSV line of each point, in point order; for X-bar charts the line
    // of the subgroup's first row.
    std::vector<qint64> pointLines;
    // The column a problem with a whole point is put on: the subgroup column
    // for X-bar charts, "row" otherwise.
    QString pointColumn;
    QList<ImportRejection> rejections;

    bool ok() const { return rejections.isEmpty(); }
    // The engine's error placed in the file: at the line of the point at
    // fault, or at the header (line 1) when the data as a whole is at fault.
    ImportRejection locate(const SpcError &error) const;
};

// Reads the data of a control chart from a CSV file with a header row. The
// columns, matched by name ignoring case and surrounding spaces (others are
// ignored):
//   imr          value
//   xbar-r/s     subgroup,value: one row per observation, subgroups in the
//                order they first appear
//   p, np        defectives,size
//   c            count, optionally size
//   u            count,size (units inspected)
// Every problem is reported with its line and column, up to 100; reading
// stops there.
SpcDataReadResult readSpcData(const QString &path, ControlChartType kind);

} // namespace Yardstick
