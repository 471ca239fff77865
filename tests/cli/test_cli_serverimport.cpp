// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Case imports on a team workbench as analysts meet them: two
// "yardstick-cli import cases" processes on the same server at once, and an
// import killed half-way, which must leave the server as it was before.
#include "clisupport.h"
#include "support/needserver.h"
#include "support/pgtestdatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

using namespace CliTest;

namespace {

// One yardstick-cli process running beside the test.
class CliProcess
{
public:
    explicit CliProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(YARDSTICK_CLI_PATH));
        m_process.setArguments(arguments);
        m_process.start();
        m_process.closeWriteChannel();
    }

    bool started() { return m_process.waitForStarted(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    void kill() { m_process.kill(); } // SIGKILL: no chance to roll back itself

    Result wait()
    {
        if (!m_process.waitForFinished(kTimeoutMs))
            return {};
        return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
                m_process.readAllStandardOutput(), m_process.readAllStandardError()};
    }

private:
    QProcess m_process;
};

// A connection of the test's own to the server, for what a one-statement
// query cannot do: hold a lock while the imports start.
class TestConnection
{
public:
    explicit TestConnection(const QString &uri)
        : m_name(QStringLiteral("serverimport-") + QUuid::createUuid().toString())
    {
        const QUrl url(uri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~TestConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    TestConnection(const TestConnection &) = delete;
    TestConnection &operator=(const TestConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // The first column of the first row, or "error: …".
    QString value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql))
            return QStringLiteral("error: ") + query.lastError().text();
        return query.isSelect() && query.next() ? query.value(0).toString() : QString();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// Waits (up to a minute) until the SQL's single value is expected.
bool waitFor(TestConnection &connection, const QString &sql, const QString &expected)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60'000) {
        if (connection.value(sql) == expected)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// The other sessions on the test's database, as pg_stat_activity counts them.
QString othersWaitingForALock()
{
    return QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND pid <> pg_backend_pid() AND "
                          "wait_event_type = 'Lock'");
}

QString otherSessions()
{
    return QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND pid <> pg_backend_pid() AND "
                          "backend_type = 'client backend'");
}

// n filler cases of service, all received and completed in 2024 (outside
// the month the tests' scorecards look at), ids PREFIX-1…PREFIX-n.
QByteArray fillerCases(const char *service, const char *prefix, int n)
{
    QByteArray rows;
    for (int i = 1; i <= n; ++i) {
        rows += QByteArray(service) + ',' + prefix + '-' + QByteArray::number(i) + ",2024-01-" +
                QByteArray::number(1 + i % 20).rightJustified(2, '0') + ",2024-02-01,OPS\n";
    }
    return rows;
}

const QByteArray kHeader = "service,case_id,received,completed,department\n";

const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
    "department,basis,rationale,effective_from\n"
    "INQ-T-01,Inquiry answered,INQ,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
    "customer_expectation,Service charter,2024-01-01\n"
    "COM-T-01,Complaint resolved,COM,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
    "customer_expectation,Service charter,2024-01-01\n";

// The workbench on the server with the catalogue and the services INQ and
// COM (from a first small import, so that no later import creates anything).
void prepareServer(const QTemporaryDir &dir, const QString &uri)
{
    REQUIRE(cli("init", uri).exitCode == 0);
    const QString catalogue = writeDataFile(dir, "standards.csv", kCatalogue);
    REQUIRE(cli("import", "standards", uri, catalogue).exitCode == 0);
    const QString seed = writeDataFile(dir, "seed.csv",
                                       kHeader + "INQ,SEED-1,2024-03-01,2024-03-02,OPS\n"
                                                 "COM,SEED-2,2024-03-01,2024-03-02,OPS\n");
    const Result seeded = cli("import", "cases", uri, seed, "--create-missing");
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
}

QString scorecardDigest(const QString &uri, const char *code)
{
    const Result scorecard = cli("scorecard", uri, "--format", "json", "--at", "2025-04-15");
    REQUIRE(scorecard.exitCode == 0);
    return digestOf(objectWithCode(jsonArrayOf(scorecard.out), code));
}

