// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesource.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

class QuaZipFile;

namespace Yardstick {

// One sheet of an Excel workbook as a table, streamed from the ZIP entry
// through QXmlStreamReader in constant memory (only the workbook's shared
// strings are held).
//
// Cells become the text a CSV export would hold: shared, inline and formula
// strings as they are, numbers in their shortest exact form (3, 0.1), numbers
// with a date style as ISO dates ("2025-03-01", "2025-03-01T09:30:00"),
// booleans as true/false and errors as their text (#N/A). A cell's reference
// (C5) places it, so cells missing from a sparse row are empty; a row's line
// is its row number in the sheet, skipped numbers and all. Rows with no
// value are skipped like blank lines; rows are padded to the header's width.
class XlsxTableSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::XlsxTableSource)

public:
    XlsxTableSource(std::unique_ptr<XlsxWorkbook> workbook, XlsxSheetEntry sheet,
                    const QString &fileName);
    ~XlsxTableSource() override;

    // Opens the sheet's entry; false with the reason in errorString.
    bool open(QString &errorString);

    std::optional<CsvRecord> next() override;
    const std::optional<CsvReadError> &error() const override { return m_error; }
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString displayName() const override;
    QChar separator() const override { return u','; }
    QString encodingName() const override { return tr("Excel workbook"); }
    QString sheetName() const override { return m_sheet.name; }

private:
    // A cell's t attribute, as far as it decides how the value reads.
    enum class CellType
    {
        Number,        // none or "n"
        SharedString,  // "s"
        Boolean,       // "b"
        FormulaString, // "str"
        AsWritten,     // inlineStr, e (#N/A), d (ISO date) and the unknown
    };

    bool readRow(CsvRecord &record);
    bool readCell(QStringList &fields, qsizetype &column);
    bool readValue(QString &value);
    bool cellText(CellType type, int style, QString &text);
    void fail(const QString &message);

    std::unique_ptr<XlsxWorkbook> m_workbook;
    XlsxSheetEntry m_sheet;
    QString m_fileName;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    qint64 m_size = 0;
    qint64 m_row = 0; // the row being read, or the last one read
    qsizetype m_headerWidth = -1;
    // The text of the cell being read; kept so that its capacity is reused
    // and a cell allocates nothing but its field.
    QString m_value;
    std::optional<CsvReadError> m_error;
};

} // namespace Yardstick
