// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Roles on a team workbench, enforced by the PostgreSQL server: a viewer
// reads, an analyst also writes the data, an owner also the catalogue and
// the roles. Each user is a real login role on the throw-away cluster
// (trust authentication, no password), connecting with its own URI.
#include "catchqt.h"
#include "importtestsupport.h"
#include "storage/busyerror.h"
#include "storage/teamroles.h"
#include "support/needserver.h"
#include "support/pgtestdatabase.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"
#include "usecases/standardcatalogue.h"
#include "workbench/dashboardsnapshot.h"
#include "workbench/workbench.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

QString databaseName(const PgTestDatabase &database)
{
    return database.name();
}

std::unique_ptr<Workbench> openAs(const PgTestDatabase &database, const QString &user)
{
    Workbench::OpenResult opened = Workbench::open(database.uriAs(user));
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    return std::move(opened.workbench);
}

CaseImportSettings ticketMapping()
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, QStringLiteral("Ticket"));
    settings.columns.insert(CaseField::Received, QStringLiteral("Opened"));
    settings.columns.insert(CaseField::Completed, QStringLiteral("Closed"));
    settings.columns.insert(CaseField::Service, QStringLiteral("Svc"));
    settings.dateFormat = DateFormat::DayMonthYear;
    return settings;
}

ImportSummary importTickets(Workbench &workbench, const QByteArray &rows)
{
    QTemporaryDir dir;
    const QString file =
        writeFixture(dir, QStringLiteral("tickets.csv"), "Ticket,Opened,Closed,Svc\n" + rows);
    return workbench.caseImports().importCases(file, ticketMapping(), ImportOptions());
}

// The team's workbench as its creator (the cluster's superuser, who owns
// the tables) sets it up: one service, one turnaround standard, March's
// cases, and the three users with their roles.
struct Team
{
    QString viewer;
    QString analyst;
    QString owner;
    qint64 standardId = 0;
};

Team setUpTeam(PgTestDatabase &database)
{
    Team team;
    const QString prefix = databaseName(database);
    team.viewer = prefix + QStringLiteral("_vera");
    team.analyst = prefix + QStringLiteral("_ann");
    team.owner = prefix + QStringLiteral("_olga");
    database.dropRolesAtEnd(
        {team.viewer, team.analyst, team.owner, prefix + QStringLiteral(":viewer"),
         prefix + QStringLiteral(":analyst"), prefix + QStringLiteral(":owner")});

    Workbench::OpenResult created = Workbench::create(database.uri());
    INFO(created.error.message.toStdString());
    REQUIRE(created.workbench);
    Workbench &lead = *created.workbench;
    SmallCatalogue catalogue;
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(lead.services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(lead.departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(lead.dimensions().insert(dimension).ok());
    catalogue.serviceId = service.id;
    catalogue.departmentId = department.id;
    catalogue.dimensionId = dimension.id;
    Standard standard = turnaroundStandard(catalogue, QStringLiteral("APP-01"));
    REQUIRE(messagesOf(lead.catalogue().add(standard)).isEmpty());
    team.standardId = standard.id;
    // 2 and 6 days from received to completed: a mean of 4 days in March.
    const ImportSummary imported =
        importTickets(lead, "T1,02/03/2025,04/03/2025,APP\nT2,10/03/2025,16/03/2025,APP\n");
    REQUIRE(imported.committed);

    TeamRoles roles(lead.database().connection());
    for (const auto &[user, role] : {std::pair{team.viewer, TeamRoles::Role::Viewer},
                                     std::pair{team.analyst, TeamRoles::Role::Analyst},
                                     std::pair{team.owner, TeamRoles::Role::Owner}}) {
        const TeamRoles::GrantOutcome outcome = roles.grant(user, role);
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.error.isEmpty());
        CHECK(outcome.userCreated);
    }
    return team;
}

} // namespace

