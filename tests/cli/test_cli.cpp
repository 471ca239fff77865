// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of yardstick-cli: they run the built program and look only
// at what a script would see, its exit code, stdout and stderr.
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// The CSV contract's columns (and the three appended after them), written out
// by hand so a change to the exporter cannot change the expectation with it.
const QByteArray kCsvHeader = "code,title,service,dimension,metric,statistic,direction,target,"
                              "threshold,unit,department,basis,rationale,effective_from,"
                              "status,retired_on,day_basis";

const QStringList kJsonKeys = {
    QStringLiteral("code"),
    QStringLiteral("title"),
    QStringLiteral("service"),
    QStringLiteral("dimension"),
    QStringLiteral("metric"),
    QStringLiteral("statistic"),
    QStringLiteral("direction"),
    QStringLiteral("target"),
    QStringLiteral("threshold"),
    QStringLiteral("unit"),
    QStringLiteral("department"),
    QStringLiteral("basis"),
    QStringLiteral("rationale"),
    QStringLiteral("effective_from"),
    QStringLiteral("status"),
    QStringLiteral("retired_on"),
    QStringLiteral("day_basis"),
    QStringLiteral("service_name"),
    QStringLiteral("department_name"),
    QStringLiteral("revisions"),
};

// One demo file per test process, shared by the sections that read it: it
// takes far longer to build than to read.
QString demoWorkbench()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("demo.yardstick"));
        const Result init = runCli({QStringLiteral("init"), target, QStringLiteral("--demo")});
        REQUIRE(init.exitCode == 0);
        CHECK(init.out.startsWith("Created "));
        // Captured stderr is not a terminal, so no progress is printed.
        CHECK(init.err.isEmpty());
        path = target;
    }
    return path;
}

} // namespace

TEST_CASE("an unknown command is a usage error that points at --help", "[cli]")
{
    const Result r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("frobnicate"));
    CHECK(r.err.contains("yardstick-cli --help"));
}

TEST_CASE("no command at all is a usage error", "[cli]")
{
    const Result r = runCli({});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--help"));
}

TEST_CASE("an unknown option is a usage error at the top level and in a command", "[cli]")
{
    QTemporaryDir dir;
    const QString path = emptyWorkbench(dir);

    const Result top = runCli({QStringLiteral("--frobnicate")});
    CHECK(top.exitCode == 2);
    CHECK(top.err.contains("frobnicate"));

    const Result inCommand = runCli({QStringLiteral("standards"), path, QStringLiteral("--demo")});
    CHECK(inCommand.exitCode == 2);
    CHECK(inCommand.err.contains("demo"));
    CHECK(inCommand.err.contains("yardstick-cli standards --help"));
}

