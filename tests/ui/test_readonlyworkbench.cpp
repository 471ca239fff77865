// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window on a team workbench whose role does not allow every change: a
// viewer sees a line saying why and the editing actions off, and nothing
// the window does by itself writes (the server would refuse it with a
// message box). Real users on the throw-away PostgreSQL cluster.
#include "catchqt.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/letterimportcontroller.h"
#include "mainwindow/mainwindow.h"
#include "storage/teamroles.h"
#include "support/needserver.h"
#include "support/pgtestdatabase.h"
#include "views/standardsview.h"
#include "views/surveysview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;

namespace {

QStringList messagesShown(const MainWindow &window)
{
    QStringList texts;
    for (const QMessageBox *box : window.findChildren<QMessageBox *>())
        texts.append(box->text());
    return texts;
}

// A team workbench with a service, a standard and a case, and a user of
// the role given; returns that user's name.
QString teamWithUser(PgTestDatabase &database, TeamRoles::Role role)
{
    const QString user = database.name() + QStringLiteral("_") + TeamRoles::key(role);
    database.dropRolesAtEnd({user, database.name() + QStringLiteral(":viewer"),
                             database.name() + QStringLiteral(":analyst"),
                             database.name() + QStringLiteral(":owner")});
    Workbench::OpenResult created =
        Workbench::create(database.uri(), Workbench::Contents::ReferenceData);
    INFO(created.error.message.toStdString());
    REQUIRE(created.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(created.workbench->services().insert(service).ok());
    const TeamRoles::GrantOutcome granted =
        TeamRoles(created.workbench->database().connection()).grant(user, role);
    INFO(granted.error.toStdString());
    REQUIRE(granted.error.isEmpty());
    return user;
}

} // namespace

TEST_CASE("a viewer's window says it is read-only and offers no edits", "[ui][postgresql]")
{
    NEED_SERVER(database);
    const QString viewer = teamWithUser(database, TeamRoles::Role::Viewer);
    // Values to bring up to date, which the window does by itself on open
    // for whoever may write them: not for a viewer.
    database.query(QStringLiteral("INSERT INTO period_values_stale (service_id) SELECT id FROM "
                                  "services ON CONFLICT DO NOTHING"));
    REQUIRE(database.error().isEmpty());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(database.uriAs(viewer)));

    REQUIRE(window.accessLine()->isVisibleTo(&window));
    CHECK(window.accessLine()->text() ==
          QStringLiteral("Read-only: you are a viewer of this team workbench; ask its owner for "
                         "the analyst role to edit."));
    CHECK_FALSE(window.standardsView()->newAction()->isEnabled());
    CHECK_FALSE(window.imports()->importCasesAction()->isEnabled());
    CHECK_FALSE(window.imports()->importMeasurementsAction()->isEnabled());
    CHECK_FALSE(window.imports()->importStandardsAction()->isEnabled());
    CHECK_FALSE(window.letterImports()->importLettersAction()->isEnabled());
    CHECK_FALSE(window.holidaysAction()->isEnabled());
    CHECK_FALSE(window.organisationAction()->isEnabled());
    CHECK_FALSE(window.lexiconAction()->isEnabled());
    CHECK_FALSE(window.surveysView()->importAction()->isEnabled());
    CHECK_FALSE(window.surveysView()->newSurveyAction()->isEnabled());
    // Reading stays: the catalogue's export.
    CHECK(window.imports()->exportStandardsAction()->isEnabled());

    // Every page shown, and the window's own background work done: nothing
    // tried to write, or the server's refusal would be in a message box.
    for (int section = 0; section <= int(MainWindow::Section::Reports); ++section) {
        window.showSection(MainWindow::Section(section));
        QTest::qWait(50);
    }
    QTest::qWait(300);
    CHECK(messagesShown(window).isEmpty());
    CHECK(database.query(QStringLiteral("SELECT count(*) FROM period_values_stale")) ==
          QStringList{QStringLiteral("1")});
}

TEST_CASE("an analyst's window imports data but leaves the catalogue to its owners",
          "[ui][postgresql]")
{
    NEED_SERVER(database);
    const QString analyst = teamWithUser(database, TeamRoles::Role::Analyst);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(database.uriAs(analyst)));

    REQUIRE(window.accessLine()->isVisibleTo(&window));
    CHECK(window.accessLine()->text().contains(QStringLiteral("analyst")));
    CHECK(window.imports()->importCasesAction()->isEnabled());
    CHECK(window.letterImports()->importLettersAction()->isEnabled());
    CHECK(window.organisationAction()->isEnabled());
    CHECK(window.surveysView()->importAction()->isEnabled());
    CHECK_FALSE(window.imports()->importStandardsAction()->isEnabled());
    CHECK_FALSE(window.standardsView()->newAction()->isEnabled());
    CHECK_FALSE(window.holidaysAction()->isEnabled());
}

TEST_CASE("an owner's window and a file's show no access line", "[ui][postgresql]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString file = dir.filePath(QStringLiteral("mine.yardstick"));
    REQUIRE(Workbench::create(file).workbench);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(file));
    CHECK_FALSE(window.accessLine()->isVisibleTo(&window));
    CHECK(window.standardsView()->newAction()->isEnabled());
    CHECK(window.holidaysAction()->isEnabled());

    NEED_SERVER(database);
    const QString owner = teamWithUser(database, TeamRoles::Role::Owner);
    REQUIRE(window.openWorkbench(database.uriAs(owner)));
    CHECK_FALSE(window.accessLine()->isVisibleTo(&window));
    CHECK(window.standardsView()->newAction()->isEnabled());
    CHECK(window.imports()->importStandardsAction()->isEnabled());
    CHECK(window.holidaysAction()->isEnabled());
}
