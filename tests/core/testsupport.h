// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"
#include "model/moment.h"
#include "workbench/workbench.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtMessageHandler>

#include <memory>

namespace Yardstick::Testing {

// Where tests/data lives in the source tree.
QString dataPath(const QString &name);

// Runs SQL statements on a file through a connection of the test's own, not
// Yardstick's (to build fixtures or tamper with a file behind its back).
void execOutsideYardstick(const QString &path, const QStringList &statements);

// True when this run's workbenches are on the PostgreSQL test server
// (YARDSTICK_TEST_ENGINE=postgresql: ctest runs the storage and service
// tests once on each engine).
bool testsRunOnServer();

// Who the audit trail should name, found without Yardstick's code: the
// server's session user on the test server, else the login of this process.
QString expectedTrailUser(Workbench &workbench);

// A fresh empty workbench; fails the test if it cannot be made. In memory,
// or in a new database on the test server when testsRunOnServer().
std::unique_ptr<Workbench> memoryWorkbench();

// Two connections to one new empty workbench, as two analysts (or two
// windows) have: a file in a temporary folder, or a database on the test
// server when testsRunOnServer(). The second is opened after the first.
struct TwoConnections
{
    std::unique_ptr<Workbench> first;
    std::unique_ptr<Workbench> second;
};
TwoConnections twoConnections();

// The demo workbench in memory, generated once per test process and shared
// by the tests that only read it (generating it takes a moment). It is
// closed with the application, while Qt's SQL plugin is still loaded.
Workbench &sharedDemoWorkbench();

// An in-memory workbench with one service, department and dimension (the
// ids are returned through the out-parameters) for catalogue tests.
struct SmallCatalogue
{
    std::unique_ptr<Workbench> workbench;
    qint64 serviceId = 0;
    qint64 departmentId = 0;
    qint64 dimensionId = 0;
};
SmallCatalogue smallCatalogue();

// The small catalogue's service (APP), department (NA) and dimension
// (timeliness) added to `workbench` (one made by twoConnections(), say) and a
// turnaround standard with this code on them, stored.
Standard standardOn(Workbench &workbench, const QString &code);

// A valid lower-is-better turnaround standard for the small catalogue.
Standard turnaroundStandard(const SmallCatalogue &catalogue, const QString &code);

// A Moment from its canonical text; fails the test if the text is not one.
Moment moment(QStringView iso);

// A case record with the given times (completed empty: still open).
CaseRecord caseRecord(qint64 serviceId, const QString &caseId, QStringView received,
                      QStringView completed,
                      RightFirstTime rightFirstTime = RightFirstTime::Unknown);

// Collects what QAbstractItemModelTester complains about while it lives, so
// a broken model fails the Catch2 test instead of only printing a warning.
class ModelComplaints final
{
public:
    ModelComplaints();
    ~ModelComplaints();
    ModelComplaints(const ModelComplaints &) = delete;
    ModelComplaints &operator=(const ModelComplaints &) = delete;
    QStringList messages() const { return s_messages; }

private:
    static void record(QtMsgType type, const QMessageLogContext &, const QString &message);
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Yardstick::Testing
