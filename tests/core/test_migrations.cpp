// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// Builds a file from a SQL script, one statement per line (comments skipped).
void buildFromScript(const QString &path, const QString &scriptPath)
{
    QFile script(scriptPath);
    REQUIRE(script.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList statements;
    while (!script.atEnd()) {
        const QString line = QString::fromUtf8(script.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("--")))
            statements.append(line);
    }
    Testing::execOutsideYardstick(path, statements);
}

} // namespace

TEST_CASE("a schema version 1 workbench is upgraded in place and keeps its data", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.yardstick"));
    buildFromScript(path, Testing::dataPath(QStringLiteral("workbench-v1.sql")));

    Workbench::OpenResult opened = Workbench::open(path);
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    Workbench &wb = *opened.workbench;
    CHECK(wb.database().schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 2);

    // The v1 rows, as the fixture wrote them.
    const QList<Standard> standards = wb.catalogue().standards();
    REQUIRE(standards.size() == 1);
    const Standard &s = standards.constFirst();
    CHECK(s.code == QStringLiteral("APP-T-01"));
    CHECK(s.basis == (BasisFlag::CustomerExpectation | BasisFlag::Economics)); // 9 = 1 | 8
    REQUIRE(s.revisions.size() == 2);
    CHECK(s.revisionOn(QDate(2023, 6, 1))->target == 30);
    CHECK(s.target() == 15);
    // Version 2 added recorded_at; v1 revisions have no such moment.
    CHECK_FALSE(s.revisions.constFirst().recordedAt.isValid());
    const QList<Measurement> measurements = wb.measurements().all();
    REQUIRE(measurements.size() == 1);
    CHECK(measurements.constFirst().value == 35.2);
    CHECK(measurements.constFirst().sampleSize == 180);
    CHECK(wb.cases().count() == 1);

    // Version 6 gave letters their own dimension labels (the primary one,
    // carried over as certain) and a handling status, new until worked.
    const QList<ComplaintLetter> letters = wb.letters().all();
    REQUIRE(letters.size() == 1);
    CHECK(letters.constFirst().primaryDimensionId == 1);
    CHECK(letters.constFirst().dimensions == QList<DimensionLabel>{{1, 1.0}});
    CHECK(letters.constFirst().status == LetterStatus::New);
    CHECK(letters.constFirst().labelStatus == LabelStatus::Confirmed);

    // Version 2's table is there and usable.
    REQUIRE(wb.properties().setValue(QStringLiteral("title"), QStringLiteral("Upgraded")).ok());
    CHECK(wb.title() == QStringLiteral("Upgraded"));

    // And the upgraded file accepts new revisions with a recorded moment.
    Standard revised = s;
    revised.revise(QDate(2025, 1, 6), 12, 18, QStringLiteral("Tightened"),
                   QDateTime(QDate(2025, 1, 2), QTime(9, 0), Qt::UTC));
    CHECK(wb.catalogue().update(revised).isEmpty());
    CHECK(wb.catalogue().standard(s.id)->revisions.constLast().recordedAt ==
          QDateTime(QDate(2025, 1, 2), QTime(9, 0), Qt::UTC));
}

