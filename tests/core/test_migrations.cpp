// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Yardstick;

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
