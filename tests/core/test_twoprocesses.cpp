// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two processes on one workbench file: this test's process holds the file
// open through Yardstick and edits it while a real second process
// (yardstick_test_writer, tests/support/writerprocess.cpp) writes the same
// file. No edit may be lost: each either goes in beside the other, or is
// refused with a message while the file keeps the other's change.

#include "storage/busyerror.h"
#include "testsupport.h"
#include "workbench/externalchangewatcher.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Yardstick;

namespace {

const QDate kChristmasEve(2026, 12, 24);
const QString kInsertChristmasEve =
    QStringLiteral("INSERT INTO holidays (day, name) VALUES ('2026-12-24', 'Christmas Eve')");

// A workbench file with one standard; returns its id.
qint64 fileWithStandard(const QString &path)
{
    Workbench::OpenResult created = Workbench::create(path);
    REQUIRE(created.workbench);
    Testing::SmallCatalogue c;
    c.workbench = std::move(created.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(c.workbench->services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(c.workbench->departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(c.workbench->dimensions().insert(dimension).ok());
    c.serviceId = service.id;
    c.departmentId = department.id;
    c.dimensionId = dimension.id;
    Standard standard = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(c.workbench->catalogue().add(standard).isEmpty());
    return standard.id;
}

// Starts the other process and returns once it holds the write lock with
// its statements run (not yet committed).
void startWriter(QProcess &writer, const QString &path, int holdMs, const QStringList &sql)
{
    writer.start(QStringLiteral(YARDSTICK_TEST_WRITER_PATH),
                 QStringList{path, QString::number(holdMs)} + sql);
    REQUIRE(writer.waitForStarted(10000));
    REQUIRE(writer.waitForReadyRead(10000));
    REQUIRE(writer.readLine().trimmed() == "locked");
}

void finishWriter(QProcess &writer)
{
    REQUIRE(writer.waitForFinished(20000));
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    REQUIRE(writer.exitCode() == 0);
}

// What a third, fresh connection finds in the file.
struct OnDisk
{
    QString title;
    bool hasChristmasEve = false;
};

OnDisk onDisk(const QString &path, qint64 standardId)
{
    Workbench::OpenResult reader = Workbench::open(path);
    REQUIRE(reader.workbench);
    const std::optional<Standard> standard = reader.workbench->catalogue().standard(standardId);
    REQUIRE(standard);
    return {standard->title, reader.workbench->holidays().days().contains(kChristmasEve)};
}

} // namespace

TEST_CASE("an edit while another process holds the write lock is refused as busy and changes "
          "nothing, and goes in when made again",
          "[twoprocesses][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.yardstick"));
    const qint64 id = fileWithStandard(path);
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    Workbench::OpenResult opened = Workbench::open(path, quick);
    REQUIRE(opened.workbench);
    StandardCatalogue &catalogue = opened.workbench->catalogue();
    const Standard original = *catalogue.standard(id);
    Standard edited = original;
    edited.title = QStringLiteral("Edited in this window");

    QProcess writer;
    // 3 s: far longer than this connection's 200 ms patience.
    startWriter(writer, path, 3000, {kInsertChristmasEve});
    QElapsedTimer waited;
    waited.start();
    const ValidationIssues busy = catalogue.update(edited, original);
    const qint64 waitedMs = waited.elapsed();
    finishWriter(writer);

    REQUIRE(busy.size() == 1);
    CHECK(busy.constFirst().message == BusyError::message());
    CHECK(busy.constFirst().message.contains(QLatin1String("busy")));
    // It waited the busy timeout out before giving up, and did not wait for
    // the whole 3 s hold.
    CHECK(waitedMs >= 180);
    CHECK(waitedMs < 2500);
    // The file holds the other process's row and none of the refused edit.
    const OnDisk between = onDisk(path, id);
    CHECK(between.hasChristmasEve);
    CHECK(between.title == original.title);

    // Made again once the other process is done, the edit goes in beside its row.
    REQUIRE(catalogue.update(edited, original).isEmpty());
    const OnDisk after = onDisk(path, id);
    CHECK(after.title == QLatin1String("Edited in this window"));
    CHECK(after.hasChristmasEve);
}

TEST_CASE("an edit while another process briefly holds the write lock waits for it and both "
          "survive",
          "[twoprocesses][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.yardstick"));
    const qint64 id = fileWithStandard(path);
    Workbench::OpenResult opened = Workbench::open(path); // 2 s busy timeout, the window's
    REQUIRE(opened.workbench);
    StandardCatalogue &catalogue = opened.workbench->catalogue();
    const Standard original = *catalogue.standard(id);
    Standard edited = original;
    edited.title = QStringLiteral("Edited in this window");

    QProcess writer;
    startWriter(writer, path, 400, {kInsertChristmasEve});
    QElapsedTimer waited;
    waited.start();
    const ValidationIssues issues = catalogue.update(edited, original);
    const qint64 waitedMs = waited.elapsed();
    finishWriter(writer);

    CHECK(issues.isEmpty());
    // It could only write after the other process let go of the lock.
    CHECK(waitedMs >= 300);
    const OnDisk after = onDisk(path, id);
    CHECK(after.title == QLatin1String("Edited in this window"));
    CHECK(after.hasChristmasEve);
}

