// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "catchqt.h"
#include "demo/demoworkbenchgenerator.h"
#include "storage/migrations.h"
#include "support/pgtestdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <vector>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace Yardstick::Testing {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(YARDSTICK_TEST_DATA_DIR)).filePath(name);
}

void execOutsideYardstick(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("outside-yardstick");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool testsRunOnServer()
{
    return qEnvironmentVariable("YARDSTICK_TEST_ENGINE") == QLatin1String("postgresql");
}

Standard standardOn(Workbench &workbench, const QString &code)
{
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(workbench.services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(workbench.departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(workbench.dimensions().insert(dimension).ok());
    SmallCatalogue ids;
    ids.serviceId = service.id;
    ids.departmentId = department.id;
    ids.dimensionId = dimension.id;
    Standard standard = turnaroundStandard(ids, code);
    REQUIRE(workbench.catalogue().add(standard).isEmpty());
    return standard;
}

QString expectedTrailUser(Workbench &workbench)
{
    if (testsRunOnServer()) {
        QSqlQuery query(workbench.database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT session_user")));
        REQUIRE(query.next());
        return query.value(0).toString();
    }
#if defined(Q_OS_UNIX)
    if (qEnvironmentVariableIsEmpty("USER") && qEnvironmentVariableIsEmpty("USERNAME")) {
        const passwd *entry = getpwuid(geteuid());
        return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
    }
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

namespace {

// The databases this process made for its server workbenches. A test's
// workbench is gone when the next one is made, so its database is dropped
// then (a database still connected is kept for later); the rest go when
// the process ends.
std::vector<std::unique_ptr<PgTestDatabase>> &serverDatabases()
{
    static std::vector<std::unique_ptr<PgTestDatabase>> databases;
    static const bool dropAtExit = [] {
        qAddPostRoutine([] { serverDatabases().clear(); });
        return true;
    }();
    Q_UNUSED(dropAtExit);
    return databases;
}

// An empty workbench database made once per cluster and schema version
// (migrating takes most of a second over the network; a copy a few
// milliseconds), by whichever test process gets there first.
QString serverTemplate()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const QString wanted =
        QStringLiteral("yardstick_template_v%1").arg(Migrations::latestVersion());
    if (!PgTestDatabase::exists(wanted)) {
        PgTestDatabase scratch;
        INFO(scratch.error().toStdString());
        REQUIRE(scratch.isValid());
        {
            Workbench::OpenResult made = Workbench::create(scratch.uri());
            INFO(made.error.message.toStdString());
            REQUIRE(made.workbench);
        }
        // Another process may have made it meanwhile: then the scratch
        // database is dropped and theirs used.
        scratch.becomeTemplate(wanted);
    }
    name = wanted;
    return name;
}

std::unique_ptr<Workbench> serverWorkbench()
{
    INFO("YARDSTICK_TEST_ENGINE=postgresql needs the cluster in YARDSTICK_TEST_PG_URI "
         "(scripts/dev test starts one)");
    REQUIRE_FALSE(PgTestDatabase::clusterUri().isEmpty());
    auto &databases = serverDatabases();
    std::erase_if(databases, [](const std::unique_ptr<PgTestDatabase> &database) {
        return database->dropIfUnused();
    });
    auto database = std::make_unique<PgTestDatabase>(serverTemplate());
    INFO(database->error().toStdString());
    REQUIRE(database->isValid());
    Workbench::OpenResult opened = Workbench::open(database->uri());
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    databases.push_back(std::move(database));
    return std::move(opened.workbench);
}

} // namespace

std::unique_ptr<Workbench> memoryWorkbench()
{
    if (testsRunOnServer())
        return serverWorkbench();
    Workbench::OpenResult opened = Workbench::createInMemory();
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    return std::move(opened.workbench);
}

TwoConnections twoConnections()
{
    TwoConnections both;
    if (testsRunOnServer()) {
        both.first = serverWorkbench();
    } else {
        static std::vector<std::unique_ptr<QTemporaryDir>> folders;
        folders.push_back(std::make_unique<QTemporaryDir>());
        REQUIRE(folders.back()->isValid());
        Workbench::OpenResult made =
            Workbench::create(folders.back()->filePath(QStringLiteral("shared.yardstick")));
        INFO(made.error.message.toStdString());
        REQUIRE(made.workbench);
        both.first = std::move(made.workbench);
    }
    Workbench::OpenResult second = Workbench::open(both.first->path());
    INFO(second.error.message.toStdString());
    REQUIRE(second.workbench);
    both.second = std::move(second.workbench);
    return both;
}

Workbench &sharedDemoWorkbench()
{
    static std::unique_ptr<Workbench> workbench;
    if (!workbench) {
        workbench = memoryWorkbench();
        const StorageResult result = DemoWorkbenchGenerator().populate(*workbench);
        INFO(result.error().toStdString());
        REQUIRE(result.ok());
        qAddPostRoutine([] { workbench.reset(); });
    }
    return *workbench;
}

SmallCatalogue smallCatalogue()
{
    SmallCatalogue c;
    c.workbench = memoryWorkbench();
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(c.workbench->services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(c.workbench->departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(c.workbench->dimensions().insert(dimension).ok());
    c.serviceId = service.id;
    c.departmentId = department.id;
    c.dimensionId = dimension.id;
    return c;
}

Standard turnaroundStandard(const SmallCatalogue &catalogue, const QString &code)
{
    Standard s;
    s.code = code;
    s.title = QStringLiteral("Mean application processing time");
    s.serviceId = catalogue.serviceId;
    s.dimensionId = catalogue.dimensionId;
    s.departmentId = catalogue.departmentId;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.basis = BasisFlag::CustomerExpectation | BasisFlag::Economics;
    s.rationale = QStringLiteral("Cardholders expect a decision within about two weeks.");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("Quality programme"), {}, {}, {}}};
    return s;
}

Moment moment(QStringView iso)
{
    const std::optional<Moment> m = Moment::fromIsoString(iso);
    INFO(iso.toString().toStdString());
    REQUIRE(m);
    return *m;
}

CaseRecord caseRecord(qint64 serviceId, const QString &caseId, QStringView received,
                      QStringView completed, RightFirstTime rightFirstTime)
{
    CaseRecord c;
    c.serviceId = serviceId;
    c.caseId = caseId;
    c.receivedAt = moment(received);
    if (!completed.isEmpty())
        c.completedAt = moment(completed);
    c.rightFirstTime = rightFirstTime;
    return c;
}

ModelComplaints::ModelComplaints()
{
    s_messages.clear();
    m_previous = qInstallMessageHandler(&record);
}

ModelComplaints::~ModelComplaints()
{
    qInstallMessageHandler(m_previous);
}

void ModelComplaints::record(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        s_messages.append(message);
}

} // namespace Yardstick::Testing
