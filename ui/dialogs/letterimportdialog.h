// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letters/lettercolumns.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
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
    // How the first table's columns become letters (the mapping the
    // workbench remembers); the default without a table.
    LetterColumns columns() const;
    // Each other table's own mapping, by path: the one chosen for it, else
    // the first table's where that fits its header (next month's file of the
    // same export), else the reader's guess (LetterImportOptions::tableColumns).
    QHash<QString, LetterColumns> tableColumns() const;

    QComboBox *encodingCombo() const { return m_encoding; }
    QCheckBox *skipBox() const { return m_skip; }
    LetterColumnsBox *columnsBox() const { return m_columns; }
    // Which listed table the columns step shows (shown with two or more).
    QComboBox *tableCombo() const { return m_table; }

private:
    void chooseFiles();
    void chooseFolder();
    void updateOk();
    void updateTable();
    void showTable(const QString &path);
    QStringList tables() const;

    QString m_startFolder;
    QListWidget *m_paths = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_skip = nullptr;
    LetterColumnsBox *m_columns = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_table = nullptr;
    // The mapping chosen for each table shown so far (the shown one's is in
    // m_columns until another is shown).
    QHash<QString, LetterColumns> m_chosen;
    QPushButton *m_ok = nullptr;
};

} // namespace Yardstick
