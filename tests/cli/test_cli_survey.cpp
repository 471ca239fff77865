// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli import survey" on a workbench made by
// init (its reference dimensions are all they need): a survey created by the
// first import, a wide file into it, located rejections, and the measurements
// of a survey-fed standard recomputed after the import.
#include "clisupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// Runs statements on the file through a connection of the test's own.
void execSql(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("survey-cli-fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            const bool ok = query.exec(statement);
            INFO(query.lastError().text().toStdString());
            REQUIRE(ok);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString scalar(const QString &path, const QString &sql)
{
    const QString connection = QStringLiteral("survey-cli-read");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

TEST_CASE("import survey creates the named survey and imports a long file", "[cli][survey]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "answers.csv",
                                       "respondent,item,dimension,expectation,perception\n"
                                       "R1,REL1,reliability,7,5\n"
                                       "R1,TAN1,Tangibles,5,4\n"
                                       "R2,REL1,reliability,6,6\n");
    const Result r =
        cli("import", "survey", work, data, "--wave", "2025-Q1", "--survey", "Follow-up");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QByteArrayList lines = linesOf(r.out);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.constLast() ==
          "answers.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as duplicates, 0 rejected");
    CHECK(scalar(work, QStringLiteral("SELECT name FROM surveys")) == QStringLiteral("Follow-up"));
    CHECK(scalar(work, QStringLiteral("SELECT COUNT(*) FROM survey_items")) == QStringLiteral("2"));
    CHECK(scalar(work, QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE wave = "
                                      "'2025-Q1'")) == QStringLiteral("3"));

    // The same file again: duplicates, nothing new.
    const Result again = cli("import", "survey", work, data, "--wave", "2025-Q1");
    CHECK(again.exitCode == 0);
    CHECK(linesOf(again.out).constLast() ==
          "answers.csv: 3 rows read, 0 imported, 0 updated, 3 skipped as duplicates, 0 rejected");
}

TEST_CASE("import survey prints located rejections and exits 1", "[cli][survey]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    execSql(work, {QStringLiteral("INSERT INTO surveys (name) VALUES ('Follow-up')"),
                   QStringLiteral("INSERT INTO survey_items (survey_id, code, dimension_id) "
                                  "VALUES (1, 'REL1', (SELECT id FROM dimensions WHERE key = "
                                  "'reliability'))"),
                   QStringLiteral("INSERT INTO survey_waves (survey_id, name, starts_on, ends_on) "
                                  "VALUES (1, 'W1', '2025-01-01', '2025-03-31')")});
    const QString data = writeDataFile(dir, "wide.csv",
                                       "respondent,E_REL1,P_REL1\n"
                                       "R1,7,5\n"
                                       "R2,8,x\n");
    const Result r = cli("import", "survey", work, data, "--wave", "W1");
    CHECK(r.exitCode == 1);
    const QByteArray outside = QStringLiteral("wide.csv:3: E_REL1: \"8\" is outside the scale "
                                              "1\u20137")
                                   .toUtf8();
    CHECK(r.err.contains(outside));
    CHECK(r.err.contains("wide.csv:3: P_REL1: \"x\" is not a number"));
    CHECK(linesOf(r.out).constLast().startsWith(
        "wide.csv: 2 rows read, 0 imported, 0 updated, 0 skipped as duplicates, 1 rejected"));
    CHECK(scalar(work, QStringLiteral("SELECT COUNT(*) FROM survey_responses")) ==
          QStringLiteral("0"));

    const Result skipped = cli("import", "survey", work, data, "--wave", "W1", "--skip-bad");
    CHECK(skipped.exitCode == 1);
    CHECK(scalar(work, QStringLiteral("SELECT COUNT(*) FROM survey_responses")) ==
          QStringLiteral("1"));
}

TEST_CASE("import survey without --wave is refused", "[cli][survey]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "answers.csv",
                                       "respondent,item,dimension,expectation,perception\n"
                                       "R1,REL1,reliability,7,5\n");
    CHECK(cli("import", "survey", work, data).exitCode == 2);
    CHECK(cli("import", "cases", work, data, "--wave", "W1").exitCode == 2);
}

TEST_CASE("import survey recomputes the measurements of the standards it feeds", "[cli][survey]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    execSql(work, {QStringLiteral("INSERT INTO surveys (name) VALUES ('Follow-up')"),
                   QStringLiteral("INSERT INTO survey_waves (survey_id, name, starts_on, ends_on) "
                                  "VALUES (1, 'W1', '2025-01-01', '2025-03-31')")});
    // A reliability survey-score standard fed by the survey, made with the
    // CLI's own standards import.
    const QString catalogue = writeDataFile(
        dir, "standards.csv",
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "APP-S-01,Survey gap reliability,APP,reliability,survey_score,mean,higher,-0.5,-1,points,"
        "OPS,customer_expectation,Follow-up calls,2025-01-01\n");
    const Result standards = cli("import", "standards", work, catalogue);
    INFO(standards.err.toStdString());
    REQUIRE(standards.exitCode == 0);
    execSql(work, {QStringLiteral("INSERT INTO survey_feeds (standard_id, survey_id) "
                                  "SELECT id, 1 FROM standards WHERE code = 'APP-S-01'")});

    const QString data = writeDataFile(dir, "answers.csv",
                                       "respondent,item,dimension,expectation,perception\n"
                                       "R1,REL1,reliability,7,4\n"
                                       "R2,REL1,reliability,6,6\n");
    const Result r = cli("import", "survey", work, data, "--wave", "W1");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Reliability gap: mean of (4 - 7) and (6 - 6) = -1.5 over two respondents.
    CHECK(scalar(work, QStringLiteral("SELECT value FROM measurements WHERE source = 'survey'"))
              .toDouble() == -1.5);
    CHECK(scalar(work, QStringLiteral("SELECT sample_size || ' ' || period_start || ' ' || "
                                      "period_end FROM measurements WHERE source = 'survey'")) ==
          QStringLiteral("2 2025-01-01 2025-03-31"));
}
