// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvpreview.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace Yardstick {

// The first page of every import wizard: choose a CSV file or an Excel
// workbook (and its sheet) and see its first rows as Yardstick reads them
// (encoding, separator, line or row numbers), so a
// wrong file or a wrong separator shows before anything is imported. Next
// (or Import) stays disabled while the file cannot be read.
class CsvFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    CsvFilePage(const QString &startFolder, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    // The workbook's sheet chosen, empty for a CSV file.
    QString sheet() const;
    const CsvPreview &preview() const { return m_preview; }
    // Puts an option (a checkbox, a hint) below the preview.
    void addOption(QWidget *widget);

    bool isComplete() const override;

signals:
    void previewChanged();

private:
    void browse();
    void load();
    void loadPreview();
    void fillTable();

    QString m_startFolder;
    QString m_loadedPath;
    CsvPreview m_preview;
    QLineEdit *m_path = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_info = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace Yardstick
