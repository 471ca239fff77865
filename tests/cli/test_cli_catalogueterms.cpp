// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box test of "yardstick-cli import standards" with a catalogue written
// the way an analyst types it: the window's names, short forms and Chinese.
#include "clisupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

const QByteArray kHeader =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n";

// The basis array of a standard as "a;b", to compare in one CHECK.
QString basisOf(const QJsonObject &standard)
{
    QStringList keys;
    for (const QJsonValue &key : standard.value(QStringLiteral("basis")).toArray())
        keys.append(key.toString());
    return keys.join(QLatin1Char(';'));
}

} // namespace

TEST_CASE("import standards reads the window's names, short forms and Chinese, and refuses "
          "an unknown word with the words to use",
          "[cli][import][catalogueterms]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Services, departments and dimensions come from the catalogue itself
    // (created when missing), so what "init" puts in a new workbench does not
    // matter: "Timeliness" and "及时性" name the same dimension either way.
    const QString workbench = dir.filePath(QStringLiteral("words.yardstick"));
    REQUIRE(cli("init", workbench).exitCode == 0);
    const QByteArray catalogue =
        kHeader +
        "CR-T-01,Card replaced,Card replacement,Timeliness,Turnaround (days),average,"
        "Lower is better,2,3,Days,Card Services,Customer expectation; Processing capability,"
        ",2024-01-01\n"
        "CR-T-02,Card replaced within 2 days,Card replacement,及时性,处理时间（天）,"
        "% within 2 days,越高越好,90,80,percent,Card Services,客户期望,,2024-01-01\n"
        "CR-T-03,Card replaced (90th percentile),Card replacement,TIMELINESS,turnaround,"
        "90th percentile,lower,3,5,d,Card Services,customer,,2024-01-01\n";
    const Result imported =
        cli("import", "standards", workbench, writeDataFile(dir, "standards.csv", catalogue));
    CHECK(imported.err.isEmpty());
    REQUIRE(imported.exitCode == 0);
    CHECK(linesOf(imported.out).constLast() ==
          "standards.csv: 3 rows read, 3 imported, 0 updated, 0 skipped as duplicates, "
          "0 rejected");

    const QJsonArray standards = jsonArrayOf(cli("standards", workbench, "--format", "json").out);
    REQUIRE(standards.size() == 3);
    const QJsonObject t1 = objectWithCode(standards, "CR-T-01");
    CHECK(textOf(t1, "dimension") == QStringLiteral("timeliness"));
    CHECK(textOf(t1, "metric") == QStringLiteral("turnaround_days"));
    CHECK(textOf(t1, "statistic") == QStringLiteral("mean"));
    CHECK(textOf(t1, "direction") == QStringLiteral("lower"));
    CHECK(textOf(t1, "unit") == QStringLiteral("days"));
    CHECK(basisOf(t1) == QStringLiteral("customer_expectation;capability"));
    const QJsonObject t2 = objectWithCode(standards, "CR-T-02");
    CHECK(textOf(t2, "dimension") == QStringLiteral("timeliness"));
    CHECK(textOf(t2, "metric") == QStringLiteral("turnaround_days"));
    CHECK(textOf(t2, "statistic") == QStringLiteral("within:2"));
    CHECK(textOf(t2, "direction") == QStringLiteral("higher"));
    CHECK(textOf(t2, "unit") == QStringLiteral("%"));
    CHECK(basisOf(t2) == QStringLiteral("customer_expectation"));
    const QJsonObject t3 = objectWithCode(standards, "CR-T-03");
    CHECK(textOf(t3, "dimension") == QStringLiteral("timeliness"));
    CHECK(textOf(t3, "statistic") == QStringLiteral("p90"));
    CHECK(textOf(t3, "direction") == QStringLiteral("lower"));
    CHECK(textOf(t3, "unit") == QStringLiteral("days"));
    CHECK(textOf(t3, "service") == textOf(t1, "service"));

    SECTION("an unknown basis is refused where it stands, with the words to use")
    {
        const QByteArray before = readFile(workbench);
        const Result refused =
            cli("import", "standards", workbench,
                writeDataFile(dir, "more.csv",
                              kHeader + "CR-T-04,Card replaced,Card replacement,Timeliness,"
                                        "turnaround,mean,lower,2,3,days,Card Services,"
                                        "regulation,,2024-01-01\n"));
        CHECK(refused.exitCode == 1);
        CHECK(linesOf(refused.err) ==
              QByteArrayList{"more.csv:2: basis: \"regulation\" is not a basis; use one or more "
                             "of: customer expectation, competition, processing capability, "
                             "economics (separated by ;)"});
        CHECK(readFile(workbench) == before);
    }
}
