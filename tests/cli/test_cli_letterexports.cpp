// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of issue 16's letters contract on a workbench made by
// "init" without --demo: a regulator-style complaint export goes in as it is,
// its other columns come back out of "letters" (an "attributes" object in
// JSON, columns in CSV), and --map, --set and the label columns work.
#include "clisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

const QByteArray kExport =
    "Date received,Product,Issue,Consumer complaint narrative,Submitted via,Complaint ID\n"
    "05/12/2023,Credit card,Fees or interest,\"A late fee although I paid on time.\",Web,"
    "7012345\n"
    "05/14/2023,Credit card,Problem with a purchase,\"The bank refuses to reverse the charge.\","
    "Postal mail,7012399\n"
    "05/20/2023,Prepaid card,Fees or interest,\"An annual fee appeared without notice.\","
    "Fax,7013001\n";

QJsonArray lettersJson(const QString &work)
{
    const Result r = cli("letters", work, "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(r.out);
    REQUIRE(document.isArray());
    return document.array();
}

QJsonObject letterWithReference(const QJsonArray &letters, const char *reference)
{
    for (const QJsonValue &letter : letters) {
        if (letter.toObject().value(QStringLiteral("reference")).toString() ==
            QString::fromUtf8(reference))
            return letter.toObject();
    }
    FAIL("no letter " << reference);
    return {};
}

} // namespace

TEST_CASE("import letters takes a regulator's complaint export on a new workbench",
          "[cli][letters][mapping]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "complaints.csv", kExport);
    const Result r = cli("import", "letters", work, data);
    INFO(r.err.toStdString());
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("read id from \"Complaint ID\", received from \"Date received\""));
    CHECK(r.out.contains("channel \"Postal mail\" read as letter (1 letter(s))"));

    const QJsonArray letters = lettersJson(work);
    REQUIRE(letters.size() == 3);
    const QJsonObject first = letterWithReference(letters, "7012345");
    // 05/14 and 05/20 put the month first.
    CHECK(first.value(QStringLiteral("received"))
              .toString()
              .startsWith(QStringLiteral("2023-05-12")));
    CHECK(first.value(QStringLiteral("channel")).toString() == QStringLiteral("web"));
    const QJsonObject attributes = first.value(QStringLiteral("attributes")).toObject();
    CHECK(attributes.value(QStringLiteral("Product")).toString() == QStringLiteral("Credit card"));
    CHECK(attributes.value(QStringLiteral("Issue")).toString() ==
          QStringLiteral("Fees or interest"));
    CHECK(letterWithReference(letters, "7013001").value(QStringLiteral("channel")).toString() ==
          QStringLiteral("letter"));

    const Result csv = cli("letters", work, "--format", "csv");
    REQUIRE(csv.exitCode == 0);
    const QList<QByteArray> lines = linesOf(csv.out);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.constFirst().endsWith(",subject,text,Product,Issue"));
    CHECK(csv.out.contains(",Prepaid card,Fees or interest"));

    // Next week's export again: the same ids and texts are duplicates.
    const Result again = cli("import", "letters", work, data);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("0 imported"));
}

TEST_CASE("import letters maps, sets and reads label columns from the command line",
          "[cli][letters][mapping]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "tickets.csv",
                                       "Ref,Opened,Body,Theme\n"
                                       "T-1,2024-03-05,My card never came.,Timeliness\n"
                                       "T-2,2024-03-06,Wrong fee on my statement.,accuracy\n");
    const Result r = cli("import", "letters", work, data, "--map", "id=Ref", "--map",
                         "received=Opened", "--map", "text=Body", "--set", "channel=branch",
                         "--set", "key_customer=yes", "--label-dimension", "Theme");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("2 letter(s) labelled from the file's label columns."));
    const QJsonObject letter = letterWithReference(lettersJson(work), "T-2");
    CHECK(letter.value(QStringLiteral("channel")).toString() == QStringLiteral("complaint_card"));
    CHECK(letter.value(QStringLiteral("key_customer")).toBool());
    CHECK(letter.value(QStringLiteral("label_status")).toString() == QStringLiteral("confirmed"));
    const QJsonArray dimensions = letter.value(QStringLiteral("dimensions")).toArray();
    REQUIRE(dimensions.size() == 1);
    CHECK(dimensions.at(0).toObject().value(QStringLiteral("label")).toString() ==
          QStringLiteral("accuracy"));
    // The label column is a label, not an attribute.
    CHECK(letter.value(QStringLiteral("attributes")).toObject().isEmpty());

    const Result badMap = cli("import", "letters", work, data, "--map", "body=Body");
    CHECK(badMap.exitCode == 2);
    CHECK(badMap.err.contains("--map body=Body: write FIELD=COLUMN with FIELD one of id, "
                              "received, channel, customer_ref, key_customer, subject, text."));
    const Result badSet = cli("import", "letters", work, data, "--set", "text=hello");
    CHECK(badSet.exitCode == 2);
}

TEST_CASE("letters --format csv writes a customer's formula as text",
          "[cli][letters][formulaguard]")
{
    QTemporaryDir dir;
    const QString work = emptyWorkbench(dir);
    const QString data = writeDataFile(dir, "hostile.csv",
                                       "id,received,customer_ref,text\n"
                                       "H-1,2024-03-05,\"=HYPERLINK(\"\"http://x\"\")\","
                                       "\"@SUM(1+1) was charged, twice\"\n");
    REQUIRE(cli("import", "letters", work, data).exitCode == 0);
    const Result csv = cli("letters", work, "--format", "csv");
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","));
    CHECK(csv.out.contains(",\"'@SUM(1+1) was charged, twice\""));
    CHECK_FALSE(csv.out.contains(",=HYPERLINK"));
    // JSON is no spreadsheet: the text as the customer wrote it.
    const Result json = cli("letters", work, "--format", "json");
    CHECK(json.out.contains("\"customer_ref\": \"=HYPERLINK(\\\"http://x\\\")\""));
}
