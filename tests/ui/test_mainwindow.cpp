// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/periodvaluerepository.h"
#include "views/dashboardview.h"
#include "workbench/workbench.h"

#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Yardstick;

namespace {

void makeWorkbench(const QString &path, const QString &serviceCode)
{
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Service service{0, serviceCode, QStringLiteral("Application processing"), {}};
    REQUIRE(made.workbench->services().insert(service).ok());
}

// A workbench as Yardstick wrote it at schema version 7, with one case whose
// dates are still ISO text.
void makeVersion7Workbench(const QString &path)
{
    makeWorkbench(path, QStringLiteral("APP"));
    const QString connection = QStringLiteral("version7");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE case_records")));
        // Version 9's tables came later.
        REQUIRE(query.exec(QStringLiteral("DROP TABLE case_history")));
        REQUIRE(query.exec(QStringLiteral("DROP TABLE case_imports")));
        // And version 10's letter attributes and source ids.
        REQUIRE(query.exec(QStringLiteral("DROP TABLE letter_attributes")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE complaint_letters DROP COLUMN source_id")));
        // And version 11's retired flags.
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE services DROP COLUMN retired")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE departments DROP COLUMN retired")));
        // And version 12's kept period values.
        for (const char *table : {"period_values", "period_case_counts", "period_value_services",
                                  "period_values_stale"})
            REQUIRE(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        // And version 13's audit trail.
        REQUIRE(query.exec(QStringLiteral("DROP TABLE change_log")));
        REQUIRE(query.exec(QStringLiteral(
            "CREATE TABLE case_records (service_id INTEGER NOT NULL REFERENCES services(id), "
            "case_id TEXT NOT NULL, received_at TEXT NOT NULL, completed_at TEXT, "
            "right_first_time TEXT NOT NULL DEFAULT 'unknown', department_id INTEGER, "
            "key_customer INTEGER NOT NULL DEFAULT 0, import_batch INTEGER, "
            "PRIMARY KEY (service_id, case_id)) WITHOUT ROWID")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO case_records (service_id, case_id, received_at, completed_at, "
            "right_first_time) SELECT id, 'A-1', '2025-03-03T09:30:00Z', '2025-03-05', 'no' "
            "FROM services WHERE code = 'APP'")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QStringList messagesShown(const MainWindow &window)
{
    QStringList texts;
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>();
    for (const QMessageBox *box : boxes)
        texts.append(box->text());
    return texts;
}

} // namespace

TEST_CASE("opening a bad file shows why and keeps the open workbench", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString good = dir.filePath(QStringLiteral("good.yardstick"));
    makeWorkbench(good, QStringLiteral("APP"));
    const QString text = dir.filePath(QStringLiteral("letter.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear Sir, my card never arrived.\n");
    }

    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(good));
    CHECK(window.windowTitle().contains(QStringLiteral("good")));

    CHECK_FALSE(window.openWorkbench(text));
    const QStringList shown = messagesShown(window);
    REQUIRE(shown.size() == 1);
    CHECK(shown.constFirst().contains(QStringLiteral("letter.txt")));
    CHECK(shown.constFirst().contains(QStringLiteral("not a Yardstick workbench")));
    REQUIRE(window.workbench());
    CHECK(window.workbench()->path() == good);

    CHECK_FALSE(window.openWorkbench(dir.filePath(QStringLiteral("gone.yardstick"))));
    CHECK(window.workbench()->path() == good);
}

TEST_CASE("a workbench from an older Yardstick is upgraded as it opens, and the window says so",
          "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("older.yardstick"));
    makeVersion7Workbench(path);
    REQUIRE(Database::needsUpgrade(path));

    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));
    CHECK(messagesShown(window).isEmpty());
    CHECK(window.workbench()->database().schemaVersion() == Migrations::latestVersion());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("upgraded")));
    CHECK_FALSE(Database::needsUpgrade(path));

    // The case's text dates came through the conversion.
    const qint64 app = window.workbench()->services().byCode(QStringLiteral("APP"))->id;
    const QList<CaseRecord> cases = window.workbench()->cases().forService(app);
    REQUIRE(cases.size() == 1);
    CHECK(cases.constFirst().receivedAt == Moment{QDate(2025, 3, 3), 9 * 3600 + 30 * 60, 0});
    CHECK(cases.constFirst().completedAt == Moment{QDate(2025, 3, 5), std::nullopt, std::nullopt});
    CHECK(cases.constFirst().rightFirstTime == RightFirstTime::No);

    // A current file opens without the upgrade note.
    const QString current = dir.filePath(QStringLiteral("current.yardstick"));
    makeWorkbench(current, QStringLiteral("REP"));
    REQUIRE(window.openWorkbench(current));
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("upgraded")));
}

TEST_CASE("recent workbenches list the newest first and forget missing ones", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString first = dir.filePath(QStringLiteral("first.yardstick"));
    const QString second = dir.filePath(QStringLiteral("second.yardstick"));
    makeWorkbench(first, QStringLiteral("A"));
    makeWorkbench(second, QStringLiteral("B"));

    MainWindow window(settings);
    REQUIRE(window.openWorkbench(first));
    REQUIRE(window.openWorkbench(second));
    RecentFiles recent(settings);
    REQUIRE(recent.paths().size() == 2);
    CHECK(recent.paths().constFirst().endsWith(QStringLiteral("second.yardstick")));
    REQUIRE(window.openWorkbench(first));
    CHECK(recent.paths().constFirst().endsWith(QStringLiteral("first.yardstick")));

    REQUIRE(QFile::remove(second));
    CHECK_FALSE(window.openWorkbench(recent.paths().at(1)));
    CHECK(recent.paths().size() == 1);
}

