// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxtablewriter.h"

#include "texttable.h"
#include "xlsxwriterlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Yardstick {

namespace {

// Excel keeps at most this many characters in a cell.
constexpr qsizetype kMaxCellText = 32767;
// The header's filter button covers about this many characters.
constexpr double kFilterButton = 3;
constexpr double kMinColumnWidth = 6;

// How wide a cell reads in its number format, in characters.
qsizetype shownWidth(const ExportCell &cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return 0;
    case ExportCell::Kind::Date:
        return 10; // yyyy-mm-dd
    case ExportCell::Kind::DateTime:
        return 16; // yyyy-mm-dd hh:mm
    case ExportCell::Kind::Percent:
        return QString::number(cell.value * 100, 'f', 1).size() + 1;
    case ExportCell::Kind::Integer: {
        const qsizetype digits = cell.csv.size();
        return digits + (digits - 1) / 3; // with thousands separators
    }
    case ExportCell::Kind::Number: {
        // Shown with one to three decimals (see addFormats).
        const QString shown = QString::number(cell.value, 'f', 3);
        return shown.size() + (shown.indexOf(QLatin1Char('.')) - 1) / 3;
    }
    case ExportCell::Kind::Text:
        break;
    }
    qsizetype widest = 0;
    for (const QString &line : cell.csv.split(QLatin1Char('\n')))
        widest = std::max(widest, TextTable::displayWidth(line));
    return widest;
}

lxw_datetime toLxw(const QDateTime &moment)
{
    const QDate d = moment.date();
    const QTime t = moment.time();
    return lxw_datetime{d.year(), d.month(),  d.day(),
                        t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *number = nullptr;
};

Formats addFormats(const XlsxWriterLibrary &lib, lxw_workbook *workbook)
{
    Formats f;
    f.header = lib.addFormat(workbook);
    lib.setBold(f.header);
    lib.setBottom(f.header, LXW_BORDER_THIN);
    f.date = lib.addFormat(workbook);
    lib.setNumberFormat(f.date, "yyyy-mm-dd");
    f.dateTime = lib.addFormat(workbook);
    lib.setNumberFormat(f.dateTime, "yyyy-mm-dd hh:mm");
    f.percent = lib.addFormat(workbook);
    lib.setNumberFormat(f.percent, "0.0%");
    f.integer = lib.addFormat(workbook);
    lib.setNumberFormat(f.integer, "#,##0");
    // A mean of 1.1141219963 days reads 1.114 and 15 days 15.0, as the
    // window shows them; the cell keeps every digit.
    f.number = lib.addFormat(workbook);
    lib.setNumberFormat(f.number, "#,##0.0##");
    return f;
}

lxw_error writeCell(const XlsxWriterLibrary &lib, lxw_worksheet *sheet, lxw_row_t row,
                    lxw_col_t column, const ExportCell &cell, const Formats &formats)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return LXW_NO_ERROR;
    case ExportCell::Kind::Number:
        return lib.writeNumber(sheet, row, column, cell.value, formats.number);
    case ExportCell::Kind::Integer:
        return lib.writeNumber(sheet, row, column, cell.value, formats.integer);
    case ExportCell::Kind::Percent:
        return lib.writeNumber(sheet, row, column, cell.value, formats.percent);
    case ExportCell::Kind::Date:
    case ExportCell::Kind::DateTime: {
        // Excel's calendar starts in 1900; an earlier day stays readable as text.
        if (cell.moment.date().year() < 1900)
            break;
        lxw_datetime when = toLxw(cell.moment);
        return lib.writeDateTime(sheet, row, column, &when,
                                 cell.kind == ExportCell::Kind::Date ? formats.date
                                                                     : formats.dateTime);
    }
    case ExportCell::Kind::Text:
        break;
    }
    // Always a string cell: a customer's "=HYPERLINK(…)" must never run.
    const QByteArray text = cell.csv.left(kMaxCellText).toUtf8();
    return lib.writeString(sheet, row, column, text.constData(), nullptr);
}

