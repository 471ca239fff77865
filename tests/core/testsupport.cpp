// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "catchqt.h"
#include "demo/demoworkbenchgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

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

std::unique_ptr<Workbench> memoryWorkbench()
{
    Workbench::OpenResult opened = Workbench::createInMemory();
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    return std::move(opened.workbench);
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