TEST_CASE("an edit of a standard another process changed since is refused, not written over "
          "the change",
          "[twoprocesses][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.yardstick"));
    const qint64 id = fileWithStandard(path);
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    StandardCatalogue &catalogue = opened.workbench->catalogue();
    // The editor opens on the standard as it is now...
    const Standard original = *catalogue.standard(id);
    Standard edited = original;
    edited.rationale = QStringLiteral("Rationale written in this window");

    // ...and while it is open, the other process retitles the standard.
    QProcess writer;
    startWriter(writer, path, 0,
                {QStringLiteral("UPDATE standards SET title = 'Retitled elsewhere' WHERE id = %1")
                     .arg(id)});
    finishWriter(writer);

    const ValidationIssues stale = catalogue.update(edited, original);
    REQUIRE(stale.size() == 1);
    CHECK(stale.constFirst().message.contains(QLatin1String("APP-T-01")));
    CHECK(stale.constFirst().message.contains(QLatin1String("changed")));
    const std::optional<Standard> kept = catalogue.standard(id);
    CHECK(kept->title == QLatin1String("Retitled elsewhere"));
    CHECK(kept->rationale == original.rationale);

    // The same edit on what the file holds now keeps both changes.
    Standard again = *kept;
    again.rationale = edited.rationale;
    REQUIRE(catalogue.update(again, *kept).isEmpty());
    const std::optional<Standard> both = catalogue.standard(id);
    CHECK(both->title == QLatin1String("Retitled elsewhere"));
    CHECK(both->rationale == QLatin1String("Rationale written in this window"));
}

TEST_CASE("the change watcher reports another process's commit and not this connection's own",
          "[twoprocesses][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.yardstick"));
    const qint64 id = fileWithStandard(path);
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    // A long interval: the test polls by hand.
    ExternalChangeWatcher watcher(opened.workbench->database(), 3'600'000);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedElsewhere);

    StandardCatalogue &catalogue = opened.workbench->catalogue();
    const Standard original = *catalogue.standard(id);
    Standard edited = original;
    edited.title = QStringLiteral("Edited in this window");
    REQUIRE(catalogue.update(edited, original).isEmpty());
    watcher.check();
    CHECK(changed.size() == 0);

    QProcess writer;
    startWriter(writer, path, 0, {kInsertChristmasEve});
    finishWriter(writer);
    watcher.check();
    CHECK(changed.size() == 1);
    watcher.check();
    CHECK(changed.size() == 1); // one commit, one report

    // A commit the caller already read everything after is not reported.
    startWriter(writer, path, 0, {QStringLiteral("DELETE FROM holidays WHERE day = '2026-12-24'")});
    finishWriter(writer);
    watcher.acknowledge();
    watcher.check();
    CHECK(changed.size() == 1);
}
