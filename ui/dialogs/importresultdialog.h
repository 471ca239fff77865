// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QDialog>

class QTableView;

namespace Yardstick {

// What an import did: the summary line, the notes, and every rejected row
// (file, line, column, reason) in a sortable table the analyst can save as
// CSV to fix the source file or send it back to operations.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportResultDialog(const ImportSummary &summary, const QString &startFolder,
                       QWidget *parent = nullptr);

    QTableView *rejectionsTable() const { return m_table; }
    // Writes rejectionsToCsv() to the file; the error text, empty on success.
    QString exportRejections(const QString &path) const;
    // The same table as an Excel workbook; the error text, empty on success.
    QString exportRejectionsToExcel(const QString &path) const;

private:
    void chooseAndExport();
    void chooseAndExportToExcel();

    ImportSummary m_summary;
    QString m_startFolder;
    QTableView *m_table = nullptr;
};

} // namespace Yardstick
