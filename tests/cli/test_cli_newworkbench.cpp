// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of issue 16 on a workbench made by "init" without --demo:
// survey answers go in with only "--wave" (the survey is made for them), the
// dimension words of the file are known, and servqual weighs the gaps with
// the default SERVQUAL weights.
#include "clisupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

QJsonObject servqualJson(const QString &work, const char *wave)
{
    const Result r = cli("servqual", work, "--wave", wave, "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(r.out);
    REQUIRE(document.isObject());
    return document.object();
}

double weightOf(const QJsonObject &json, const char *dimension)
{
    for (const QJsonValue &row : json.value(QStringLiteral("dimensions")).toArray()) {
        if (row.toObject().value(QStringLiteral("dimension")).toString() ==
            QString::fromUtf8(dimension))
            return row.toObject().value(QStringLiteral("weight")).toDouble();
    }
    FAIL("no dimension " << dimension);
    return 0;
}

// Three respondents, four items in three dimensions (dimension words as
// people write them).
const QByteArray kAnswers = "respondent,item,dimension,expectation,perception,customer_ref\n"
                            "R1,REL1,reliability,7,5,CM-1\n"
                            "R1,REL2,Reliability,6,6,CM-1\n"
                            "R1,RES1,Responsiveness,6,6,CM-1\n"
                            "R1,TAN1,tangibles,5,6,CM-1\n"
                            "R2,REL1,reliability,6,5,CM-2\n"
                            "R2,REL2,Reliability,5,4,CM-2\n"
                            "R2,RES1,Responsiveness,7,4,CM-2\n"
                            "R2,TAN1,tangibles,4,4,CM-2\n"
                            "R3,REL1,reliability,7,7,CM-3\n"
                            "R3,REL2,Reliability,7,5,CM-3\n"
                            "R3,RES1,Responsiveness,5,5,CM-3\n"
                            "R3,TAN1,TANGIBLES,6,3,CM-3\n";

} // namespace

TEST_CASE("a new workbench takes survey answers with only --wave and weighs their gaps",
          "[cli][survey][newworkbench]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "answers.csv", kAnswers);
    const Result imported = cli("import", "survey", work, data, "--wave", "2026-Q2");
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("The survey \"answers\" was created"));
    CHECK(linesOf(imported.out).constLast() ==
          "answers.csv: 12 rows read, 12 imported, 0 updated, 0 skipped as duplicates, 0 rejected");
    const QString letters = writeDataFile(dir, "letters.csv",
                                          "id,received,channel,customer_ref,key_customer,text\n"
                                          "L-1,2026-05-02,phone,CM-2,no,My card came late.\n");
    REQUIRE(cli("import", "letters", work, letters).exitCode == 0);

    const QJsonObject json = servqualJson(work, "2026-Q2");
    CHECK(json.value(QStringLiteral("respondents")).toInt() == 3);
    // The default weights 32/22/11 over the three dimensions present (65).
    CHECK(weightOf(json, "reliability") == Approx(32.0 / 65.0));
    CHECK(weightOf(json, "responsiveness") == Approx(22.0 / 65.0));
    CHECK(weightOf(json, "tangibles") == Approx(11.0 / 65.0));
    // Each respondent's dimension gap is the mean of their item gaps:
    //   R1: reliability (-2 + 0) / 2 = -1, responsiveness 0, tangibles +1
    //   R2: reliability (-1 - 1) / 2 = -1, responsiveness -3, tangibles 0
    //   R3: reliability (0 - 2) / 2 = -1, responsiveness 0, tangibles -3
    // Dimension gaps: reliability -1, responsiveness -1, tangibles -2/3.
    // Weighted: (32 x -1 + 22 x -1 + 11 x -2/3) / 65 = -184/195.
    CHECK(json.value(QStringLiteral("weighted_gap")).toDouble() == Approx(-184.0 / 195.0));
    // Respondents' weighted gaps: R1 (-32 + 11) / 65, R2 (-32 - 66) / 65,
    // R3 (-32 - 33) / 65: all three dissatisfied; only CM-2 wrote.
    const QJsonObject silent = json.value(QStringLiteral("silent_dissatisfied")).toObject();
    CHECK(silent.value(QStringLiteral("dissatisfied")).toInt() == 3);
    CHECK(silent.value(QStringLiteral("never_complained")).toInt() == 2);
    CHECK(silent.value(QStringLiteral("share")).toDouble() == Approx(2.0 / 3.0));
}

TEST_CASE("a wide file on a new workbench makes the survey --survey names",
          "[cli][survey][newworkbench]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "wide.csv",
                                       "respondent,E_reliability_1,P_reliability_1,E_tangibles_1,"
                                       "P_tangibles_1\n"
                                       "R1,7,5,5,4\n"
                                       "R2,6,6,6,3\n");
    const Result imported =
        cli("import", "survey", work, data, "--wave", "2026-Q2", "--survey", "Branch follow-up");
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("The survey \"Branch follow-up\" was created"));
    CHECK(imported.out.contains("The item \"tangibles_1\" was added to the survey \"Branch "
                                "follow-up\" in the dimension Tangibles."));
    CHECK(linesOf(imported.out).constLast() ==
          "wide.csv: 2 rows read, 2 imported, 0 updated, 0 skipped as duplicates, 0 rejected");
    // Reliability (-2 + 0) / 2 = -1, tangibles (-1 - 3) / 2 = -2;
    // weighted (32 x -1 + 11 x -2) / 43 = -54/43.
    CHECK(servqualJson(work, "2026-Q2").value(QStringLiteral("weighted_gap")).toDouble() ==
          Approx(-54.0 / 43.0));
}

TEST_CASE("a new wave goes to the only survey, with two, --survey must say which",
          "[cli][survey][newworkbench]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "answers.csv", kAnswers);
    REQUIRE(cli("import", "survey", work, data, "--wave", "2026-Q1").exitCode == 0);
    const Result second = cli("import", "survey", work, data, "--wave", "2026-Q2");
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains("The wave \"2026-Q2\" was added to the survey \"answers\""));

    REQUIRE(cli("import", "survey", work, data, "--wave", "B-1", "--survey", "Branch").exitCode ==
            0);
    const Result third = cli("import", "survey", work, data, "--wave", "2026-Q3");
    CHECK(third.exitCode == 2);
    CHECK(third.err.contains("No survey has the wave \"2026-Q3\" and the workbench has 2 "
                             "surveys: \"Branch\", \"answers\". Name the one to add it to with "
                             "--survey."));
    CHECK(cli("servqual", work, "--wave", "2026-Q3").exitCode == 1); // nothing was written
    CHECK(cli("import", "survey", work, data, "--wave", "2026-Q3", "--survey", "Branch").exitCode ==
          0);
}