TEST_CASE("A refusal by the server's roles is told in words and is not taken for a busy file",
          "[postgresql][teamroles]")
{
    // 42501 is PostgreSQL's insufficient_privilege; read as a number its low
    // byte is 5, SQLite's SQLITE_BUSY, which it must not be taken for.
    const QSqlError refused(QStringLiteral("QPSQL: Unable to create query"),
                            QStringLiteral("ERROR:  permission denied for table standards"),
                            QSqlError::StatementError, QStringLiteral("42501"));
    CHECK_FALSE(BusyError::isBusy(refused));
    CHECK(BusyError::isPermissionDenied(refused));
    const QString told = BusyError::describe(refused);
    CHECK(told.contains(QStringLiteral("permission denied for table standards")));
    CHECK(told.contains(QStringLiteral("Nothing was changed")));
    // SQLite's own busy code is still one.
    CHECK(BusyError::isBusy(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("5"))));
}

TEST_CASE("The role keys of the command line are read in any case and only those",
          "[postgresql][teamroles]")
{
    CHECK(TeamRoles::fromKey(QStringLiteral("viewer")) == TeamRoles::Role::Viewer);
    CHECK(TeamRoles::fromKey(QStringLiteral("Analyst")) == TeamRoles::Role::Analyst);
    CHECK(TeamRoles::fromKey(QStringLiteral("OWNER")) == TeamRoles::Role::Owner);
    CHECK_FALSE(TeamRoles::fromKey(QStringLiteral("admin")));
    for (TeamRoles::Role role : TeamRoles::all())
        CHECK(TeamRoles::fromKey(TeamRoles::key(role)) == role);
}

TEST_CASE("A file workbench lets its one user write everything", "[postgresql][teamroles]")
{
    auto workbench = Workbench::createInMemory();
    REQUIRE(workbench.workbench);
    const TeamRoles::Access access =
        TeamRoles::access(workbench.workbench->database().connection());
    CHECK(access.data);
    CHECK(access.catalogue);
}

TEST_CASE("A viewer reads the scorecard but the server refuses the viewer's edit of a standard",
          "[postgresql][teamroles]")
{
    NEED_SERVER(database);
    const Team team = setUpTeam(database);
    auto viewer = openAs(database, team.viewer);

    const TeamRoles::Access access = TeamRoles::access(viewer->database().connection());
    CHECK_FALSE(access.data);
    CHECK_FALSE(access.catalogue);

    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*viewer, PeriodKind::Month, QDate(2025, 3, 31));
    REQUIRE(snapshot.scorecard.rows.size() == 1);
    REQUIRE(snapshot.scorecard.rows.constFirst().current.value);
    CHECK(*snapshot.scorecard.rows.constFirst().current.value == Approx(4.0));

    std::optional<Standard> standard = viewer->catalogue().standard(team.standardId);
    REQUIRE(standard);
    Standard edited = *standard;
    edited.title = QStringLiteral("Renamed by a viewer");
    const QStringList refused = messagesOf(viewer->catalogue().update(edited));
    INFO(refused.join(u'\n').toStdString());
    REQUIRE(refused.size() == 1);
    CHECK(refused.constFirst().contains(QStringLiteral("permission denied for table standards")));
    CHECK(refused.constFirst().contains(QStringLiteral("your role does not allow it")));
    CHECK(database.query(QStringLiteral("SELECT title FROM standards")) ==
          QStringList{QStringLiteral("Mean application processing time")});

    // Nor may a viewer import, nor grant itself more.
    CHECK_FALSE(importTickets(*viewer, "T3,11/03/2025,12/03/2025,APP\n").committed);
    CHECK(database.query(QStringLiteral("SELECT count(*) FROM case_records")) ==
          QStringList{QStringLiteral("2")});
    const TeamRoles::GrantOutcome grabbed =
        TeamRoles(viewer->database().connection()).grant(team.viewer, TeamRoles::Role::Owner);
    CHECK(grabbed.error.contains(QStringLiteral("The server refused")));
}