TEST_CASE("a new workbench starts at the latest schema version", "[migrations]")
{
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    CHECK(wb->database().schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("version 8 turns the stored case texts into digits and offsets, losing nothing",
          "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1-cases.yardstick"));
    buildFromScript(path, Testing::dataPath(QStringLiteral("workbench-v1.sql")));
    // Every form the ISO text took before version 8, beside the fixture's
    // APP-1 (2023-01-02T09:00:00Z to 2023-02-06T09:00:00Z, yes, department 1).
    Testing::execOutsideYardstick(
        path, {
                  u"INSERT INTO case_records (service_id, case_id, received_at, completed_at, "
                  u"right_first_time, department_id, key_customer) VALUES "
                  u"(1, 'APP-2', '2024-02-29', '2024-03-04', 'no', NULL, 1), "
                  u"(1, 'APP-3', '2024-03-01T08:15:30', NULL, 'unknown', 1, 0), "
                  u"(1, 'APP-4', '2024-03-01T10:00:00+08:00', '2024-03-02T23:59:59-05:30', "
                  u"'yes', 1, 0)"_s,
              });

    Workbench::OpenResult opened = Workbench::open(path);
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    QHash<QString, CaseRecord> cases;
    for (const CaseRecord &record : opened.workbench->cases().forService(1))
        cases.insert(record.caseId, record);
    REQUIRE(cases.size() == 4);

    const CaseRecord &app1 = cases[u"APP-1"_s];
    CHECK(app1.receivedAt == Moment{QDate(2023, 1, 2), 9 * 3600, 0});
    CHECK(app1.completedAt == Moment{QDate(2023, 2, 6), 9 * 3600, 0});
    CHECK(app1.rightFirstTime == RightFirstTime::Yes);
    CHECK(app1.departmentId == 1);

    const CaseRecord &app2 = cases[u"APP-2"_s];
    CHECK(app2.receivedAt == Moment{QDate(2024, 2, 29), std::nullopt, std::nullopt});
    CHECK(app2.completedAt == Moment{QDate(2024, 3, 4), std::nullopt, std::nullopt});
    CHECK(app2.rightFirstTime == RightFirstTime::No);
    CHECK_FALSE(app2.departmentId);
    CHECK(app2.keyCustomer);

    // 08:15:30 = 29730 s; no zone named.
    const CaseRecord &app3 = cases[u"APP-3"_s];
    CHECK(app3.receivedAt == Moment{QDate(2024, 3, 1), 29730, std::nullopt});
    CHECK_FALSE(app3.completedAt);
    CHECK(app3.rightFirstTime == RightFirstTime::Unknown);

    // +08:00 = 28800 s east; -05:30 = 19800 s west; 23:59:59 = 86399 s.
    const CaseRecord &app4 = cases[u"APP-4"_s];
    CHECK(app4.receivedAt == Moment{QDate(2024, 3, 1), 10 * 3600, 28800});
    CHECK(app4.completedAt == Moment{QDate(2024, 3, 2), 86399, -19800});

    // The raw columns, as anyone opening the file would read them.
    QSqlQuery query(opened.workbench->database().connection());
    REQUIRE(query.exec(u"SELECT received_at, received_offset, completed_at, completed_offset, "
                       u"right_first_time FROM case_records WHERE case_id = 'APP-4'"_s));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 20240301100000);
    CHECK(query.value(1).toInt() == 28800);
    CHECK(query.value(2).toLongLong() == 20240302235959);
    CHECK(query.value(3).toInt() == -19800);
    CHECK(query.value(4).toInt() == 1);
}

TEST_CASE("a file needs an upgrade only when it is a workbench of an older version", "[migrations]")
{
    QTemporaryDir dir;
    const QString older = dir.filePath(QStringLiteral("v1.yardstick"));
    buildFromScript(older, Testing::dataPath(QStringLiteral("workbench-v1.sql")));
    CHECK(Database::needsUpgrade(older));
    {
        Workbench::OpenResult opened = Workbench::open(older);
        REQUIRE(opened.workbench);
    }
    CHECK_FALSE(Database::needsUpgrade(older));

    const QString current = dir.filePath(QStringLiteral("new.yardstick"));
    REQUIRE(Workbench::create(current).workbench);
    CHECK_FALSE(Database::needsUpgrade(current));

    const QString text = dir.filePath(QStringLiteral("letter.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear Sir, my card never arrived.\n");
    }
    CHECK_FALSE(Database::needsUpgrade(text));
    CHECK_FALSE(Database::needsUpgrade(dir.filePath(QStringLiteral("missing.yardstick"))));
}