// Starts two imports while the test holds the row every import numbers its
// batch with, waits until both wait for it, and lets them go: both are
// inside their import at the same moment, whatever the machine's speed.
std::pair<Result, Result> importTogether(const QString &uri, const QString &first,
                                         const QString &second)
{
    TestConnection holder(uri);
    INFO(holder.error().toStdString());
    REQUIRE(holder.isOpen());
    REQUIRE(holder.value(QStringLiteral("BEGIN")).isEmpty());
    const QString batch = holder.value(QStringLiteral(
        "SELECT value FROM workbench_properties WHERE key = 'case_import_batch' FOR UPDATE"));
    INFO(batch.toStdString());
    REQUIRE(batch.toInt() > 0);
    CliProcess a({QStringLiteral("import"), QStringLiteral("cases"), uri, first});
    CliProcess b({QStringLiteral("import"), QStringLiteral("cases"), uri, second});
    REQUIRE(a.started());
    REQUIRE(b.started());
    // Watched from another session: inside a transaction, pg_stat_activity
    // shows the moment of its first reading.
    TestConnection watcher(uri);
    REQUIRE(watcher.isOpen());
    const bool bothWaiting = waitFor(watcher, othersWaitingForALock(), QStringLiteral("2"));
    holder.value(QStringLiteral("COMMIT"));
    CHECK(bothWaiting);
    return {a.wait(), b.wait()};
}

// Imports the two files at once (importTogether) and checks that both
// succeed with the summary lines given.
void bothLand(const QString &uri, const QString &firstFile, const QString &secondFile,
              const char *firstSummary, const char *secondSummary)
{
    const auto [first, second] = importTogether(uri, firstFile, secondFile);
    INFO(first.err.toStdString() << second.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(second.exitCode == 0);
    CHECK(linesOf(first.out).constLast() == firstSummary);
    CHECK(linesOf(second.out).constLast() == secondSummary);
}

QString countOf(PgTestDatabase &server, const char *sql)
{
    const QStringList rows = server.query(QString::fromUtf8(sql));
    return rows.isEmpty() ? server.error() : rows.first();
}

} // namespace

TEST_CASE("cli: two analysts importing cases into one team workbench at the same time both land",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    QTemporaryDir dir;
    prepareServer(dir, server.uri());

    // By hand: April 2025's completed inquiries, turnaround in calendar days.
    // Analyst A: INQ-A1 4 days (04-01..04-05), INQ-A2 6 days (04-02..04-08);
    // analyst B: INQ-B1 11 days (04-03..04-14). Mean (4 + 6 + 11) / 3 = 7,
    // between the target 5 and the threshold 8: at risk. Each file carries
    // 3,000 cases of 2024 besides, so each import has work to do.
    const QString a = writeDataFile(dir, "a.csv",
                                    kHeader +
                                        "INQ,INQ-A1,2025-04-01,2025-04-05,OPS\n"
                                        "INQ,INQ-A2,2025-04-02,2025-04-08,OPS\n" +
                                        fillerCases("INQ", "A", 3000));
    const QString b = writeDataFile(dir, "b.csv",
                                    kHeader + "INQ,INQ-B1,2025-04-03,2025-04-14,OPS\n" +
                                        fillerCases("INQ", "B", 3000));
    bothLand(server.uri(), a, b,
             "a.csv: 3002 rows read, 3002 imported, 0 updated, 0 skipped as duplicates, "
             "0 rejected",
             "b.csv: 3001 rows read, 3001 imported, 0 updated, 0 skipped as duplicates, "
             "0 rejected");
    // The seed's 2 and both files': 2 + 3,002 + 3,001.
    CHECK(countOf(server, "SELECT count(*) FROM case_records") == QStringLiteral("6005"));
    CHECK(countOf(server, "SELECT count(*) FROM case_imports") == QStringLiteral("3"));
    CHECK(scorecardDigest(server.uri(), "INQ-T-01") ==
          QStringLiteral("2025-04-01..2025-04-30: 7 (n 3) at_risk"));

    // Different services at once: complaints COM-C1 2 days (04-01..04-03)
    // and COM-C2 4 days (04-04..04-08), mean 3, met; one more inquiry, INQ-E1
    // 15 days (04-10..04-25): the inquiries' mean (4 + 6 + 11 + 15) / 4 = 9,
    // beyond the threshold 8: breached.
    const QString c = writeDataFile(dir, "c.csv",
                                    kHeader +
                                        "COM,COM-C1,2025-04-01,2025-04-03,OPS\n"
                                        "COM,COM-C2,2025-04-04,2025-04-08,OPS\n" +
                                        fillerCases("COM", "C", 3000));
    const QString e = writeDataFile(dir, "e.csv",
                                    kHeader + "INQ,INQ-E1,2025-04-10,2025-04-25,OPS\n" +
                                        fillerCases("INQ", "E", 3000));
    bothLand(server.uri(), c, e,
             "c.csv: 3002 rows read, 3002 imported, 0 updated, 0 skipped as duplicates, "
             "0 rejected",
             "e.csv: 3001 rows read, 3001 imported, 0 updated, 0 skipped as duplicates, "
             "0 rejected");
    CHECK(countOf(server, "SELECT count(*) FROM case_records") ==
          QStringLiteral("12008")); // 6,005 + 3,002 + 3,001
    CHECK(countOf(server, "SELECT count(*) FROM case_records r JOIN services s ON s.id = "
                          "r.service_id WHERE s.code = 'COM'") ==
          QStringLiteral("3003")); // the seed's one and c.csv's
    CHECK(scorecardDigest(server.uri(), "INQ-T-01") ==
          QStringLiteral("2025-04-01..2025-04-30: 9 (n 4) breached"));
    CHECK(scorecardDigest(server.uri(), "COM-T-01") ==
          QStringLiteral("2025-04-01..2025-04-30: 3 (n 2) met"));
}