TEST_CASE("save as copies the workbench and continues in the copy", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString original = dir.filePath(QStringLiteral("original.yardstick"));
    const QString copy = dir.filePath(QStringLiteral("copy.yardstick"));
    makeWorkbench(original, QStringLiteral("APP"));

    MainWindow window(settings);
    REQUIRE(window.openWorkbench(original));
    REQUIRE(window.saveWorkbenchAs(copy));
    CHECK(window.workbench()->path() == copy);
    CHECK(window.workbench()->services().byCode(QStringLiteral("APP")));

    Service added{0, QStringLiteral("REP"), QStringLiteral("Card replacement"), {}};
    REQUIRE(window.workbench()->services().insert(added).ok());
    Workbench::OpenResult reopened = Workbench::open(original);
    REQUIRE(reopened.workbench);
    CHECK_FALSE(reopened.workbench->services().byCode(QStringLiteral("REP")));
}

TEST_CASE("a new workbench has only the reference dimensions and replaces a chosen file only "
          "when complete",
          "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("fresh.yardstick"));
    MainWindow window(settings);
    REQUIRE(window.createWorkbench(path));
    REQUIRE(window.workbench());
    CHECK(window.workbench()->catalogue().standards().isEmpty());
    // File → New makes what init makes: the card case's three and SERVQUAL's
    // five (responsiveness in both), weighted 32/22/19/16/11.
    QStringList keys;
    double weights = 0;
    for (const Dimension &dimension : window.workbench()->dimensions().all()) {
        keys.append(dimension.key);
        weights += dimension.servqualWeight.value_or(0);
    }
    CHECK(keys == QStringList{QStringLiteral("timeliness"), QStringLiteral("accuracy"),
                              QStringLiteral("responsiveness"), QStringLiteral("reliability"),
                              QStringLiteral("assurance"), QStringLiteral("empathy"),
                              QStringLiteral("tangibles")});
    CHECK(weights == Approx(0.32 + 0.22 + 0.19 + 0.16 + 0.11));
    CHECK(window.workbench()->title() == QStringLiteral("fresh"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}

TEST_CASE("the window remembers its section between sessions", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        MainWindow window(settings);
        window.show();
        window.showSection(MainWindow::Section::Measurements);
        window.close();
    }
    MainWindow again(settings);
    CHECK(again.currentSection() == MainWindow::Section::Measurements);
}

TEST_CASE("a first launch opens on the dashboard", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    CHECK(window.currentSection() == MainWindow::Section::Dashboard);
}

TEST_CASE("the dashboard remembers its period and grouping between sessions",
          "[ui][mainwindow][dashboard]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("w.yardstick"));
    makeWorkbench(path, QStringLiteral("APP"));
    {
        MainWindow window(settings);
        window.show();
        // The dashboard is a page of an open workbench.
        CHECK_FALSE(window.dashboardView());
        REQUIRE(window.openWorkbench(path));
        window.dashboardView()->setPeriodKind(PeriodKind::Quarter);
        window.dashboardView()->setGrouping(ScorecardModel::Grouping::Department);
        window.close();
    }
    MainWindow again(settings);
    REQUIRE(again.openWorkbench(path));
    CHECK(again.dashboardView()->periodKind() == PeriodKind::Quarter);
    CHECK(again.dashboardView()->grouping() == ScorecardModel::Grouping::Department);
}

namespace {

// The demo with every service's kept period values marked stale, as a file
// written by a program that does not keep them would be; the services.
QList<qint64> staleDemo(const QString &path)
{
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    REQUIRE(PeriodValueRepository::markAllStale(opened.workbench->database().connection()).ok());
    return opened.workbench->periodValues().staleServices();
}

} // namespace

TEST_CASE("stale period values are brought up to date as the workbench opens", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    REQUIRE(staleDemo(path).size() > 1);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));
    CHECK(window.workbench()->periodValues().staleServices().isEmpty());
    CHECK(messagesShown(window).isEmpty());
}

TEST_CASE("stopping the refresh as the workbench opens leaves the values to compute later",
          "[ui][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    const QList<qint64> stale = staleDemo(path);
    MainWindow window(settings);
    window.show();
    // Compute Later, pressed as soon as the dialog is there, before the
    // worker has reached the first service.
    QTimer::singleShot(0, &window, [&window] {
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("upgradeProgress"));
        REQUIRE(progress);
        CHECK(progress->labelText().contains(QStringLiteral("up to date")));
        auto *computeLater = progress->findChild<QPushButton *>();
        REQUIRE(computeLater);
        CHECK(computeLater->text() == QStringLiteral("Compute Later"));
        computeLater->click();
    });
    REQUIRE(window.openWorkbench(path));
    // Nothing was lost and the window opened; the values wait for next time.
    CHECK(window.workbench()->periodValues().staleServices() == stale);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("left to compute")));
    CHECK(messagesShown(window).isEmpty());
}
