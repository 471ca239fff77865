// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace Yardstick {

// File › Import › Letters: which files and folders to read, in which
// encoding (detected unless the analyst knows better), and whether to
// import the good letters when some are bad.
class LetterImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LetterImportDialog(const QString &startFolder, QWidget *parent = nullptr);

    void addPaths(const QStringList &paths);
    QStringList paths() const;
    // Empty: detect; else the encoding's name as LetterImporter takes it.
    QString encoding() const;
    bool skipBadRows() const;

    QComboBox *encodingCombo() const { return m_encoding; }
    QCheckBox *skipBox() const { return m_skip; }

private:
    void chooseFiles();
    void chooseFolder();
    void updateOk();

    QString m_startFolder;
    QListWidget *m_paths = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_skip = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Yardstick
