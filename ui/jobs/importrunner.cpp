// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "workbench/backgroundjob.h"
#include "workbench/workbench.h"

#include <QApplication>

namespace Yardstick {

namespace {

// Opening the file again can fail (a locked or vanished file): that is a
// failed import, reported like any other.
ImportSummary cannotOpen(const QString &fileName, const QString &message)
{
    ImportSummary summary;
    summary.file = fileName;
    summary.rejections.append({fileName, 0, QStringLiteral("file"), message});
    return summary;
}

} // namespace

ImportRunner::ImportRunner(Workbench &workbench, QWidget *window)
    : QObject(window)
    , m_workbench(workbench)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{}

ImportRunner::~ImportRunner()
{
    delete m_job; // cancels the import and waits for its rollback
    delete m_progress;
}

bool ImportRunner::isRunning() const
{
    return m_job->isRunning();
}

QProgressDialog *ImportRunner::makeProgressDialog(const QString &fileName)
{
    auto *progress = new QProgressDialog(
        tr("Importing %1…\nCancel leaves the workbench as it was.").arg(fileName), tr("Cancel"), 0,
        100, m_window);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setMinimumWidth(420);
    progress->setWindowTitle(tr("Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // a small file is done before it would show
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    return progress;
}

void ImportRunner::start(const QString &fileName, bool skipBadRows, Job job)
{
    Q_ASSERT(!isRunning());
    ImportOptions options;
    options.skipBadRows = skipBadRows;
    auto deliver = [this](ImportSummary summary) {
        if (m_progress)
            m_progress->deleteLater();
        emit finished(summary);
    };
    if (m_workbench.isInMemory()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const ImportSummary summary = job(m_workbench, options);
        QApplication::restoreOverrideCursor();
        deliver(summary);
        return;
    }

    m_progress = makeProgressDialog(fileName);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progressChanged, m_progress, [this](int percent) {
        if (m_progress && !m_progress->wasCanceled())
            m_progress->setValue(percent);
    });
    m_job->runOnWorkbench<ImportSummary>(
        m_workbench,
        [options, job](Workbench &own, const JobControl &control) {
            ImportOptions reporting = options;
            reporting.progress = [&control](qint64 done, qint64 total) {
                control.setProgress(total > 0 ? int(done * 100 / total) : 0);
                return !control.isCancelled();
            };
            return job(own, reporting);
        },
        deliver,
        [deliver, fileName](const QString &error) { deliver(cannotOpen(fileName, error)); });
}

} // namespace Yardstick
