// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseimportsettings.h"
#include "csvreader.h"
#include "importreport.h"
#include "missingvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Yardstick {

class CsvImportRun;

// What tells two rows of a file apart as cases: the case id, with the
// service's text (after set values and value maps) unless ids are global.
class CaseKeyReader
{
public:
    // False when the header lacks a column the key needs (the import says
    // which).
    bool start(const CsvImportRun &run, const CaseImportSettings &settings);
    // Empty when the row names no case (the import rejects it).
    QString keyOf(const CsvRecord &row) const;

private:
    const CaseImportSettings *m_settings = nullptr;
    MissingValues m_missing;
    int m_caseIdColumn = -1;
    int m_serviceColumn = -1; // -1: set for the whole file, or ids are global
    QString m_setService;
};

// The value of a row's latest-by column, compared between the rows of one
// case: a number, or a date-time as seconds since 1970 (UTC when unzoned).
class LatestValueReader
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LatestValueReader)

public:
    enum class Kind
    {
        Row,    // "row": the last row in the file wins
        Number, // an update counter such as sys_mod_count
        Moment, // an updated-at stamp such as sys_updated_on
    };

    // Decides the kind from the column's first values (numbers only, or
    // else dates, in the format they are all read with); false with the
    // reason when the header lacks the column.
    bool start(const QString &path, const CaseImportSettings &settings,
               const ImportOptions &options, QString &problem);
    Kind kind() const { return m_kind; }
    int column() const { return m_column; }
    // The row's value; nullopt (with the reason) when it cannot be read. In
    // Row mode the line number.
    std::optional<double> valueOf(const CsvRecord &row, QString &problem) const;

private:
    Kind m_kind = Kind::Row;
    int m_column = -1;
    DateFormat m_dateFormat = DateFormat::Iso;
    QChar m_separator = u',';
    MissingValues m_missing;
};

// The first pass of an import with --latest-by: for each case of the file,
// the line of the row to keep, the one with the greatest latest-by value
// (the later row on a tie, as an export lists updates in order). Rows whose
// value cannot be read take no part; the import rejects them where they are.
// Memory grows with the number of cases in the file, not its rows.
class LatestRowScan final
{
public:
    struct LatestRow
    {
        double value = 0;
        qint64 line = 0;
    };
    struct Result
    {
        QHash<QString, LatestRow> latest; // case key -> the row to keep
        bool cancelled = false;

        // Whether the row at this line is one the import leaves out.
        bool superseded(const QString &key, qint64 line) const
        {
            const auto found = latest.constFind(key);
            return found != latest.cend() && found->line != line;
        }
    };

    static Result run(const QString &path, const CaseImportSettings &settings,
                      const LatestValueReader &values, const ImportOptions &options);
};

} // namespace Yardstick