lxw_error writeSheet(const XlsxWriterLibrary &lib, lxw_worksheet *sheet, const ExportTable &table,
                     const Formats &formats)
{
    const auto columns = lxw_col_t(table.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const QByteArray header = table.columns.at(c).toUtf8();
        if (lxw_error e = lib.writeString(sheet, 0, c, header.constData(), formats.header))
            return e;
    }
    lxw_row_t row = 1;
    for (const QList<ExportCell> &cells : table.rows) {
        const auto count = std::min<qsizetype>(cells.size(), columns);
        for (qsizetype c = 0; c < count; ++c) {
            if (lxw_error e = writeCell(lib, sheet, row, lxw_col_t(c), cells.at(c), formats))
                return e;
        }
        ++row;
    }
    const QList<double> widths = XlsxTableWriter::columnWidths(table);
    for (lxw_col_t c = 0; c < columns; ++c)
        lib.setColumn(sheet, c, c, widths.at(c), nullptr);
    if (columns > 0) {
        lib.freezePanes(sheet, 1, 0);
        lib.autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), columns - 1);
        // Printed, a table keeps its columns together: landscape, one page
        // wide (as many tall as it takes), the header on every page.
        lib.setLandscape(sheet);
        lib.fitToPages(sheet, 1, 0);
        lib.repeatRows(sheet, 0, 0);
    }
    return LXW_NO_ERROR;
}

} // namespace

QStringList XlsxTableWriter::sheetNames(const QStringList &wanted)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QStringList names;
    for (const QString &asked : wanted) {
        QString name;
        for (QChar c : asked.simplified())
            name += forbidden.contains(c) ? QLatin1Char('_') : c;
        while (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        name = name.left(kMaxSheetName);
        while (name.endsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char(' ')))
            name.chop(1);
        if (name.isEmpty())
            name = tr("Sheet");
        // Excel compares sheet names without case; "History" is reserved.
        const auto taken = [&names](const QString &n) {
            return names.contains(n, Qt::CaseInsensitive) ||
                   n.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
        };
        QString unique = name;
        for (int i = 2; taken(unique); ++i) {
            const QString suffix = QStringLiteral(" (%1)").arg(i);
            unique = name.left(kMaxSheetName - suffix.size()) + suffix;
        }
        names.append(unique);
    }
    return names;
}

QList<double> XlsxTableWriter::columnWidths(const ExportTable &table)
{
    QList<double> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        double width = double(TextTable::displayWidth(table.columns.at(c))) + kFilterButton;
        for (const QList<ExportCell> &row : table.rows) {
            if (c < row.size())
                width = std::max(width, double(shownWidth(row.at(c))) + 1);
        }
        widths.append(std::clamp(width, kMinColumnWidth, kMaxColumnWidth));
    }
    return widths;
}

QString XlsxTableWriter::write(const QString &path, const QList<ExportTable> &tables)
{
    const QFileInfo target(path);
    const XlsxWriterLibrary &lib = XlsxWriterLibrary::loaded();
    if (!lib.error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, lib.error);
    for (const ExportTable &table : tables) {
        if (table.rows.size() >= LXW_ROW_MAX)
            return tr("Cannot write %1: \"%2\" has more rows than an Excel sheet holds.")
                .arg(path, table.name);
    }
    // A complete workbook or none: libxlsxwriter writes beside the target,
    // and the finished file replaces it in one rename.
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".yardstick-XXXXXX.xlsx")));
    if (!partial.open())
        return tr("Cannot write %1: %2").arg(path, partial.errorString());
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());

    lxw_workbook *workbook = lib.workbookNew(partialName.constData());
    if (!workbook)
        return tr("Cannot write %1: the workbook could not be started").arg(path);
    const Formats formats = addFormats(lib, workbook);
    QStringList wanted;
    for (const ExportTable &table : tables)
        wanted.append(table.name);
    const QStringList names = sheetNames(wanted);
    lxw_error error = LXW_NO_ERROR;
    for (qsizetype i = 0; i < tables.size() && error == LXW_NO_ERROR; ++i) {
        const QByteArray name = names.at(i).toUtf8();
        lxw_worksheet *sheet = lib.addWorksheet(workbook, name.constData());
        error = sheet ? writeSheet(lib, sheet, tables.at(i), formats)
                      : LXW_ERROR_SHEETNAME_ALREADY_USED;
    }
    const lxw_error closed = lib.close(workbook);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lib.errorText(error)));
    QFile::setPermissions(partial.fileName(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(partialName.constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return tr("Cannot write %1: the finished workbook could not replace it").arg(path);
    return {};
}

} // namespace Yardstick
