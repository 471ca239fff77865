// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exporttable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Yardstick {

// One reason a row (or the whole file) was refused. Line 1 is the header;
// line 0 means the file as a whole (it could not be opened, say).
struct ImportRejection
{
    QString file;
    qint64 line = 0;
    QString column; // the header name, or "row" for the row as a whole
    QString reason;

    friend bool operator==(const ImportRejection &, const ImportRejection &) = default;
};

// "cases.csv:12: received: cannot read "31/02/2025" as a date (DD/MM/YYYY)"
QString formatRejection(const ImportRejection &rejection);
// The rejections as a table with the columns file, line, column, reason (the
// line a number): the CSV and the Excel export write it.
ExportTable rejectionsTable(const QList<ImportRejection> &rejections, const QString &name);
// The rejections as CSV (UTF-8 text) with the header file,line,column,reason.
QString rejectionsToCsv(const QList<ImportRejection> &rejections);

// What an import did. When `committed` is false the workbench is unchanged.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ImportSummary)

public:
    QString file;
    qint64 rowsRead = 0;                 // data rows, header excluded
    qint64 imported = 0;                 // rows written (0 when nothing was committed)
    qint64 duplicates = 0;               // rows already in the workbench, skipped
    qint64 updated = 0;                  // cases already in the workbench whose values changed
    qint64 completedSinceLastImport = 0; // of the updated, open cases now completed
    qint64 superseded = 0;               // rows of a case left out for a later one (latest-by)
    qint64 rejected = 0;                 // rows refused, each counted once
    QList<ImportRejection> rejections;
    QStringList notes; // things the analyst should know, e.g. services created
    bool committed = false;
    bool cancelled = false;
    // A problem with the file as a whole (unreadable, no header, a quote
    // never closed): skipping bad rows cannot get past it.
    bool fileRejected = false;

    // "cases.csv: 1200 rows read, 1100 imported, 80 updated, 15 skipped as
    // duplicates, 5 rejected", with why nothing was imported when it was not
    // committed.
    QString summaryLine() const;
};

// How an import runs.
struct ImportOptions
{
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Import the good rows and report the bad ones, instead of all or nothing.
    bool skipBadRows = false;
    // For case records: create the services and departments the file names
    // that the workbench lacks, instead of rejecting their rows.
    bool createMissing = false;
    // For case records: a case already in the workbench with other values is
    // a located conflict instead of an update.
    bool strict = false;
    // For Excel workbooks: the sheet to read (empty: the first).
    QString sheet;
    // Called now and then with bytes read and the file size; return false to
    // cancel (the workbench is left as it was).
    Progress progress;
    // The day an import records revisions on (tests pin it).
    QDate today = QDate::currentDate();
};

} // namespace Yardstick
