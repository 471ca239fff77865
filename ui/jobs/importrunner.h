// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

class QWidget;

namespace Yardstick {

class BackgroundJob;
class Workbench;

// Runs one import without freezing the window: on a BackgroundJob (a worker
// thread with its own connection to the workbench file; WAL lets the
// window's connection read meanwhile), behind a progress dialog whose Cancel
// leaves the workbench unchanged. An in-memory workbench has no file to open
// twice, so its import runs in place.
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
    bool isRunning() const;
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void finished(const Yardstick::ImportSummary &summary);

private:
    QProgressDialog *makeProgressDialog(const QString &fileName);

    Workbench &m_workbench;
    QWidget *m_window;
    BackgroundJob *m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Yardstick
