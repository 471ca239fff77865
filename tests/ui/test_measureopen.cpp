// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `yardstick --measure-open FILE`, the window's benchmark: the real program,
// started as the benchmark starts it, prints how long the dashboard took to
// fill and exits by itself.
#include "catchqt.h"
#include "demoworkbench.h"
#include "workbench/workbench.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run measureOpen(const QString &path)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(YARDSTICK_GUI_PATH), {QStringLiteral("--measure-open"), path});
    REQUIRE(process.waitForFinished(120'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput()};
}

} // namespace

TEST_CASE("measure-open prints the milliseconds until the dashboard of the demo is filled",
          "[measureopen]")
{
    QTemporaryDir dir;
    const Run run = measureOpen(YardstickTests::copyOfDemoWorkbench(dir.path()));
    CHECK(run.exitCode == 0);
    bool isNumber = false;
    const qint64 ms = run.output.trimmed().toLongLong(&isNumber);
    CHECK(isNumber);
    CHECK(ms > 0);
    CHECK(ms < 120'000);
}

TEST_CASE("measure-open also ends on a new empty workbench", "[measureopen]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.yardstick"));
    REQUIRE(Yardstick::Workbench::create(path).workbench);
    const Run run = measureOpen(path);
    CHECK(run.exitCode == 0);
    CHECK(run.output.trimmed().toLongLong() > 0);
}

TEST_CASE("measure-open exits with 1 and prints nothing when the file is missing", "[measureopen]")
{
    QTemporaryDir dir;
    const Run run = measureOpen(dir.filePath(QStringLiteral("missing.yardstick")));
    CHECK(run.exitCode == 1);
    CHECK(run.output.isEmpty());
}
