// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QGroupBox>
#include <QList>
#include <QString>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace Yardstick {

// The Reports page's "Recent packs": the PDFs and decks made from this
// workbench, newest first, to open again or find in their folder, so last
// month's pack is one click away when this month's is compared with it.
// Kept in the application's settings per workbench; a file since deleted or
// moved is left out.
class RecentPacksBox final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kKept = 10;

    struct Pack
    {
        QString path;
        QDateTime made;
    };

    // `workbench`: the workbench's file or its server address without a
    // password, what the list is kept under.
    RecentPacksBox(QSettings &settings, const QString &workbench, QWidget *parent = nullptr);

    // A pack was written to `path` just now.
    void add(const QString &path);
    QList<Pack> packs() const; // the ones listed, newest first

    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *folderButton() const { return m_folder; }

private:
    void reload();
    void updateButtons();
    QString selectedPath() const;

    QSettings &m_settings;
    QString m_workbench;
    QList<Pack> m_packs;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_folder = nullptr;
};

} // namespace Yardstick
