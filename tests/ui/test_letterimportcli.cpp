// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The same letters imported by yardstick-cli and by File › Import › Letters
// leave two identical workbenches behind: the complaint-handling standards
// they feed are recomputed either way (the command line used to skip it).
#include "catchqt.h"
#include "core/letterhandlingfixture.h"
#include "mainwindow/letterimportcontroller.h"
#include "mainwindow/mainwindow.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

// A workbench file with the handling fixture; its id of the fed standard.
qint64 makeWorkbench(const QString &path)
{
    Workbench::OpenResult created = Workbench::create(path);
    REQUIRE(created.workbench);
    const qint64 id = prepare(*created.workbench).standardId;
    REQUIRE(fromLetters(*created.workbench, id).isEmpty()); // nothing computed yet
    return id;
}

QList<Measurement> storedIn(const QString &path, qint64 standardId)
{
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    QList<Measurement> stored = fromLetters(*opened.workbench, standardId);
    for (Measurement &m : stored)
        m.id = 0; // two files: ids apart
    return stored;
}

} // namespace

TEST_CASE("letters imported by yardstick-cli recompute the complaint-handling measurements as "
          "File › Import › Letters does",
          "[ui][letters]")
{
    QTemporaryDir dir;
    const QStringList letters = writeLetters(dir);

    const QString byCli = dir.filePath(QStringLiteral("cli.yardstick"));
    const qint64 cliStandard = makeWorkbench(byCli);
    QProcess cli;
    cli.start(QStringLiteral(YARDSTICK_CLI_PATH),
              QStringList{QStringLiteral("import"), QStringLiteral("letters"), byCli} + letters);
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);

    const QString byWindow = dir.filePath(QStringLiteral("window.yardstick"));
    const qint64 windowStandard = makeWorkbench(byWindow);
    {
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MainWindow window(settings);
        REQUIRE(window.openWorkbench(byWindow));
        QSignalSpy imported(window.letterImports(), &LetterImportController::imported);
        window.letterImports()->run(letters, QString(), false);
        REQUIRE(QTest::qWaitFor([&] { return !window.letterImports()->isRunning(); }, 20000));
        CHECK(imported.count() == 1);
    }

    const QList<Measurement> fromCli = storedIn(byCli, cliStandard);
    checkSixLetterMeasurements(fromCli);
    CHECK(fromCli == storedIn(byWindow, windowStandard));
}
