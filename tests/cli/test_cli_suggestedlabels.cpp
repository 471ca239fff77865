// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace CliTest;

// The complaint charts' numbers keep confirmed labels and the classifier's
// suggestions apart. The expected counts come from another command: the
// label_status of each letter that `letters --format json` lists.

namespace {

QJsonObject jsonFile(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("chart --out FILE.json gives the complaint charts with suggestions apart",
          "[cli][chart][suggested]")
{
    QTemporaryDir dir;
    const QString workbench = dir.filePath(QStringLiteral("demo.yardstick"));
    REQUIRE(cli("init", workbench, "--demo").exitCode == 0);
    // Three new letters the classifier labels: suggestions until confirmed.
    const QString csv = writeDataFile(
        dir, "new.csv",
        "id,received,channel,customer_ref,key_customer,text\n"
        "N-1,2025-12-02,email,CX-1,no,My new card still has not arrived after three weeks.\n"
        "N-2,2025-12-03,web,CX-2,no,The statement charged me twice for the same purchase.\n"
        "N-3,2025-12-04,letter,CX-3,no,I have written three times and nobody replied.\n");
    const Result imported = cli("import", "letters", workbench, csv);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const Result listed = cli("letters", workbench, "--format", "json");
    REQUIRE(listed.exitCode == 0);
    const QJsonDocument letters = QJsonDocument::fromJson(listed.out);
    REQUIRE(letters.isArray());
    int confirmed = 0;
    int suggested = 0;
    int suggestedWithService = 0;
    for (const QJsonValue &letter : letters.array()) {
        const QString status = letter[QStringLiteral("label_status")].toString();
        confirmed += status == QLatin1String("confirmed") ? 1 : 0;
        if (status == QLatin1String("suggested")) {
            ++suggested;
            suggestedWithService += letter[QStringLiteral("service")].isString() ? 1 : 0;
        }
    }
    REQUIRE(suggested == 3);
    REQUIRE(confirmed + suggested == letters.array().size());

    const QString paretoPath = dir.filePath(QStringLiteral("pareto.json"));
    const Result pareto = cli("chart", workbench, "--kind", "pareto", "--out", paretoPath);
    INFO(pareto.err.toStdString());
    REQUIRE(pareto.exitCode == 0);
    // The note is said on stderr as well as written.
    CHECK(pareto.err.contains("suggestions only"));
    const QJsonObject byService = jsonFile(paretoPath);
    double weights = 0;
    double suggestions = 0;
    for (const QJsonValue &bar : byService[QStringLiteral("bars")].toArray()) {
        weights += bar[QStringLiteral("weight")].toDouble();
        suggestions += bar[QStringLiteral("suggested")].toDouble();
    }
    // The demo's letters are all confirmed and all have a service: the ranked
    // weight is theirs; the suggestions with a service ride on top.
    CHECK(weights == confirmed + (suggested - suggestedWithService));
    CHECK(byService[QStringLiteral("total")].toDouble() == weights);
    CHECK(suggestions == suggestedWithService);
    CHECK(byService[QStringLiteral("suggested")].toDouble() == suggestedWithService);
    CHECK(byService[QStringLiteral("note")].toString().contains(QStringLiteral("suggestions")));

    const QString monthPath = dir.filePath(QStringLiteral("months.json"));
    const Result months =
        cli("chart", workbench, "--kind", "complaints-per-month", "--out", monthPath);
    REQUIRE(months.exitCode == 0);
    const QJsonObject perMonth = jsonFile(monthPath);
    CHECK(perMonth[QStringLiteral("total")].toInt() == confirmed + suggested);
    int inSuggestedSeries = 0;
    int inOtherSeries = 0;
    for (const QJsonValue &series : perMonth[QStringLiteral("series")].toArray()) {
        const int total = series[QStringLiteral("total")].toInt();
        (series[QStringLiteral("suggested")].toBool() ? inSuggestedSeries : inOtherSeries) += total;
    }
    CHECK(inSuggestedSeries == perMonth[QStringLiteral("suggested")].toInt());
    CHECK(inSuggestedSeries + inOtherSeries == confirmed + suggested);
    CHECK(inOtherSeries >= confirmed);
    // All three arrived in December 2025, the last month.
    const QJsonArray totals = perMonth[QStringLiteral("totals")].toArray();
    REQUIRE_FALSE(totals.isEmpty());
    CHECK(perMonth[QStringLiteral("months")].toArray().last().toString() ==
          QStringLiteral("2025-12"));

    // Charts without a JSON form are refused before anything is read.
    CHECK(cli("chart", workbench, "--kind", "heatmap", "--out",
              dir.filePath(QStringLiteral("heat.json")))
              .exitCode == 2);
}
