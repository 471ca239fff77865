// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"
#include "model/standard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

class Workbench;

// Writes standards of the catalogue as CSV, JSON or a plain-text table. The
// CLI prints these bytes and the GUI's export saves the same ones, so a file
// never depends on which of the two made it. Services, dimensions and
// departments appear by their codes and keys (the CSV import reads them back),
// looked up in the workbench at each export so the output follows renames.
//
// The CSV columns are a contract with the importer: columns may be appended
// after the existing ones, never renamed, reordered or removed.
class StandardCatalogueExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardCatalogueExporter)

public:
    explicit StandardCatalogueExporter(Workbench &workbench);

    // The header row: the contract columns, then status and retired_on.
    static QStringList csvColumns();

    // The CSV's columns and rows, typed: targets and thresholds as numbers,
    // days as dates, the rest as text.
    ExportTable table(const QList<Standard> &standards, const QString &name) const;
    // Header and one record per standard, in the order given.
    QByteArray toCsv(const QList<Standard> &standards) const;
    // An array of one object per standard: the CSV columns (target and
    // threshold as numbers, basis as an array of keys), status, retired_on
    // (null while active), service_name, department_name and every revision.
    QJsonArray toJsonArray(const QList<Standard> &standards) const;
    QByteArray toJson(const QList<Standard> &standards) const;
    // Aligned columns for a person at a terminal, with a header row; long
    // titles are shortened. Not meant to be parsed: use CSV or JSON for that.
    QString toTable(const QList<Standard> &standards) const;

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
