// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

#include "workbench.h"

#include <QThread>

namespace Yardstick {

bool JobControl::isCancelled() const
{
    return *m_cancelled || QThread::currentThread()->isInterruptionRequested();
}

void JobControl::setProgress(int percent) const
{
    percent = qBound(0, percent, 100);
    if (m_lastPercent->exchange(percent) == percent || !m_job)
        return;
    QMetaObject::invokeMethod(
        m_job.data(),
        [job = m_job, percent] {
            if (job)
                emit job->progressChanged(percent);
        },
        Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        *m_control.m_cancelled = true;
        m_thread->requestInterruption();
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundJob::runsInPlace(Workbench &workbench)
{
    return workbench.isInMemory();
}

QString BackgroundJob::workbenchPath(Workbench &workbench)
{
    return workbench.path();
}

bool BackgroundJob::openOwn(const QString &path, const std::function<void(Workbench &)> &use,
                            QString *error)
{
    // Opening takes the write lock for a moment; off the GUI thread it can
    // wait out an import writing the file rather than give up.
    Database::Options options;
    options.busyTimeoutMs = 30000;
    Workbench::OpenResult opened = Workbench::open(path, options);
    if (!opened.workbench) {
        *error = opened.error.message;
        return false;
    }
    use(*opened.workbench);
    return true;
}

void BackgroundJob::start(Work work)
{
    if (m_thread) {
        // The running work's result is already out of date.
        *m_control.m_cancelled = true;
        m_stale = true;
        m_waiting = std::move(work);
        return;
    }
    launch(std::move(work));
}

void BackgroundJob::cancel()
{
    *m_control.m_cancelled = true;
    m_waiting.reset();
}

void BackgroundJob::discard()
{
    cancel();
    if (m_thread)
        m_stale = true;
}

void BackgroundJob::launch(Work work)
{
    m_control = JobControl();
    m_control.m_job = this;
    m_stale = false;
    auto delivery = std::make_shared<Delivery>();
    m_delivery = delivery;
    m_thread = QThread::create(
        [work = std::move(work), control = m_control, delivery] { *delivery = work(control); });
    connect(m_thread, &QThread::finished, this, &BackgroundJob::finished);
    m_thread->start();
    emit runningChanged(true);
}

void BackgroundJob::finished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Delivery> delivery = std::move(m_delivery);
    if (m_waiting) {
        Work next = std::move(*m_waiting);
        m_waiting.reset();
        launch(std::move(next));
        return;
    }
    emit runningChanged(false);
    if (!m_stale && delivery && *delivery)
        (*delivery)();
}

} // namespace Yardstick
