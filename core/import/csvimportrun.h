// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "dateparser.h"
#include "importreport.h"
#include "tablesource.h"

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace Yardstick {

// The part every CSV import shares: open the file (a CSV file or the sheet
// of an Excel workbook that options.sheet names), read the header, hand out
// data rows with the header's number of fields, call the progress callback
// (and notice a cancel), and record located rejections in the summary.
class CsvImportRun final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CsvImportRun)

public:
    CsvImportRun(const QString &path, const ImportOptions &options, ImportSummary &summary);
    ~CsvImportRun();

    // Opens the file and reads the header; false (with the reason recorded)
    // if the file cannot be read or is empty.
    bool start();
    const QStringList &header() const { return m_header; }
    QChar separator() const { return m_source ? m_source->separator() : QLatin1Char(','); }
    // The column whose header matches, ignoring case and surrounding spaces.
    int columnIndex(QStringView name) const;

    // A column an import cannot do without: its index (-1 when the header
    // lacks it) and its canonical name.
    using RequiredColumn = std::pair<int, const char *>;
    // Rejects the header once for every required column it lacks (line 1,
    // the column's name); false if any was missing.
    bool requireColumns(std::initializer_list<RequiredColumn> columns);

    // The next data row. Rows with the wrong number of fields are rejected and
    // skipped here. Nullopt at the end, on a read error (recorded) or when the
    // user cancelled (summary.cancelled).
    std::optional<CsvRecord> next();

    // Records one problem of a row; the row counts once however many it has.
    void reject(qint64 line, const QString &column, const QString &reason);
    // Records a problem with the file as a whole (line 0) or its header.
    void rejectFile(qint64 line, const QString &column, const QString &reason);
    // Like reject() and rejectFile(), for a row found bad after later rows
    // were already read (the writer of a pipelined import answers late): the
    // rejection goes in among the others by line, so they stay in file order.
    // reject-late is for a row with no other rejection.
    void rejectLate(qint64 line, const QString &column, const QString &reason);
    void rejectFileLate(qint64 line, const QString &column, const QString &reason);
    // Forgets what was read after the given line, as if reading had stopped
    // there having read rowsRead rows (a write failed on that line while
    // later rows were already being read).
    void stopAfter(qint64 line, qint64 rowsRead);
    qint64 rowsRead() const { return m_summary.rowsRead; }
    bool rowRejected(qint64 line) const { return m_lastRejectedLine == line; }
    bool hasRejections() const { return !m_summary.rejections.isEmpty(); }
    bool fileRejected() const { return m_summary.fileRejected; }

    // Called after the last row: a header without data rows is an error.
    void finish();

    // Whether the rows go in: all-or-nothing unless bad rows may be skipped.
    bool shouldCommit() const;

    // Reads up to maxRows values of the given columns from the start of the
    // file (of the sheet, for a workbook), to decide a date format before the
    // real pass.
    static QStringList sampleColumns(const QString &path, const QString &sheet,
                                     const QList<int> &columns, int maxRows = 2000);

private:
    qsizetype insertionPoint(qint64 line) const;

    QString m_path;
    QString m_fileName;
    const ImportOptions &m_options;
    ImportSummary &m_summary;
    std::unique_ptr<TableSource> m_source;
    QStringList m_header;
    qint64 m_lastRejectedLine = -1;
};

// Decides the date format of an import: the forced one, or a guess from the
// sample (an ambiguous guess adds a note). Falls back to ISO when nothing
// fits; the rows then say which values could not be read.
DateFormat chooseDateFormat(DateFormat requested, const QStringList &sample, QStringList &notes);
// The same for a guess already made (nullopt: no single format fits).
DateFormat chooseDetectedDateFormat(const std::optional<DateFormatGuess> &guess,
                                    QStringList &notes);

} // namespace Yardstick
