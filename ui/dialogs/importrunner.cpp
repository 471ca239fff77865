// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "workbench/workbench.h"

#include <QApplication>
#include <QThread>

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
{}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        *m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void ImportRunner::start(const QString &fileName, bool skipBadRows, Job job)
{
    Q_ASSERT(!m_thread);
    ImportOptions options;
    options.skipBadRows = skipBadRows;
    const QString path = m_workbench.path();
    if (m_workbench.isInMemory()) {
        runInPlace(options, job);
        return;
    }

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
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    connect(m_progress, &QProgressDialog::canceled, this,
            [cancelled = m_cancelled] { *cancelled = true; });

    // The callback runs on the worker: it posts the percent (when it changed)
    // to this runner, which outlives the thread, and reads the cancel flag.
    auto lastPercent = std::make_shared<int>(-1);
    options.progress = [this, lastPercent, cancelled = m_cancelled](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : 0;
        if (percent != *lastPercent) {
            *lastPercent = percent;
            QMetaObject::invokeMethod(
                this,
                [this, percent] {
                    if (m_progress && !m_progress->wasCanceled())
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
        }
        return !*cancelled;
    };

    auto result = std::make_shared<ImportSummary>();
    m_thread = QThread::create([path, fileName, options, job, result] {
        Workbench::OpenResult opened = Workbench::open(path);
        if (!opened.workbench) {
            *result = cannotOpen(fileName, opened.error.message);
            return;
        }
        *result = job(*opened.workbench, options);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        emit finished(*result);
    });
    m_thread->start();
}

void ImportRunner::runInPlace(const ImportOptions &options, const Job &job)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportSummary summary = job(m_workbench, options);
    QApplication::restoreOverrideCursor();
    emit finished(summary);
}

} // namespace Yardstick
