// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/lettercolumns.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace Yardstick {

class LetterColumnsBox;

// File › Import › Letters: which files and folders to read, in which
// encoding (detected unless the analyst knows better), and whether to
// import the good letters when some are bad. When a letters table (CSV or
// workbook) is listed, its columns step shows which column each field reads.
class LetterImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `remembered`: the workbench's last letters mapping, offered for a table
    // whose header it fits.
    // serviceCodes, dimensionKeys: what a label column's value map offers.
    explicit LetterImportDialog(const QString &startFolder,
                                std::optional<LetterColumns> remembered = std::nullopt,
                                const QStringList &serviceCodes = QStringList(),
                                const QStringList &dimensionKeys = QStringList(),
                                QWidget *parent = nullptr);

    void addPaths(const QStringList &paths);
    QStringList paths() const;
    // Empty: detect; else the encoding's name as LetterImporter takes it.
    QString encoding() const;
    bool skipBadRows() const;
    // A table is listed: its columns were chosen (and are worth remembering).
    bool hasTable() const;
    // How a table's columns become letters; the default without a table.
    LetterColumns columns() const;

    QComboBox *encodingCombo() const { return m_encoding; }
    QCheckBox *skipBox() const { return m_skip; }
    LetterColumnsBox *columnsBox() const { return m_columns; }

private:
    void chooseFiles();
    void chooseFolder();
    void updateOk();
    void updateTable();

    QString m_startFolder;
    QListWidget *m_paths = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_skip = nullptr;
    LetterColumnsBox *m_columns = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Yardstick