TEST_CASE("An analyst imports cases but the server refuses the analyst's edit of a standard",
          "[postgresql][teamroles]")
{
    NEED_SERVER(database);
    const Team team = setUpTeam(database);
    auto analyst = openAs(database, team.analyst);

    const TeamRoles::Access access = TeamRoles::access(analyst->database().connection());
    CHECK(access.data);
    CHECK_FALSE(access.catalogue);

    // A third case of 1 day: 3 cases, a mean of (2 + 6 + 1) / 3 = 3 days.
    const ImportSummary imported = importTickets(*analyst, "T3,11/03/2025,12/03/2025,APP\n");
    INFO(imported.summaryLine().toStdString());
    CHECK(imported.committed);
    CHECK(database.query(QStringLiteral("SELECT count(*) FROM case_records")) ==
          QStringList{QStringLiteral("3")});
    const DashboardSnapshot snapshot =
        DashboardSnapshot::compute(*analyst, PeriodKind::Month, QDate(2025, 3, 31));
    REQUIRE(snapshot.scorecard.rows.size() == 1);
    REQUIRE(snapshot.scorecard.rows.constFirst().current.value);
    CHECK(*snapshot.scorecard.rows.constFirst().current.value == Approx(3.0));

    Standard edited = *analyst->catalogue().standard(team.standardId);
    edited.title = QStringLiteral("Renamed by an analyst");
    const QStringList refused = messagesOf(analyst->catalogue().update(edited));
    REQUIRE(refused.size() == 1);
    CHECK(refused.constFirst().contains(QStringLiteral("permission denied for table standards")));
    CHECK(database.query(QStringLiteral("SELECT count(*) FROM holidays")) ==
          QStringList{QStringLiteral("0")});
    CHECK_FALSE(analyst->holidays().put({QDate(2025, 12, 25), QStringLiteral("Christmas")}).ok());
}

TEST_CASE("An owner edits a standard and grants the roles to other users",
          "[postgresql][teamroles]")
{
    NEED_SERVER(database);
    const Team team = setUpTeam(database);
    auto owner = openAs(database, team.owner);

    const TeamRoles::Access access = TeamRoles::access(owner->database().connection());
    CHECK(access.data);
    CHECK(access.catalogue);

    Standard edited = *owner->catalogue().standard(team.standardId);
    edited.title = QStringLiteral("Renamed by the owner");
    CHECK(messagesOf(owner->catalogue().update(edited)).isEmpty());
    CHECK(database.query(QStringLiteral("SELECT title FROM standards")) ==
          QStringList{QStringLiteral("Renamed by the owner")});

    // The ADMIN OPTION an owner holds on its group, and the group on the
    // other two, lets an owner (no superuser, no CREATEROLE) move users
    // between all three roles.
    TeamRoles roles(owner->database().connection());
    TeamRoles::GrantOutcome moved = roles.grant(team.analyst, TeamRoles::Role::Viewer);
    INFO(moved.error.toStdString());
    REQUIRE(moved.error.isEmpty());
    CHECK_FALSE(moved.userCreated);
    CHECK(moved.removedFrom == QStringList{roles.groupRole(TeamRoles::Role::Analyst)});
    moved = roles.grant(team.viewer, TeamRoles::Role::Owner);
    INFO(moved.error.toStdString());
    REQUIRE(moved.error.isEmpty());
    CHECK(moved.removedFrom == QStringList{roles.groupRole(TeamRoles::Role::Viewer)});

    QStringList listed;
    for (const TeamRoles::Member &member : roles.members())
        listed.append(member.user + QLatin1Char(' ') + TeamRoles::key(member.role));
    CHECK(listed == QStringList{team.analyst + QStringLiteral(" viewer"),
                                team.owner + QStringLiteral(" owner"),
                                team.viewer + QStringLiteral(" owner")});
    // The former analyst now reads only; the former viewer edits the catalogue.
    auto demoted = openAs(database, team.analyst);
    CHECK_FALSE(TeamRoles::access(demoted->database().connection()).data);
    auto promoted = openAs(database, team.viewer);
    CHECK(TeamRoles::access(promoted->database().connection()).catalogue);

    // A new login role is beyond an owner: that takes CREATEROLE.
    const QString newcomer = databaseName(database) + QStringLiteral("_nina");
    database.dropRolesAtEnd({newcomer});
    const TeamRoles::GrantOutcome refused = roles.grant(newcomer, TeamRoles::Role::Viewer);
    CHECK(refused.error.contains(QStringLiteral("CREATEROLE")));
}

