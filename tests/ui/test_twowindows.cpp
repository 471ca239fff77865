// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A Yardstick window and another process on one workbench file: the other
// process is the real yardstick-cli, or yardstick_test_writer (plain SQLite,
// tests/support/writerprocess.cpp) where the test needs a write the command
// line does not offer. The window must show what the other wrote without
// being told, and neither may lose an edit.

#include "catchqt.h"
#include "dialogs/historydialog.h"
#include "dialogs/standarddialog.h"
#include "itemmodels/changelogmodel.h"
#include "mainwindow/mainwindow.h"
#include "views/standardsview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;

namespace {

const QDate kChristmasEve(2026, 12, 24);

// A workbench file with one standard, APP-T-01; returns its id.
qint64 makeWorkbench(const QString &path)
{
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(made.workbench->services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(made.workbench->departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(made.workbench->dimensions().insert(dimension).ok());
    Standard s;
    s.code = QStringLiteral("APP-T-01");
    s.title = QStringLiteral("Mean application processing time");
    s.serviceId = service.id;
    s.dimensionId = dimension.id;
    s.departmentId = department.id;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.rationale = QStringLiteral("Cardholders expect a decision within two weeks.");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("Charter"), {}, {}, {}}};
    REQUIRE(made.workbench->catalogue().add(s).isEmpty());
    return s.id;
}

// Runs a program to its end; the test stops unless it exits 0.
void run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

void runCli(const QStringList &arguments)
{
    run(QStringLiteral(YARDSTICK_CLI_PATH), arguments);
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shared.yardstick"));
    qint64 standardId = makeWorkbench(path);
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    MainWindow window{settings};

    Fixture()
    {
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbench(path));
        window.showSection(MainWindow::Section::Standards);
    }

    // What a fresh connection finds in the file.
    std::unique_ptr<Workbench> reader() const
    {
        Workbench::OpenResult opened = Workbench::open(path);
        INFO(opened.error.message.toStdString());
        REQUIRE(opened.workbench);
        return std::move(opened.workbench);
    }
};

} // namespace

TEST_CASE("a window shows what yardstick-cli writes to its workbench, and both keep their edits",
          "[ui][twoprocesses]")
{
    Fixture f;
    StandardsView *view = f.window.standardsView();
    REQUIRE(view->table()->model()->rowCount() == 1);

    // The command line, a second process, adds a standard and a holiday to
    // the file the window holds open.
    const QString csv = f.dir.filePath(QStringLiteral("more.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
               "department,basis,rationale,effective_from\n"
               "APP-T-02,Applications decided within 10 days,APP,timeliness,turnaround_days,mean,"
               "lower,10,15,days,NA,,Charter,2024-01-01\n");
    file.close();
    runCli({QStringLiteral("import"), QStringLiteral("standards"), f.path, csv});
    runCli({QStringLiteral("holidays"), f.path, QStringLiteral("--add"),
            QStringLiteral("2026-12-24=Christmas Eve")});

    // The window reads the change without being told (it polls every second).
    REQUIRE(QTest::qWaitFor([view] { return view->table()->model()->rowCount() == 2; }, 10000));
    CHECK(f.window.statusBar()->currentMessage().contains(QLatin1String("changed this workbench")));

    // The window's own edit after it: retire APP-T-01.
    view->selectStandard(f.standardId);
    REQUIRE(view->retireAction()->isEnabled());
    view->retireAction()->trigger();
    CHECK_FALSE(f.window.findChild<QMessageBox *>());

    // Every edit of both processes is in the file.
    const std::unique_ptr<Workbench> reader = f.reader();
    const std::optional<Standard> retired = reader->catalogue().standard(f.standardId);
    REQUIRE(retired);
    CHECK(retired->status == StandardStatus::Retired);
    CHECK(reader->standardRepository().byCode(QStringLiteral("APP-T-02")).has_value());
    CHECK(reader->holidays().days().contains(kChristmasEve));
}

TEST_CASE("the standard editor refuses to save over a change another process made while it was "
          "open",
          "[ui][twoprocesses]")
{
    Fixture f;
    StandardsView *view = f.window.standardsView();
    view->selectStandard(f.standardId);
    view->editAction()->trigger();
    StandardDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = f.window.findChild<StandardDialog *>();
        return dialog != nullptr && dialog->isVisible();
    }));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("Retitled in the window"));

    // While the editor is open, another program changes the same standard.
    run(QStringLiteral(YARDSTICK_TEST_WRITER_PATH),
        {f.path, QStringLiteral("0"),
         QStringLiteral("UPDATE standards SET rationale = 'Rationale from elsewhere' "
                        "WHERE code = 'APP-T-01'")});

    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // The analyst is told, and the other program's change is what the file keeps.
    QMessageBox *message = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (message = f.window.findChild<QMessageBox *>()); }));
    CHECK(message->text().contains(QLatin1String("APP-T-01")));
    CHECK(message->text().contains(QLatin1String("changed")));
    const std::unique_ptr<Workbench> reader = f.reader();
    const std::optional<Standard> kept = reader->catalogue().standard(f.standardId);
    REQUIRE(kept);
    CHECK(kept->rationale == QLatin1String("Rationale from elsewhere"));
    CHECK(kept->title == QLatin1String("Mean application processing time"));
    // Nothing was pushed that undo could write over the other change with.
    CHECK_FALSE(f.window.undoStack()->canUndo());
}

TEST_CASE("a standard's history shows who changed its target from another connection",
          "[ui][twoprocesses][history]")
{
    Fixture f;
    // Another analyst (a second connection) lowers the target from 15 to
    // 10 days from 2024-01-01, which amends the one revision in place.
    {
        const std::unique_ptr<Workbench> other = f.reader();
        const Standard before = *other->catalogue().standard(f.standardId);
        Standard after = before;
        after.revise(QDate(2024, 1, 1), 10, 12, QStringLiteral("Programme"));
        REQUIRE(other->catalogue().update(after, before).isEmpty());
    }
    StandardsView *view = f.window.standardsView();
    view->selectStandard(f.standardId);
    REQUIRE(view->historyAction()->isEnabled());
    view->historyAction()->trigger();
    HistoryDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (dialog = f.window.findChild<HistoryDialog *>()); }));
    QAbstractItemModel *model = dialog->table()->model();
    REQUIRE(model->rowCount() == 2); // added by makeWorkbench, then changed; newest first
    CHECK(model->index(0, ChangeLogModel::ActionColumn).data().toString() == u"Changed");
    CHECK(model->index(0, ChangeLogModel::DetailColumn).data().toString() ==
          u"target 15.0 days → 10.0 days; threshold 20.0 days → 12.0 days");
    CHECK(model->index(1, ChangeLogModel::ActionColumn).data().toString() == u"Added");
    CHECK(model->index(0, ChangeLogModel::WhatColumn).data().toString() == u"Standard APP-T-01");
    CHECK_FALSE(model->index(0, ChangeLogModel::WhoColumn).data().toString().isEmpty());
    dialog->close();

    // The workbench's history holds the same two lines.
    auto *all = f.window.findChild<QAction *>(QStringLiteral("workbenchHistoryAction"));
    REQUIRE(all);
    REQUIRE(all->isEnabled());
    all->trigger();
    HistoryDialog *whole = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        for (HistoryDialog *d : f.window.findChildren<HistoryDialog *>())
            if (d != dialog && d->isVisible())
                whole = d;
        return whole != nullptr;
    }));
    CHECK(whole->table()->model()->rowCount() == 2);
}
