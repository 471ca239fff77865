// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli import letters" and "yardstick-cli
// letters": exit codes, located rejections on stderr, the summary on stdout,
// and what the listing shows was stored (card numbers masked).
#include "clisupport.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// An inbox folder: a plain letter, an e-mail, and a CSV of two letters (one
// from a key customer, with a card number in it).
QString writeInbox(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("inbox"));
    writeFile(dir.filePath(QStringLiteral("inbox/late.txt")),
              "My new card still hasn't arrived after three weeks.");
    writeFile(dir.filePath(QStringLiteral("inbox/fee.eml")),
              "From: Jane <jane@example.com>\n"
              "Subject: =?UTF-8?Q?Wrong_fee_=E2=82=AC?=\n"
              "Date: Tue, 5 Mar 2024 09:14:00 +0100\n"
              "Message-ID: <fee-1@example.com>\n"
              "\n"
              "You charged the wrong amount.\n");
    writeFile(dir.filePath(QStringLiteral("inbox/rows.csv")),
              "id,received,channel,customer_ref,key_customer,text\n"
              "R-1,2024-03-01,phone,K-9,yes,\"Card 4111 1111 1111 1111 was charged twice.\n"
              "Nobody called back.\"\n"
              "R-2,2024-03-02,web,K-10,no,The branch was closed.\n");
    return dir.filePath(QStringLiteral("inbox"));
}

QStringList stderrLines(const Result &r)
{
    QStringList lines;
    for (const QByteArray &line : linesOf(r.err)) {
        // Progress lines are for a person watching, not part of the contract.
        if (!line.endsWith("% read"))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

TEST_CASE("import letters stores a folder of letters and letters lists them, key customers first",
          "[cli][letters]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const Result imported = cli("import", "letters", workbench, writeInbox(dir));
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const QByteArrayList out = linesOf(imported.out);
    CHECK(out.contains("1 card number(s) masked: only the last four digits are kept"));
    CHECK(out.constLast() ==
          "inbox: 4 rows read, 4 imported, 0 updated, 0 skipped as duplicates, 0 rejected");

    const Result json = cli("letters", workbench, "--format", "json");
    REQUIRE(json.exitCode == 0);
    const QJsonArray letters = jsonArrayOf(json.out);
    REQUIRE(letters.size() == 4);
    // The key customer's letter first, then by received time: the CSV's
    // 2024-03-02, the e-mail's 2024-03-05 08:14 UTC, then the plain letter
    // (its file time, today).
    const QJsonObject first = letters.at(0).toObject();
    CHECK(textOf(first, "reference") == u8("R-1"));
    CHECK(first.value(QStringLiteral("key_customer")).toBool());
    CHECK(textOf(first, "text") ==
          u8("Card •••• •••• •••• 1111 was charged twice.\nNobody called back."));
    CHECK(first.value(QStringLiteral("masked_card_numbers")).toInt() == 1);
    CHECK(textOf(first, "received") == u8("2024-03-01T00:00:00Z"));
    CHECK(textOf(first, "received_source") == u8("csv"));
    CHECK(textOf(first, "channel") == u8("phone"));
    CHECK(first.value(QStringLiteral("dimensions")).isArray());
    CHECK(textOf(letters.at(1).toObject(), "reference") == u8("R-2"));
    const QJsonObject mail = letters.at(2).toObject();
    CHECK(textOf(mail, "reference") == u8("fee-1@example.com"));
    CHECK(textOf(mail, "subject") == u8("Wrong fee €"));
    CHECK(textOf(mail, "received") == u8("2024-03-05T08:14:00Z"));
    CHECK(textOf(mail, "received_source") == u8("email_header"));
    CHECK(textOf(mail, "customer_ref") == u8("jane@example.com"));
    CHECK(textOf(letters.at(3).toObject(), "source_file") == u8("late.txt"));
    CHECK(textOf(letters.at(3).toObject(), "received_source") == u8("file"));
    for (const QJsonValue &letter : letters)
        CHECK_FALSE(textOf(letter.toObject(), "text").contains(u8("4111 1111")));

    const Result csv = cli("letters", workbench);
    REQUIRE(csv.exitCode == 0);
    CHECK(linesOf(csv.out).constFirst() ==
          "id,reference,received,received_source,channel,customer_ref,key_customer,language,"
          "service,service_confidence,dimensions,severity,label_status,status,first_response,"
          "resolved,masked_card_numbers,source_file,subject,text");
    CHECK_FALSE(csv.out.contains("4111 1111"));

    // Importing the same letters again adds nothing.
    const Result again = cli("import", "letters", workbench, dir.filePath(QStringLiteral("inbox")));
    CHECK(again.exitCode == 0);
    CHECK(linesOf(again.out).constLast() ==
          "inbox: 4 rows read, 0 imported, 0 updated, 4 skipped as duplicates, 0 rejected");
}

TEST_CASE("import letters reports a letter it cannot decode and imports nothing unless told",
          "[cli][letters]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    writeFile(good, "A letter that reads fine.");
    // 0x81 then a space: neither UTF-8, GB18030 nor Windows-1252; on line 2.
    writeFile(bad, "First line\nsecond \x81 line\n");

    const Result strict = cli("import", "letters", workbench, good, bad);
    CHECK(strict.exitCode == 1);
    const QStringList errors = stderrLines(strict);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(
        u8("bad.txt:2: encoding: cannot decode as UTF-8, GB18030 or Windows-1252")));
    CHECK(
        linesOf(strict.out).constLast() ==
        "2 files: 2 rows read, 0 imported, 0 updated, 0 skipped as duplicates, 1 rejected (nothing "
        "imported: fix the rejected rows or skip them)");

    const Result lenient = cli("import", "letters", workbench, good, bad, "--skip-bad");
    CHECK(lenient.exitCode == 1);
    CHECK(linesOf(lenient.out).constLast() ==
          "2 files: 2 rows read, 1 imported, 0 updated, 0 skipped as duplicates, 1 rejected");
    CHECK(jsonArrayOf(cli("letters", workbench, "--format", "json").out).size() == 1);
}

TEST_CASE("import letters reads a GB18030 letter, detected or named", "[cli][letters]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    QStringEncoder encoder("GB18030");
    const QString chinese = u8("我的卡号4111111111111111，三个星期了还没有收到。");
    const QString path = dir.filePath(QStringLiteral("zh.txt"));
    writeFile(path, encoder.encode(chinese));
    const Result r = cli("import", "letters", workbench, path, "--encoding", "GB18030");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonArray letters = jsonArrayOf(cli("letters", workbench, "--format", "json").out);
    REQUIRE(letters.size() == 1);
    CHECK(textOf(letters.at(0).toObject(), "text") ==
          u8("我的卡号•••• •••• •••• 1111，三个星期了还没有收到。"));

    CHECK(cli("import", "letters", workbench, path, "--encoding", "klingon").exitCode == 2);
    CHECK(cli("import", "cases", workbench, path, "--encoding", "GB18030").exitCode == 2);
    const Result format = cli("letters", workbench, "--format", "xml");
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains("The format \"xml\" is not known; use csv, json or xlsx."));
}