TEST_CASE("cli: the same changed export imported by two analysts at once updates each case once",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    QTemporaryDir dir;
    prepareServer(dir, server.uri());
    const QString first = writeDataFile(dir, "week1.csv",
                                        kHeader +
                                            "INQ,INQ-1,2025-04-01,?,OPS\n"
                                            "INQ,INQ-2,2025-04-02,2025-04-04,OPS\n" +
                                            fillerCases("INQ", "F", 2000));
    REQUIRE(cli("import", "cases", server.uri(), first).exitCode == 0);
    // Next week's export: INQ-1 completed on 04-09 (8 days), INQ-2's
    // completion corrected to 04-06 (4 days); the fillers unchanged.
    const QString second = writeDataFile(dir, "week2.csv",
                                         kHeader +
                                             "INQ,INQ-1,2025-04-01,2025-04-09,OPS\n"
                                             "INQ,INQ-2,2025-04-02,2025-04-06,OPS\n" +
                                             fillerCases("INQ", "F", 2000));
    const auto [one, other] = importTogether(server.uri(), second, second);
    INFO(one.err.toStdString() << other.err.toStdString());
    // Both succeed: whichever ran first updated the two cases, the other
    // found them already as its file says.
    CHECK(one.exitCode == 0);
    CHECK(other.exitCode == 0);
    const QByteArray updated = "week2.csv: 2002 rows read, 0 imported, 2 updated, 2000 skipped as "
                               "duplicates, 0 rejected";
    const QByteArray unchanged = "week2.csv: 2002 rows read, 0 imported, 0 updated, 2002 skipped "
                                 "as duplicates, 0 rejected";
    const QByteArray last[2] = {linesOf(one.out).constLast(), linesOf(other.out).constLast()};
    CHECK(((last[0] == updated && last[1] == unchanged) ||
           (last[0] == unchanged && last[1] == updated)));
    // One completion for each case, never two: INQ-1's completed (none ->
    // 04-09) and INQ-2's completed (04-04 -> 04-06).
    CHECK(countOf(server, "SELECT count(*) FROM case_history") == QStringLiteral("2"));
    CHECK(countOf(server, "SELECT count(*) FROM case_records") == QStringLiteral("2004"));
    // April: (8 + 4) / 2 = 6, between 5 and 8.
    CHECK(scorecardDigest(server.uri(), "INQ-T-01") ==
          QStringLiteral("2025-04-01..2025-04-30: 6 (n 2) at_risk"));
}

