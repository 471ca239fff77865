// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testsupport.h"
#include "workbench/backgroundjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

using namespace Yardstick;

namespace {

// Spins the event loop until the job is idle (or 10 s pass).
void waitUntilIdle(const BackgroundJob &job)
{
    QElapsedTimer clock;
    clock.start();
    while (job.isRunning() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a background job hands its value back on the owner's thread", "[backgroundjob]")
{
    BackgroundJob job;
    std::optional<int> value;
    Qt::HANDLE workerThread = nullptr;
    Qt::HANDLE deliveredOn = nullptr;
    job.run<int>(
        [&workerThread](const JobControl &) {
            workerThread = QThread::currentThreadId();
            return 6 * 7;
        },
        [&](int result) {
            value = result;
            deliveredOn = QThread::currentThreadId();
        });
    CHECK(job.isRunning());
    waitUntilIdle(job);
    REQUIRE(value == 42);
    CHECK(workerThread != QThread::currentThreadId());
    CHECK(deliveredOn == QThread::currentThreadId());
}

TEST_CASE("the latest request wins: a request made while work runs replaces its result",
          "[backgroundjob]")
{
    BackgroundJob job;
    QSemaphore release;
    QList<int> delivered;
    bool firstSawCancel = false;
    job.run<int>(
        [&](const JobControl &control) {
            release.acquire();
            firstSawCancel = control.isCancelled();
            return 1;
        },
        [&](int v) { delivered.append(v); });
    // Two requests while the first is held: only the newest of them runs.
    job.run<int>([](const JobControl &) { return 2; }, [&](int v) { delivered.append(v); });
    job.run<int>([](const JobControl &) { return 3; }, [&](int v) { delivered.append(v); });
    release.release();
    waitUntilIdle(job);
    CHECK(firstSawCancel);
    CHECK(delivered == QList<int>{3});
}

TEST_CASE("a cancelled job still delivers what its work returned", "[backgroundjob]")
{
    BackgroundJob job;
    QSemaphore release;
    std::optional<bool> sawCancel;
    job.run<bool>(
        [&](const JobControl &control) {
            release.acquire();
            return control.isCancelled();
        },
        [&](bool cancelled) { sawCancel = cancelled; });
    job.cancel();
    release.release();
    waitUntilIdle(job);
    CHECK(sawCancel == true);
}

TEST_CASE("a discarded job drops its result and the request waiting behind it", "[backgroundjob]")
{
    BackgroundJob job;
    QSemaphore release;
    QList<int> delivered;
    QList<bool> running;
    QObject::connect(&job, &BackgroundJob::runningChanged, [&](bool r) { running.append(r); });
    job.run<int>(
        [&](const JobControl &) {
            release.acquire();
            return 1;
        },
        [&](int v) { delivered.append(v); });
    job.run<int>([](const JobControl &) { return 2; }, [&](int v) { delivered.append(v); });
    job.discard();
    release.release();
    waitUntilIdle(job);
    CHECK(delivered.isEmpty());
    CHECK(running == QList<bool>{true, false});
}

TEST_CASE("progress from the worker arrives on the owner's thread, once per change",
          "[backgroundjob]")
{
    BackgroundJob job;
    QList<int> seen;
    QObject::connect(&job, &BackgroundJob::progressChanged, [&](int p) { seen.append(p); });
    job.run<int>(
        [](const JobControl &control) {
            for (int p : {0, 0, 50, 50, 100, 140})
                control.setProgress(p);
            return 0;
        },
        [](int) {});
    waitUntilIdle(job);
    CHECK(seen == QList<int>{0, 50, 100}); // 140 is clamped to 100, already said
}

TEST_CASE("work on a workbench file opens its own connection, an in-memory one runs in place",
          "[backgroundjob]")
{
    SECTION("a file")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.yardstick"));
        auto created = Workbench::create(path);
        REQUIRE(created.workbench);
        created.workbench->properties().setValue(QStringLiteral("title"), QStringLiteral("Cards"));
        BackgroundJob job;
        std::optional<QString> title;
        bool sameObject = true;
        Workbench *mine = created.workbench.get();
        job.runOnWorkbench<QString>(
            *created.workbench,
            [&](Workbench &own, const JobControl &) {
                sameObject = &own == mine;
                return own.title();
            },
            [&](QString t) { title = t; }, [](const QString &) {});
        waitUntilIdle(job);
        CHECK(title == QStringLiteral("Cards"));
        CHECK_FALSE(sameObject);
    }
    SECTION("in memory")
    {
        auto workbench = Testing::memoryWorkbench();
        BackgroundJob job;
        Workbench *used = nullptr;
        job.runOnWorkbench<int>(
            *workbench,
            [&](Workbench &own, const JobControl &) {
                used = &own;
                return 1;
            },
            [](int) {}, [](const QString &) {});
        CHECK_FALSE(job.isRunning());
        CHECK(used == workbench.get());
    }
    SECTION("a file that cannot be opened is reported")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.yardstick"));
        auto created = Workbench::create(path);
        REQUIRE(created.workbench);
        // The file vanishes behind the open workbench's back.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        BackgroundJob job;
        QString error;
        bool ran = false;
        job.runOnWorkbench<int>(
            *created.workbench,
            [&](Workbench &, const JobControl &) {
                ran = true;
                return 1;
            },
            [](int) {}, [&](const QString &e) { error = e; });
        waitUntilIdle(job);
        CHECK_FALSE(ran);
        CHECK_FALSE(error.isEmpty());
    }
}
