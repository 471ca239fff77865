// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of "yardstick-cli classify" and "classify-eval": the JSON
// a script reads, the CSV rows named by line, a GB18030 letter, and the
// cross-validation of the demo's confirmed letters.
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// One demo file for the tests of this file.
QString demo()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("demo.yardstick"));
        REQUIRE(cli("init", target, "--demo").exitCode == 0);
        path = target;
    }
    return path;
}

// 4111 1111 1111 1111 is the common Visa test number: it passes the Luhn
// check, so the reader masks it.
const QByteArray kUnanswered =
    "I wrote about my statement three weeks ago and nobody answered.\n"
    "My card is 4111 1111 1111 1111. It was not late, but I will close my account.\n";

// "我申请补办的卡到现在还没有收到，我要注销这张卡。" (my replacement card
// still has not arrived; I will cancel this card) in GB18030.
const QByteArray kChineseGb18030 = QByteArray::fromHex(
    "ced2c9eac7ebb2b9b0ecb5c4bfa8b5bdcfd6d4dabbb9c3bbd3d0cad5b5bda3acced2d2aad7a2cffad5e2d5c5bfa8"
    "a1a3");

QStringList labelsOf(const QJsonArray &dimensions)
{
    QStringList labels;
    for (const QJsonValue &d : dimensions)
        labels.append(d.toObject().value(QStringLiteral("label")).toString());
    return labels;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result.append(v.toString());
    return result;
}

} // namespace

TEST_CASE("classify prints the labels of each letter as JSON with the documented keys", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString letter = writeDataFile(dir, "unanswered.txt", kUnanswered);
    const Result r = cli("classify", demo(), letter, "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray entries = jsonArrayOf(r.out);
    REQUIRE(entries.size() == 1);
    const QJsonObject e = entries[0].toObject();
    for (const char *key : {"file", "service", "service_confidence", "dimensions", "severity",
                            "terms", "masked_card_numbers"})
        CHECK(e.contains(QLatin1String(key)));
    CHECK(textOf(e, "file") == letter);
    CHECK(textOf(e, "service") == QLatin1String("BIL"));
    CHECK(e.value(QStringLiteral("service_confidence")).toDouble() > 0);
    CHECK(e.value(QStringLiteral("service_confidence")).toDouble() <= 1);
    const QJsonArray dimensions = e.value(QStringLiteral("dimensions")).toArray();
    REQUIRE_FALSE(dimensions.isEmpty());
    // DOMAIN.md: written three weeks ago and nobody answered: responsiveness.
    CHECK(labelsOf(dimensions).constFirst() == QLatin1String("responsiveness"));
    double previous = 1.0;
    for (const QJsonValue &d : dimensions) {
        const double confidence = d.toObject().value(QStringLiteral("confidence")).toDouble();
        CHECK(confidence <= previous); // most likely first
        previous = confidence;
    }
    CHECK(textOf(e, "severity") == QLatin1String("high"));
    CHECK(e.value(QStringLiteral("masked_card_numbers")).toInt() == 1);
    const QStringList terms = stringsOf(e.value(QStringLiteral("terms")));
    CHECK(terms.contains(QLatin1String("nobody answered")));
    CHECK(terms.contains(QLatin1String("close my account")));
    // "not late" was found and set aside.
    CHECK_FALSE(terms.contains(QLatin1String("late")));
    CHECK(stringsOf(e.value(QStringLiteral("negated_terms"))).contains(QLatin1String("late")));
    CHECK(textOf(e, "language") == QLatin1String("en"));
}

TEST_CASE("classify reads a Chinese letter in GB18030", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString letter = writeDataFile(dir, "chinese.txt", kChineseGb18030);
    const Result r = cli("classify", demo(), letter, "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject e = jsonArrayOf(r.out)[0].toObject();
    CHECK(textOf(e, "language") == QLatin1String("zh"));
    CHECK(textOf(e, "service") == QLatin1String("REP"));
    CHECK(labelsOf(e.value(QStringLiteral("dimensions")).toArray()).constFirst() ==
          QLatin1String("timeliness"));
    CHECK(textOf(e, "severity") == QLatin1String("high"));
    const QStringList terms = stringsOf(e.value(QStringLiteral("terms")));
    CHECK(terms.contains(QString::fromUtf8("补办")));
    CHECK(terms.contains(QString::fromUtf8("还没有收到")));
}

TEST_CASE("classify names each CSV row by its line and prints a table by default", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv =
        writeDataFile(dir, "letters.csv",
                      "id,received,channel,customer_ref,key_customer,text\n"
                      "A1,2025-03-01,letter,C1,no,The annual fee was charged twice.\n"
                      "A2,2025-03-02,email,C2,yes,Nobody called back about my credit limit.\n");
    const Result json = cli("classify", demo(), csv, "--format", "json");
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray entries = jsonArrayOf(json.out);
    REQUIRE(entries.size() == 2);
    // The header is line 1, so the rows are lines 2 and 3.
    CHECK(textOf(entries[0].toObject(), "file") == csv + QStringLiteral(":2"));
    CHECK(textOf(entries[1].toObject(), "file") == csv + QStringLiteral(":3"));
    CHECK(textOf(entries[0].toObject(), "service") == QLatin1String("FEE"));
    CHECK(textOf(entries[1].toObject(), "service") == QLatin1String("CLR"));

    const Result table = cli("classify", demo(), csv);
    REQUIRE(table.exitCode == 0);
    const QByteArrayList lines = linesOf(table.out);
    REQUIRE(lines.size() == 4); // header, rule, two letters
    CHECK(lines[0].startsWith("File"));
    CHECK(lines[0].contains("Severity"));
    CHECK(lines[2].contains("letters.csv:2"));
    CHECK(lines[2].contains("FEE"));
}

TEST_CASE("classify on a workbench without services or dimensions still labels", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString letter = writeDataFile(dir, "unanswered.txt", kUnanswered);
    const Result r = cli("classify", emptyWorkbench(dir), letter, "--format", "json");
    REQUIRE(r.exitCode == 0);
    const QJsonObject e = jsonArrayOf(r.out)[0].toObject();
    CHECK(textOf(e, "service") == QLatin1String("BIL"));
    CHECK(labelsOf(e.value(QStringLiteral("dimensions")).toArray()).constFirst() ==
          QLatin1String("responsiveness"));
}

TEST_CASE("classify reports bad arguments and unreadable letters", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workbench = emptyWorkbench(dir);
    const QString letter = writeDataFile(dir, "ok.txt", "The card is late.");
    CHECK(cli("classify", workbench).exitCode == 2);
    const Result format = cli("classify", workbench, letter, "--format", "xml");
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains("The format \"xml\" is not known; use table or json."));
    const Result missing = cli("classify", workbench, dir.filePath(QStringLiteral("none.txt")),
                               letter, "--format", "json");
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("none.txt"));
    // The readable letter is still classified.
    CHECK(jsonArrayOf(missing.out).size() == 1);
}

