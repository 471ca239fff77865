// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Yardstick {

class BackgroundJob;
class Workbench;

// What a piece of background work sees of its job: whether it should stop,
// and a way to say how far it has come (posted to the owner's thread).
class JobControl final
{
public:
    bool isCancelled() const;
    // 0-100; only changes are posted. Safe to call from the worker.
    void setProgress(int percent) const;

private:
    friend class BackgroundJob;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_int> m_lastPercent = std::make_shared<std::atomic_int>(-1);
    QPointer<BackgroundJob> m_job;
};

// Runs one piece of work at a time on a worker thread and hands its value
// back on the owner's thread; the one place the window's threads are made.
//
// The latest request wins: starting while work runs cancels the running
// work, drops its result and runs the new request when the old one ends
// (only the newest waiting request is kept). A workbench the worker opens
// itself, because a SQLite connection belongs to the thread that opened it;
// a private in-memory workbench cannot be opened twice, so its work runs at
// once on the caller's thread.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    // Cancels the running work and waits for it: nothing outlives the owner.
    ~BackgroundJob() override;

    // Work that needs no workbench (building a file, say).
    template<typename Result>
    void run(std::function<Result(const JobControl &)> work, std::function<void(Result)> done)
    {
        start([work = std::move(work), done = std::move(done)](const JobControl &control) {
            auto result = std::make_shared<Result>(work(control));
            return Delivery([done, result] { done(std::move(*result)); });
        });
    }

    // Work against the workbench at `workbench`'s file, on the worker's own
    // connection. `cannotOpen` hears why the file could not be opened there.
    template<typename Result>
    void runOnWorkbench(Workbench &workbench,
                        std::function<Result(Workbench &, const JobControl &)> work,
                        std::function<void(Result)> done,
                        std::function<void(const QString &)> cannotOpen)
    {
        if (runsInPlace(workbench)) {
            const JobControl control;
            done(work(workbench, control));
            return;
        }
        const QString path = workbenchPath(workbench);
        start([path, work = std::move(work), done = std::move(done),
               cannotOpen = std::move(cannotOpen)](const JobControl &control) -> Delivery {
            QString error;
            std::optional<Result> result = withOwnConnection<Result>(
                path, [&](Workbench &own) { return work(own, control); }, &error);
            if (!result)
                return [cannotOpen, error] {
                    cannotOpen(error);
                };
            auto shared = std::make_shared<Result>(std::move(*result));
            return [done, shared] {
                done(std::move(*shared));
            };
        });
    }

    bool isRunning() const { return m_thread != nullptr; }
    // Asks the running work to stop (it reads JobControl::isCancelled); its
    // result is still delivered, so a cancelled import can say so.
    void cancel();
    // Asks the running work to stop and drops its result and any waiting
    // request: what it would say no longer matters (another workbench opened).
    void discard();

signals:
    void runningChanged(bool running);
    void progressChanged(int percent);

private:
    // What the worker leaves for the owner's thread to call.
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery(const JobControl &)>;

    static bool runsInPlace(Workbench &workbench);
    static QString workbenchPath(Workbench &workbench);
    // Opens the file on the calling (worker) thread, waiting out a writer.
    static bool openOwn(const QString &path, const std::function<void(Workbench &)> &use,
                        QString *error);
    template<typename Result>
    static std::optional<Result> withOwnConnection(const QString &path,
                                                   const std::function<Result(Workbench &)> &use,
                                                   QString *error)
    {
        std::optional<Result> result;
        openOwn(
            path, [&](Workbench &own) { result.emplace(use(own)); }, error);
        return result;
    }

    void start(Work work);
    void launch(Work work);
    void finished();

    QThread *m_thread = nullptr;
    JobControl m_control;
    std::shared_ptr<Delivery> m_delivery;
    bool m_stale = false;
    std::optional<Work> m_waiting;
};

} // namespace Yardstick