TEST_CASE("Grants applied again after an upgrade reach a new table, and the change log is "
          "append-only",
          "[postgresql][teamroles]")
{
    NEED_SERVER(database);
    const Team team = setUpTeam(database);
    // A table a later migration would add, made here by hand as the tables'
    // owner: the roles know nothing of it yet.
    database.query(QStringLiteral("CREATE TABLE later_data (id BIGINT PRIMARY KEY)"));
    REQUIRE(database.error().isEmpty());
    {
        auto analyst = openAs(database, team.analyst);
        QSqlQuery query(analyst->database().connection());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM later_data")));
    }
    {
        auto lead = Workbench::open(database.uri());
        REQUIRE(lead.workbench);
        const QString error = TeamRoles(lead.workbench->database().connection()).applyGrants();
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
    const auto line = [](const char *subject) {
        return QStringLiteral("INSERT INTO change_log (changed_at, changed_by, subject_kind, "
                              "subject_id, subject, action, detail) VALUES "
                              "('2026-12-07T10:00:00Z', 'x', 'letter', 1, '%1', 'labelled', '')")
            .arg(QLatin1String(subject));
    };
    auto analyst = openAs(database, team.analyst);
    QSqlQuery query(analyst->database().connection());
    CHECK(query.exec(line("a label")));
    CHECK(query.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    CHECK(query.exec(QStringLiteral("INSERT INTO later_data VALUES (1)")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE change_log SET detail = 'rewritten'")));
    CHECK(BusyError::isPermissionDenied(query.lastError()));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM change_log")));
    auto owner = openAs(database, team.owner);
    QSqlQuery asOwner(owner->database().connection());
    CHECK(asOwner.exec(line("a standard")));
    CHECK_FALSE(asOwner.exec(QStringLiteral("DELETE FROM change_log")));
    auto viewer = openAs(database, team.viewer);
    QSqlQuery asViewer(viewer->database().connection());
    CHECK(asViewer.exec(QStringLiteral("SELECT count(*) FROM change_log")));
    CHECK_FALSE(asViewer.exec(line("x")));
    // The server wrote who: each analyst's own name, not the 'x' they sent.
    CHECK(database.query(QStringLiteral("SELECT subject || ' by ' || changed_by FROM change_log "
                                        "WHERE subject IN ('a label', 'a standard', 'x') "
                                        "ORDER BY id")) ==
          QStringList{QStringLiteral("a label by ") + team.analyst,
                      QStringLiteral("a standard by ") + team.owner});
}

TEST_CASE("A database name too long for its role names is refused in words",
          "[postgresql][teamroles]")
{
    if (PgTestDatabase::clusterUri().isEmpty()) {
        WARN("Skipped: no PostgreSQL test server (YARDSTICK_TEST_PG_URI is unset; "
             "scripts/dev test starts one).");
        return;
    }
    // 60 characters: "<name>:viewer", the first it names, would have 60 + 7 = 67
    // bytes, past PostgreSQL's 63.
    QString name = QStringLiteral("yardstick_test_") +
                   QUuid::createUuid().toString(QUuid::Id128).left(16) +
                   QStringLiteral("_of_the_card_division_quality_team");
    name.truncate(60);
    REQUIRE(name.size() == 60);
    const QUrl cluster(PgTestDatabase::clusterUri());
    auto connect = [&cluster](const QString &connection, const QString &dbname) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(cluster.host());
        db.setPort(cluster.port(5432));
        db.setUserName(cluster.userName());
        db.setDatabaseName(dbname);
        REQUIRE(db.open());
        return db;
    };
    const QString admin = QStringLiteral("admin-") + name;
    {
        QSqlDatabase db = connect(admin, QStringLiteral("postgres"));
        QSqlQuery create(db);
        REQUIRE(create.exec(QStringLiteral("CREATE DATABASE ") + name));
    }
    QString error;
    bool roleMade = true;
    {
        QSqlDatabase db = connect(name, name);
        TeamRoles roles(db);
        error = roles.grant(name.left(20) + QStringLiteral("_ann"), TeamRoles::Role::Viewer).error;
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '") +
                           name.left(40) + QStringLiteral("%'")));
        REQUIRE(query.next());
        roleMade = query.value(0).toInt() > 0;
    }
    QSqlDatabase::removeDatabase(name);
    {
        QSqlDatabase db = QSqlDatabase::database(admin);
        QSqlQuery drop(db);
        drop.exec(QStringLiteral("DROP DATABASE ") + name + QStringLiteral(" WITH (FORCE)"));
    }
    QSqlDatabase::removeDatabase(admin);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("too long")));
    CHECK(error.contains(QStringLiteral("67")));
    CHECK_FALSE(roleMade);
}