TEST_CASE("classify-eval cross-validates the demo's confirmed letters", "[cli]")
{
    const Result r = cli("classify-eval", demo(), "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    CHECK(result.value(QStringLiteral("folds")).toInt() == 5);
    const int letters = result.value(QStringLiteral("letters")).toInt();
    CHECK(letters > 100);
    for (const char *task : {"services", "dimensions"}) {
        const QJsonObject quality = result.value(QLatin1String(task)).toObject();
        int support = 0;
        QSet<QString> labels;
        for (const QJsonValue &v : quality.value(QStringLiteral("labels")).toArray()) {
            const QJsonObject label = v.toObject();
            for (const char *key : {"label", "precision", "recall", "f1", "support"})
                CHECK(label.contains(QLatin1String(key)));
            support += label.value(QStringLiteral("support")).toInt();
            labels.insert(label.value(QStringLiteral("label")).toString());
        }
        // Every confirmed letter is in exactly one test fold.
        CHECK(support == letters);
        CHECK(quality.value(QStringLiteral("letters")).toInt() == letters);
        // The goal is above 0.8 for dimensions; services too.
        CHECK(quality.value(QStringLiteral("macro_f1")).toDouble() > 0.8);
        if (QLatin1String(task) == QLatin1String("services"))
            CHECK(labels.size() == 12);
        else
            CHECK(labels.contains(QStringLiteral("responsiveness")));
    }

    const Result table = cli("classify-eval", demo(), "--folds", "3");
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.startsWith("3-fold cross-validation over"));
    CHECK(table.out.contains("macro-F1"));
    CHECK(table.out.contains("responsiveness"));
}

TEST_CASE("classify-eval needs enough confirmed letters and a sensible number of folds", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workbench = emptyWorkbench(dir);
    const Result few = cli("classify-eval", workbench);
    CHECK(few.exitCode == 1);
    CHECK(few.err.contains("confirmed letters"));
    CHECK(few.out.isEmpty());
    CHECK(cli("classify-eval", workbench, "--folds", "1").exitCode == 2);
    CHECK(cli("classify-eval", workbench, "--folds", "x").exitCode == 2);
    CHECK(cli("classify-eval").exitCode == 2);
}

