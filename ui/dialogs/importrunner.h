// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace Yardstick {

class Workbench;

// Runs one import without freezing the window: on a worker thread with a
// connection of its own to the workbench file (a SQLite connection belongs
// to its thread; WAL lets the window's connection read meanwhile), behind a
// progress dialog whose Cancel leaves the workbench unchanged. An in-memory
// workbench has no file to open twice, so its import runs in place.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    // Runs the import on the workbench it is handed; must not touch widgets.
    using Job = std::function<ImportSummary(Workbench &workbench, const ImportOptions &options)>;

    ImportRunner(Workbench &workbench, QWidget *window);
    // Cancels a running import and waits for its rollback.
    ~ImportRunner() override;

    // finished() follows, once (at once for an in-memory workbench).
    void start(const QString &fileName, bool skipBadRows, Job job);
    bool isRunning() const { return m_thread != nullptr; }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void finished(const Yardstick::ImportSummary &summary);

private:
    void runInPlace(const ImportOptions &options, const Job &job);

    Workbench &m_workbench;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Yardstick