TEST_CASE("cli: an import killed half-way leaves the team workbench as it was, and the next "
          "import lands",
          "[cli][postgresql]")
{
    NEED_SERVER(server);
    QTemporaryDir dir;
    prepareServer(dir, server.uri());
    const QString week = writeDataFile(
        dir, "week.csv", kHeader + "INQ,INQ-1,2025-04-01,?,OPS\n" + fillerCases("INQ", "W", 500));
    REQUIRE(cli("import", "cases", server.uri(), week).exitCode == 0);
    const QString changed =
        writeDataFile(dir, "week2.csv", kHeader + "INQ,INQ-1,2025-04-01,2025-04-03,OPS\n");
    REQUIRE(cli("import", "cases", server.uri(), changed).exitCode == 0);

    // Big enough to take a while: 600,000 new cases of both services, new
    // to the server and some in a service that holds cases.
    QByteArray big = kHeader;
    big.reserve(600'000 * 40);
    for (int i = 1; i <= 600'000; ++i) {
        big += (i % 2 ? "INQ,BIG-" : "COM,BIG-") + QByteArray::number(i) + ",2024-05-" +
               QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",2024-06-01,OPS\n";
    }
    const QString bigFile = writeDataFile(dir, "big.csv", big);

    const char *state = "SELECT (SELECT count(*) FROM case_records) || '/' || "
                        "(SELECT count(*) FROM case_history) || '/' || "
                        "(SELECT count(*) FROM case_imports) || '/' || "
                        "(SELECT count(*) FROM period_values) || '/' || "
                        "(SELECT coalesce(sum(value), 0) FROM period_values) || '/' || "
                        "(SELECT count(*) FROM period_values_stale) || '/' || "
                        "(SELECT value FROM workbench_properties WHERE key = "
                        "'case_import_batch')";
    const QString before = countOf(server, state);
    // By hand: the seed's 2 and week.csv's 501 cases, INQ-1's completion in
    // the history, three imports (seed, week, week2).
    CHECK(before.startsWith(QStringLiteral("503/1/3/")));
    CHECK(before.endsWith(QStringLiteral("/3")));

    TestConnection watcher(server.uri());
    REQUIRE(watcher.isOpen());
    CliProcess import({QStringLiteral("import"), QStringLiteral("cases"), server.uri(), bigFile});
    REQUIRE(import.started());
    // The import's transaction has written (it holds a transaction id);
    // a moment more and its rows are going in.
    REQUIRE(waitFor(watcher,
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                   "current_database() AND pid <> pg_backend_pid() AND "
                                   "backend_xid IS NOT NULL"),
                    QStringLiteral("1")));
    QThread::msleep(600);
    REQUIRE(import.running()); // killed mid-way, not after
    import.kill();
    CHECK(import.wait().exitCode == -1);
    // The server ends the dead client's session and rolls its work back.
    REQUIRE(waitFor(watcher, otherSessions(), QStringLiteral("0")));
    CHECK(countOf(server, state) == before);

    const Result again = cli("import", "cases", server.uri(), bigFile);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(linesOf(again.out).constLast() ==
          "big.csv: 600000 rows read, 600000 imported, 0 updated, 0 skipped as duplicates, "
          "0 rejected");
    CHECK(countOf(server, "SELECT count(*) FROM case_records") ==
          QStringLiteral("600503")); // 503 + 600,000
    CHECK(countOf(server, "SELECT count(*) FROM case_imports") == QStringLiteral("4"));
    // The killed import's batch number was never taken: the next is 4.
    CHECK(countOf(server, "SELECT value FROM workbench_properties WHERE key = "
                          "'case_import_batch'") == QStringLiteral("4"));
    CHECK(countOf(server, "SELECT count(*) FROM period_values_stale") == QStringLiteral("0"));
}
