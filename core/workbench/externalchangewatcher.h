// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

namespace Yardstick {

class Database;

// Notices that another connection committed to the open workbench (another
// Yardstick window, yardstick-cli, or a worker of this one), so the window
// can read the file again instead of showing — and editing — what it held
// before. It polls SQLite's data_version, which changes exactly when another
// connection commits: no file-system events to miss or coalesce, and a poll
// costs a few microseconds.
class ExternalChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    // The database must outlive the watcher.
    explicit ExternalChangeWatcher(Database &database, int intervalMs = 1000,
                                   QObject *parent = nullptr);

    // Polls now (the timer calls it); emits changedElsewhere() if another
    // connection committed since the last poll.
    void check();
    // Takes the current state as seen: for a caller about to read the whole
    // file again anyway, so the same change is not reported twice.
    void acknowledge();

signals:
    void changedElsewhere();

private:
    Database &m_database;
    QTimer m_timer;
    std::optional<qint64> m_version;
};

} // namespace Yardstick