TEST_CASE("a format other than table, csv, json or xlsx is a usage error", "[cli]")
{
    QTemporaryDir dir;
    const QString path = emptyWorkbench(dir);

    const Result bad = runCli(
        {QStringLiteral("standards"), path, QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains("The format \"xml\" is not known; use table, csv, json or xlsx."));
    CHECK(bad.err.contains("--help"));

    const Result missingValue =
        runCli({QStringLiteral("standards"), path, QStringLiteral("--format")});
    CHECK(missingValue.exitCode == 2);
}

TEST_CASE("a command without its FILE is a usage error", "[cli]")
{
    CHECK(runCli({QStringLiteral("init")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("standards")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("standards"), QString()}).exitCode == 2);
    CHECK(runCli({QStringLiteral("init"), QString()}).exitCode == 2);
    const Result r =
        runCli({QStringLiteral("standards"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("yardstick-cli standards --help"));
}

TEST_CASE("two files where one is expected is a usage error", "[cli]")
{
    QTemporaryDir dir;
    const QString path = emptyWorkbench(dir);
    const Result r =
        runCli({QStringLiteral("standards"), path, QStringLiteral("second.yardstick")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("second.yardstick"));
}

TEST_CASE("a file that is not a workbench is refused with its name on stderr", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "Call the card centre about the late statements.\n");

    const Result r = runCli({QStringLiteral("standards"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("notes.txt"));
    CHECK(r.err.contains("not a Yardstick workbench"));
}

TEST_CASE("a workbench file that does not exist is bad input, not a usage error", "[cli]")
{
    QTemporaryDir dir;
    const Result r =
        runCli({QStringLiteral("standards"), dir.filePath(QStringLiteral("missing.yardstick"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("missing.yardstick"));
}

TEST_CASE("init never overwrites an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("precious.txt"));
    const QByteArray contents = "Quarterly figures, do not lose.\n";
    writeFile(path, contents);

    const Result plain = runCli({QStringLiteral("init"), path});
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains("precious.txt"));
    CHECK(readFile(path) == contents);

    const Result demo = runCli({QStringLiteral("init"), path, QStringLiteral("--demo")});
    CHECK(demo.exitCode == 1);
    CHECK(demo.err.contains("precious.txt"));
    CHECK(readFile(path) == contents);

    // An existing workbench is protected the same way.
    const QString workbench = emptyWorkbench(dir);
    const QByteArray before = readFile(workbench);
    CHECK(runCli({QStringLiteral("init"), workbench}).exitCode == 1);
    CHECK(readFile(workbench) == before);
}

TEST_CASE("the top-level --help lists the commands and the global options", "[cli]")
{
    const Result r = runCli({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.startsWith("Usage: yardstick-cli "));
    CHECK(r.out.contains("  init "));
    CHECK(r.out.contains("  standards "));
    CHECK(r.out.contains("--version"));
    CHECK(runCli({QStringLiteral("-h")}).out == r.out);
}

TEST_CASE("every command's --help exits 0 and names the command's options", "[cli]")
{
    const Result init = runCli({QStringLiteral("init"), QStringLiteral("--help")});
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    CHECK(init.out.startsWith("Usage: yardstick-cli init "));
    CHECK(init.out.contains("--demo"));
    CHECK(init.out.contains("FILE"));

    const Result standards = runCli({QStringLiteral("standards"), QStringLiteral("--help")});
    CHECK(standards.exitCode == 0);
    CHECK(standards.err.isEmpty());
    CHECK(standards.out.startsWith("Usage: yardstick-cli standards "));
    CHECK(standards.out.contains("--format"));
    CHECK(standards.out.contains("table"));
    CHECK(standards.out.contains("csv"));
    CHECK(standards.out.contains("json"));
    CHECK_FALSE(standards.out.contains("--demo"));

    // Every kind import reads is named in its usage line and in its
    // "what the file holds", survey included.
    const Result import = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(import.exitCode == 0);
    CHECK(import.out.contains("cases|measurements|standards|letters|audits|survey"));
    // The description wraps; read it with its line breaks folded.
    CHECK(
        QString::fromUtf8(import.out)
            .simplified()
            .contains(QStringLiteral("cases, measurements, standards, letters, audits or survey")));
}

TEST_CASE("the --version option prints the program's name and version", "[cli]")
{
    const Result r = runCli({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QByteArray("yardstick-cli " YARDSTICK_VERSION "\n"));
}

TEST_CASE("a new empty workbench lists no standards in any format", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.yardstick"));
    const Result init = runCli({QStringLiteral("init"), path});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.startsWith("Created "));
    CHECK(init.out.contains("new.yardstick"));
    CHECK(init.out.contains(" 0 standards"));
    CHECK(init.out.count('\n') == 1);
    CHECK(QFile::exists(path));

    const Result csv = runCli(
        {QStringLiteral("standards"), path, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    CHECK(csv.out == kCsvHeader + '\n');

    const Result json =
        runCli({QStringLiteral("standards"), path, QStringLiteral("--format=json")});
    CHECK(json.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out);
    CHECK(document.isArray());
    CHECK(document.array().isEmpty());

    const Result table = runCli({QStringLiteral("standards"), path});
    CHECK(table.exitCode == 0);
    const QByteArrayList lines = table.out.split('\n');
    REQUIRE(lines.size() == 3); // header, rule, and nothing after the last line end
    CHECK(lines.at(0).startsWith("Code"));
    CHECK(lines.at(0).contains("Threshold"));
}

TEST_CASE("the demo's scorecard counts complaints per 1,000 cases", "[cli][demo][complaints]")
{
    // A standard's rate in a period: the letters linked to it that were
    // received in the period (their UTC date), per 1,000 cases of its service
    // completed in it (the date the case's completed moment was written
    // with); none when the service completed no case. Counted again here
    // with plain SQL over the file, sharing no code with the program.
    const QString path = demoWorkbench();
    const Result r =
        runCli({QStringLiteral("scorecard"), path, QStringLiteral("--period"),
                QStringLiteral("quarter"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    REQUIRE_FALSE(rows.isEmpty());

    QHash<QString, int> links;
    QHash<QString, int> cases;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("complaints-per-1000"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        // The demo's data end in December 2025: the latest complete quarter is Q4.
        const QString from = QStringLiteral("2025-10-01");
        const QString to = QStringLiteral("2025-12-31");
        QSqlQuery query(db);
        REQUIRE(query.prepare(
            QStringLiteral("SELECT s.code, COUNT(c.id) FROM standards s "
                           "LEFT JOIN letter_links l ON l.standard_id = s.id "
                           "LEFT JOIN complaint_letters c ON c.id = l.letter_id "
                           "AND substr(c.received_at, 1, 10) BETWEEN ? AND ? GROUP BY s.code")));
        query.addBindValue(from);
        query.addBindValue(to);
        REQUIRE(query.exec());
        while (query.next())
            links.insert(query.value(0).toString(), query.value(1).toInt());
        // completed_at is YYYYMMDD or YYYYMMDDhhmmss as an integer.
        REQUIRE(query.prepare(QStringLiteral(
            "SELECT s.code, (SELECT COUNT(*) FROM case_records r WHERE r.service_id = "
            "s.service_id AND (CASE WHEN r.completed_at > 99999999 THEN r.completed_at / 1000000 "
            "ELSE r.completed_at END) BETWEEN ? AND ?) FROM standards s")));
        query.addBindValue(20251001);
        query.addBindValue(20251231);
        REQUIRE(query.exec());
        while (query.next())
            cases.insert(query.value(0).toString(), query.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("complaints-per-1000"));

    // What the counts come to, by hand: in Q4 2025 the demo completed 2,165
    // application, 1,528 replacement and 3,001 inquiry cases and no other
    // service's; four standards had linked letters then.
    CHECK(cases.value(QStringLiteral("APP-R-01")) == 2165);
    CHECK(cases.value(QStringLiteral("REP-A-01")) == 1528);
    CHECK(cases.value(QStringLiteral("INQ-A-01")) == 3001);
    CHECK(links.value(QStringLiteral("APP-R-01")) == 1); // 1 / 2,165 x 1,000 = 0.4619
    CHECK(links.value(QStringLiteral("REP-A-01")) == 2); // 2 / 1,528 x 1,000 = 1.3089
    CHECK(links.value(QStringLiteral("INQ-A-01")) == 2); // 2 / 3,001 x 1,000 = 0.6664
    CHECK(links.value(QStringLiteral("INQ-T-01")) == 1); // 1 / 3,001 x 1,000 = 0.3332

    int withRate = 0;
    int nonZero = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString code = row.value(QStringLiteral("code")).toString();
        INFO(code.toStdString());
        CHECK(row.value(QStringLiteral("period_start")).toString() == QLatin1String("2025-10-01"));
        CHECK(row.value(QStringLiteral("period_end")).toString() == QLatin1String("2025-12-31"));
        REQUIRE(row.contains(QStringLiteral("complaints_per_1000")));
        const QJsonValue rate = row.value(QStringLiteral("complaints_per_1000"));
        REQUIRE(cases.contains(code));
        if (cases.value(code) == 0) {
            CHECK(rate.isNull());
            continue;
        }
        ++withRate;
        REQUIRE(rate.isDouble());
        const double expected = 1000.0 * links.value(code) / cases.value(code);
        CHECK(rate.toDouble() == Approx(expected).epsilon(1e-12));
        nonZero += expected > 0 ? 1 : 0;
    }
    CHECK(nonZero == 4);
    CHECK(withRate > nonZero);
    CHECK(
        objectWithCode(rows, "REP-A-01").value(QStringLiteral("complaints_per_1000")).toDouble() ==
        Approx(2000.0 / 1528.0).epsilon(1e-12));
}

TEST_CASE("the demo workbench lists its 180-odd standards in every format", "[cli][demo]")
{
    const QString path = demoWorkbench();

    SECTION("JSON is an array of objects with the contract keys")
    {
        const Result r = runCli({QStringLiteral("standards"), path, QStringLiteral("--format"),
                                 QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
        INFO(error.errorString().toStdString());
        REQUIRE(document.isArray());
        const QJsonArray standards = document.array();
        CHECK(standards.size() >= 180);
        for (const QJsonValue &value : standards) {
            REQUIRE(value.isObject());
            const QJsonObject standard = value.toObject();
            INFO(standard.value(QStringLiteral("code")).toString().toStdString());
            for (const QString &key : kJsonKeys) {
                INFO(key.toStdString());
                CHECK(standard.contains(key));
            }
            CHECK(standard.value(QStringLiteral("target")).isDouble());
            CHECK(standard.value(QStringLiteral("threshold")).isDouble());
            CHECK(standard.value(QStringLiteral("basis")).isArray());
            CHECK_FALSE(standard.value(QStringLiteral("revisions")).toArray().isEmpty());
        }
    }

    SECTION("CSV has the contract header and a row per standard")
    {
        const Result r = runCli(
            {QStringLiteral("standards"), path, QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK_FALSE(r.out.startsWith("\xEF\xBB\xBF"));
        CHECK_FALSE(r.out.contains('\r'));
        CHECK(r.out.endsWith('\n'));
        const QByteArrayList lines = r.out.trimmed().split('\n');
        CHECK(lines.size() >= 181);
        CHECK(lines.constFirst() == kCsvHeader);
    }

    SECTION("the table has a header, a rule and a line per standard")
    {
        const Result r = runCli({QStringLiteral("standards"), path});
        REQUIRE(r.exitCode == 0);
        const QByteArrayList lines = r.out.trimmed().split('\n');
        CHECK(lines.size() >= 182);
        CHECK(lines.at(0).startsWith("Code"));
        CHECK(lines.at(1).startsWith("----"));
    }
}