TEST_CASE("classify-eval --curve adds the learning curve at 25, 50, 100 and 200 letters", "[cli]")
{
    const Result r = cli("classify-eval", demo(), "--curve", "--format", "json");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    // Today's keys are all still there.
    for (const char *key : {"folds", "letters", "layers", "services", "dimensions"})
        CHECK(result.contains(QLatin1String(key)));
    CHECK(textOf(result, "model") == QLatin1String("linear"));
    const QJsonObject floor = result.value(QStringLiteral("floor")).toObject();
    CHECK(floor.value(QStringLiteral("confidence_floor")).toDouble() == 0.5);
    const int letters = result.value(QStringLiteral("letters")).toInt();
    CHECK(floor.value(QStringLiteral("confident")).toInt() +
              floor.value(QStringLiteral("needs_look")).toInt() ==
          letters);
    const QJsonObject curve = result.value(QStringLiteral("learning_curve")).toObject();
    // Five folds: each trains on the letters of the other four, at least
    // 4/5 of them rounded down.
    CHECK(curve.value(QStringLiteral("largest_training_set")).toInt() >= letters * 4 / 5 - 1);
    const QJsonArray points = curve.value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 4); // the demo has over 250 confirmed letters
    QList<int> sizes;
    for (const QJsonValue &v : points) {
        const QJsonObject point = v.toObject();
        sizes.append(point.value(QStringLiteral("letters")).toInt());
        for (const char *task : {"services", "dimensions"}) {
            const QJsonObject q = point.value(QLatin1String(task)).toObject();
            for (const char *key : {"accuracy", "macro_f1"}) {
                const double value = q.value(QLatin1String(key)).toDouble(-1);
                CHECK(value >= 0);
                CHECK(value <= 1);
            }
        }
    }
    CHECK(sizes == QList<int>{25, 50, 100, 200});

    // Without --curve there is no curve; the table says it has one with it.
    const Result plain = cli("classify-eval", demo(), "--format", "json");
    CHECK_FALSE(
        QJsonDocument::fromJson(plain.out).object().contains(QStringLiteral("learning_curve")));
    const Result table = cli("classify-eval", demo(), "--curve", "--model", "naive-bayes");
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains("lexicon and naive Bayes"));
    CHECK(table.out.contains("Learning curve"));
    CHECK(table.out.contains("Confidence floor 0.5"));
    CHECK(cli("classify-eval", demo(), "--model", "forest").exitCode == 2);
}

TEST_CASE("classify-eval --curve on imported but unconfirmed letters is refused", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString workbench = emptyWorkbench(dir);
    // 40 imported letters: suggestions, none confirmed (the sizes a smaller
    // workbench leaves out are checked in the core's learning-curve test).
    QByteArray csv = "id,received,channel,customer_ref,key_customer,text\n";
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("L%1,2025-03-%2,letter,C%1,no,%3 number %1\n")
                   .arg(i)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 2 ? QStringLiteral("The annual fee was charged twice")
                              : QStringLiteral("My credit limit was cut"))
                   .toUtf8();
    const QString file = writeDataFile(dir, "letters.csv", csv);
    REQUIRE(cli("import", "letters", workbench, file).exitCode == 0);
    // Suggestions are not facts: nothing to learn from or score against.
    const Result r = cli("classify-eval", workbench, "--curve");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("confirmed letters"));
}

TEST_CASE("classify marks a letter whose best service is weak as needing a look", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The demo's model is sure of a plain fee letter; a letter with nothing
    // in it about any service is at the model's guess, below 0.5.
    const QString csv = writeDataFile(dir, "letters.csv",
                                      "id,received,channel,customer_ref,key_customer,text\n"
                                      "A1,2025-03-01,letter,C1,no,The annual fee was charged "
                                      "twice.\n"
                                      "A2,2025-03-02,letter,C2,no,Hello.\n");
    const Result r = cli("classify", demo(), csv, "--format", "json");
    REQUIRE(r.exitCode == 0);
    const QJsonArray entries = jsonArrayOf(r.out);
    REQUIRE(entries.size() == 2);
    const QJsonObject fee = entries[0].toObject();
    CHECK(fee.contains(QStringLiteral("needs_look")));
    CHECK_FALSE(fee.value(QStringLiteral("needs_look")).toBool());
    CHECK(fee.value(QStringLiteral("service_confidence")).toDouble() >= 0.5);
    const QJsonObject hello = entries[1].toObject();
    CHECK(hello.value(QStringLiteral("needs_look")).toBool());
    const Result table = cli("classify", demo(), csv);
    CHECK(linesOf(table.out)[3].contains("needs a look"));
    CHECK_FALSE(linesOf(table.out)[2].contains("needs a look"));
}
