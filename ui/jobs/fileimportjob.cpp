// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimportjob.h"

#include "workbench/backgroundjob.h"

#include <QProgressDialog>

namespace Yardstick {

namespace {

// What the worker hands back: the summary, and whether it ran on a
// workbench of its own.
struct Outcome
{
    ImportSummary summary;
    bool elsewhere = false;
};

} // namespace

FileImportJob::FileImportJob(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int percent) {
        if (m_progress && !m_progress->wasCanceled())
            m_progress->setValue(percent);
    });
}

FileImportJob::~FileImportJob()
{
    delete m_progress;
}

bool FileImportJob::isRunning() const
{
    return m_job->isRunning();
}

void FileImportJob::start(Workbench &workbench, const QString &fileName, Work work, Done done)
{
    Q_ASSERT(!isRunning());
    m_progress = new QProgressDialog(
        tr("Importing %1…\nCancel leaves the workbench as it was.").arg(fileName), tr("Cancel"), 0,
        100, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMinimumWidth(420);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // a small file is done before it would show
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);

    const Workbench *window = &workbench;
    m_job->runOnWorkbench<Outcome>(
        workbench,
        [window, work](Workbench &own, const JobControl &control) {
            ImportOptions options;
            options.progress = [&control](qint64 read, qint64 total) {
                control.setProgress(
                    total > 0 ? int(qBound(qint64(0), read * 100 / total, qint64(100))) : 0);
                return !control.isCancelled();
            };
            // Only compared, never touched: the window's workbench belongs to
            // the window's thread.
            return Outcome{work(own, options), &own != window};
        },
        [this, done, fileName](Outcome outcome) {
            if (outcome.summary.file.isEmpty())
                outcome.summary.file = fileName;
            finish();
            done(outcome.summary, outcome.elsewhere);
        },
        [this, done, fileName](const QString &message) {
            // Opening the file again can fail (a locked or vanished file):
            // that is a failed import, reported like any other.
            ImportSummary summary;
            summary.file = fileName;
            summary.rejections.append({fileName, 0, QStringLiteral("file"), message});
            finish();
            done(summary, false);
        });
}

void FileImportJob::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace Yardstick
