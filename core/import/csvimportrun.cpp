// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportrun.h"

#include <QFileInfo>

namespace Yardstick {

namespace {

constexpr int kProgressEveryRows = 2048;

} // namespace

CsvImportRun::CsvImportRun(const QString &path, const ImportOptions &options,
                           ImportSummary &summary)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_options(options)
    , m_summary(summary)
{
    m_summary.file = m_fileName;
}

CsvImportRun::~CsvImportRun() = default;

bool CsvImportRun::start()
{
    TableOpening opening = openTableSource(m_path, m_options.sheet);
    if (!opening.source) {
        rejectFile(0, opening.column, opening.error);
        return false;
    }
    m_source = std::move(opening.source);
    // A sheet's rows are located as "cases.xlsx[Sheet1]:12".
    m_fileName = m_source->displayName();
    m_summary.file = m_fileName;
    std::optional<CsvRecord> header = m_source->next();
    if (!header) {
        if (const auto &error = m_source->error())
            rejectFile(error->line, QStringLiteral("row"), error->message);
        else if (!m_source->sheetName().isEmpty())
            rejectFile(0, QStringLiteral("file"), tr("the sheet is empty"));
        else
            rejectFile(0, QStringLiteral("file"), tr("the file is empty"));
        return false;
    }
    m_header = header->fields;
    for (QString &name : m_header)
        name = name.trimmed();
    return true;
}

int CsvImportRun::columnIndex(QStringView name) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        if (QStringView(m_header.at(i)).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool CsvImportRun::requireColumns(std::initializer_list<RequiredColumn> columns)
{
    bool complete = true;
    for (const auto &[index, name] : columns) {
        if (index >= 0)
            continue;
        rejectFile(1, QLatin1String(name),
                   tr("the header has no column \"%1\"").arg(QLatin1String(name)));
        complete = false;
    }
    return complete;
}

std::optional<CsvRecord> CsvImportRun::next()
{
    while (true) {
        std::optional<CsvRecord> record = m_source->next();
        if (!record) {
            if (const auto &error = m_source->error()) {
                // The rest of the file cannot be read, so even "skip bad
                // rows" must not keep the part before it as if it were all.
                ++m_summary.rowsRead;
                reject(error->line, QStringLiteral("row"), error->message);
                m_summary.fileRejected = true;
            }
            return std::nullopt;
        }
        ++m_summary.rowsRead;
        if (m_options.progress && m_summary.rowsRead % kProgressEveryRows == 0 &&
            !m_options.progress(m_source->position(), m_source->size())) {
            m_summary.cancelled = true;
            return std::nullopt;
        }
        if (record->fields.size() == m_header.size())
            return record;
        reject(record->line, QStringLiteral("row"),
               tr("wrong number of fields: expected %1, found %2")
                   .arg(m_header.size())
                   .arg(record->fields.size()));
    }
}

void CsvImportRun::reject(qint64 line, const QString &column, const QString &reason)
{
    m_summary.rejections.append({m_fileName, line, column, reason});
    if (m_lastRejectedLine != line) {
        m_lastRejectedLine = line;
        ++m_summary.rejected;
    }
}

void CsvImportRun::rejectFile(qint64 line, const QString &column, const QString &reason)
{
    m_summary.fileRejected = true;
    m_summary.rejections.append({m_fileName, line, column, reason});
}

qsizetype CsvImportRun::insertionPoint(qint64 line) const
{
    // Late rejections trail the reading by a few thousand rows at most, so
    // the place is near the end.
    qsizetype at = m_summary.rejections.size();
    while (at > 0 && m_summary.rejections.at(at - 1).line > line)
        --at;
    return at;
}

void CsvImportRun::rejectLate(qint64 line, const QString &column, const QString &reason)
{
    m_summary.rejections.insert(insertionPoint(line), {m_fileName, line, column, reason});
    ++m_summary.rejected;
}

void CsvImportRun::rejectFileLate(qint64 line, const QString &column, const QString &reason)
{
    m_summary.fileRejected = true;
    m_summary.rejections.insert(insertionPoint(line), {m_fileName, line, column, reason});
}

void CsvImportRun::stopAfter(qint64 line, qint64 rowsRead)
{
    // Every rejection after the line came from reject() (one per row it
    // counted), as file-level ones are made before the rows or at the line.
    qint64 lastLine = -1;
    while (!m_summary.rejections.isEmpty() && m_summary.rejections.constLast().line > line) {
        if (m_summary.rejections.constLast().line != lastLine) {
            lastLine = m_summary.rejections.constLast().line;
            --m_summary.rejected;
        }
        m_summary.rejections.removeLast();
    }
    m_summary.rowsRead = rowsRead;
    // Reading would have stopped before a later cancel could be noticed.
    m_summary.cancelled = false;
    m_lastRejectedLine = -1;
}

void CsvImportRun::finish()
{
    if (m_options.progress && !m_summary.cancelled && m_source)
        m_options.progress(m_source->size(), m_source->size());
    if (m_summary.rowsRead == 0 && !m_summary.cancelled)
        rejectFile(1, QStringLiteral("row"), tr("the file has a header but no data rows"));
}

bool CsvImportRun::shouldCommit() const
{
    if (m_summary.cancelled || m_summary.fileRejected)
        return false;
    return m_options.skipBadRows || m_summary.rejections.isEmpty();
}

QStringList CsvImportRun::sampleColumns(const QString &path, const QString &sheet,
                                        const QList<int> &columns, int maxRows)
{
    QStringList values;
    const TableOpening opening = openTableSource(path, sheet);
    if (!opening.source || !opening.source->next()) // the header
        return values;
    for (int row = 0; row < maxRows; ++row) {
        std::optional<CsvRecord> record = opening.source->next();
        if (!record)
            break;
        for (int column : columns) {
            if (column >= 0 && column < record->fields.size())
                values.append(record->fields.at(column));
        }
    }
    return values;
}

DateFormat chooseDateFormat(DateFormat requested, const QStringList &sample, QStringList &notes)
{
    if (requested != DateFormat::Auto)
        return requested;
    return chooseDetectedDateFormat(detectDateFormat(sample), notes);
}

DateFormat chooseDetectedDateFormat(const std::optional<DateFormatGuess> &guess, QStringList &notes)
{
    if (!guess) {
        notes.append(CsvImportRun::tr("The dates are not all in one format Yardstick knows "
                                      "(ISO 8601, DD/MM/YYYY or MM/DD/YYYY); they were read "
                                      "as ISO 8601."));
        return DateFormat::Iso;
    }
    if (guess->ambiguous) {
        notes.append(CsvImportRun::tr("Every date could be day-first or month-first; they were "
                                      "read as DD/MM/YYYY. Choose the format if that is wrong."));
    }
    return guess->format;
}

} // namespace Yardstick
