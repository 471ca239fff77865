// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QCheckBox;

namespace Yardstick {

class CsvFilePage;

// The import of a file whose columns have fixed names (measurements, the
// standards catalogue): choose the file, see its first rows, decide whether
// bad rows are skipped. There is nothing to map.
class FileImportWizard final : public QWizard
{
    Q_OBJECT

public:
    // columnsHint says which columns the file needs, in the analyst's words.
    FileImportWizard(const QString &title, const QString &columnsHint, const QString &startFolder,
                     QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    // The sheet chosen when the file is an Excel workbook, else empty.
    QString sheet() const;
    bool skipBadRows() const;

    CsvFilePage *filePage() const { return m_filePage; }

private:
    CsvFilePage *m_filePage = nullptr;
    QCheckBox *m_skipBad = nullptr;
};

} // namespace Yardstick
