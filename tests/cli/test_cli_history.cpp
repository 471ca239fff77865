// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-cli history: the audit trail of a workbench made by init, after
// an import and a holiday, in each format.
#include "clisupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

const QByteArray kCases = "number,opened_at,category,resolved_at\n"
                          "INC1,2026-11-02 09:00:00,Card replacement,2026-11-04 12:00:00\n"
                          "INC2,2026-11-02 09:30:00,Card replacement,?\n";

} // namespace

TEST_CASE("history lists who imported and who changed a holiday, in each format", "[cli][history]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const Result none = cli("history", workbench);
    CHECK(none.exitCode == 0);
    CHECK(none.out == "No changes recorded.\n");

    const QString cases = writeDataFile(dir, "week-45.csv", kCases);
    REQUIRE(cli("import", "cases", workbench, cases, "--map", "case_id=number", "--map",
                "received=opened_at", "--map", "completed=resolved_at", "--map", "service=category",
                "--create-missing")
                .exitCode == 0);
    REQUIRE(cli("holidays", workbench, "--add", "2026-12-25=Christmas Day").exitCode == 0);
    const QDateTime done = QDateTime::currentDateTimeUtc();

    const Result csv = cli("history", workbench, "--format", "csv");
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QByteArrayList lines = linesOf(csv.out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "at,user,kind,subject,action,detail");
    // Two rows read, both new (one still open), nothing refused.
    CHECK(lines[1].contains(",import,week-45.csv,imported,\"cases: 2 rows read, 2 imported, "
                            "0 updated, 0 rejected\""));
    CHECK(lines[2].endsWith(",holiday,2026-12-25,changed,Christmas Day"));
    // Each line begins with the time in UTC, to the second, taken now.
    const QDateTime at = QDateTime::fromString(QString::fromUtf8(lines[2].left(20)), Qt::ISODate);
    REQUIRE(at.isValid());
    CHECK(qAbs(at.secsTo(done)) < 120);

    const Result json = cli("history", workbench, "--format", "json");
    REQUIRE(json.exitCode == 0);
    const QJsonArray changes =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 2);
    const QJsonObject holiday = changes.at(1).toObject();
    CHECK(holiday.value(QStringLiteral("kind")).toString() == QStringLiteral("holiday"));
    CHECK(holiday.value(QStringLiteral("subject")).toString() == QStringLiteral("2026-12-25"));
    CHECK(holiday.value(QStringLiteral("action")).toString() == QStringLiteral("changed"));
    CHECK(holiday.value(QStringLiteral("detail")).toString() == QStringLiteral("Christmas Day"));
    CHECK_FALSE(holiday.value(QStringLiteral("user")).toString().isEmpty());
    CHECK(holiday.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));

    const Result table = cli("history", workbench);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains("import week-45.csv"));
    CHECK(table.out.contains("holiday 2026-12-25"));

    // Nothing on or after a day to come; a date that is none is a usage error.
    const Result later = cli("history", workbench, "--since", "2999-01-01", "--format", "csv");
    CHECK(later.exitCode == 0);
    CHECK(linesOf(later.out).size() == 1);
    CHECK(cli("history", workbench, "--since", "yesterday").exitCode == 2);
    CHECK(cli("history", workbench, "--standard", "NOPE").exitCode == 1);
    CHECK(cli("history", workbench, "--format", "xlsx").exitCode == 2);
}
