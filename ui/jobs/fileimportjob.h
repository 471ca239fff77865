// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Yardstick {

class BackgroundJob;
class Workbench;

// Runs one file import of a page (survey answers, audits) on a
// BackgroundJob, behind a progress dialog whose Cancel leaves the workbench
// as it was. The work gets the worker's own workbench, so it must do the
// whole user action through that workbench's services.
class FileImportJob final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<ImportSummary(Workbench &workbench, const ImportOptions &options)>;
    // `elsewhere`: the work ran on the worker's own workbench, whose
    // services' signals nobody here heard; the caller announces the change
    // through the window's services.
    using Done = std::function<void(const ImportSummary &summary, bool elsewhere)>;

    explicit FileImportJob(QWidget *window);
    ~FileImportJob() override;

    // Done follows once (at once for an in-memory workbench).
    void start(Workbench &workbench, const QString &fileName, Work work, Done done);
    bool isRunning() const;

private:
    void finish();

    QWidget *m_window;
    BackgroundJob *m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Yardstick
