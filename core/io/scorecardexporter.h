// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "exporttable.h"
#include "workbench/referencedata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// Writes scorecard rows (one per standard, or one standard period by period)
// for other programs and for reading. The JSON keys and CSV columns are a
// contract: code, title, service, dimension, department, period_start,
// period_end, value, n, target, threshold, status, trend, met_last_12; then
// the additions period, unit, source, trend_change and complaints_per_1000.
class ScorecardExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ScorecardExporter)

public:
    ScorecardExporter(ReferenceData names, PeriodKind kind);

    static QStringList columns();
    // The CSV's columns and rows, typed: values, targets, thresholds and
    // trend changes of a standard in "%" as percentages, periods as dates,
    // counts as integers.
    ExportTable table(const QList<ScorecardRow> &rows, const QString &name) const;
    QByteArray toCsv(const QList<ScorecardRow> &rows) const;
    QJsonArray toJsonArray(const QList<ScorecardRow> &rows) const;
    QByteArray toJson(const QList<ScorecardRow> &rows) const;
    QString toTable(const QList<ScorecardRow> &rows) const;

private:
    QList<ExportCell> cells(const ScorecardRow &row) const;

    ReferenceData m_names;
    PeriodKind m_kind;
};

} // namespace Yardstick
