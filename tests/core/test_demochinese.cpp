// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scorecard.h"
#include "catchqt.h"
#include "demo/demochinese.h"
#include "demo/demochinesestandards.h"
#include "demo/demostandardspecs.h"
#include "demo/demoworkbenchgenerator.h"
#include "model/valueformat.h"
#include "testsupport.h"
#include "workbench/compliancedataloader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

const QRegularExpression kLatin(QStringLiteral("[A-Za-z]{3,}"));
const QRegularExpression kHan(QStringLiteral("\\p{Han}"));

} // namespace

TEST_CASE("every standard of the demo catalogue has a Chinese title and rationale",
          "[demo][language]")
{
    for (const DemoStandardSpec &spec : DemoStandardSpecs::all()) {
        const QString english = QString::fromUtf8(spec.title);
        INFO(english.toStdString());
        const std::optional<DemoChineseStandards::Words> words = DemoChineseStandards::of(english);
        REQUIRE(words);
        CHECK(words->title.contains(kHan));
        CHECK(words->rationale.contains(kHan));
    }
}

TEST_CASE("the demo's units read in Chinese where they are words", "[demo][language]")
{
    CHECK(DemoChinese::unit(QStringLiteral("days")) == QStringLiteral("天"));
    CHECK(DemoChinese::unit(QStringLiteral("per 1,000 statements")) ==
          QStringLiteral("每千份账单"));
    CHECK(DemoChinese::unit(QStringLiteral("%")) == QStringLiteral("%"));
    // A gap of -0.02 points reads "-0.02 分": the unit translated, two decimals kept.
    CHECK(DemoChinese::unit(QStringLiteral("points")) == QStringLiteral("分"));
    CHECK(ValueFormat::value(-0.02, DemoChinese::unit(QStringLiteral("points"))) ==
          QStringLiteral("-0.02 分"));
}

TEST_CASE("the zh_CN demo names everything in Chinese and its scorecard has the English demo's "
          "numbers",
          "[demo][language]")
{
    Workbench &english = sharedDemoWorkbench();
    std::unique_ptr<Workbench> chinese = memoryWorkbench();
    // Made as `init --demo --lang zh_CN` makes it: with the Chinese
    // catalogue installed, so names the generator translates (the audit
    // checklists) are Chinese while it draws the numbers.
    QTranslator coreCatalogue;
    REQUIRE(coreCatalogue.load(QStringLiteral(YARDSTICK_CORE_ZH_CN_QM)));
    QCoreApplication::installTranslator(&coreCatalogue);
    const StorageResult made =
        DemoWorkbenchGenerator(DemoWorkbenchGenerator::Language::Chinese).populate(*chinese);
    QCoreApplication::removeTranslator(&coreCatalogue);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());

    for (const Service &service : chinese->services().all()) {
        INFO(service.name.toStdString());
        CHECK(service.name.contains(kHan));
        CHECK_FALSE(service.name.contains(kLatin));
    }
    for (const Department &department : chinese->departments().all())
        CHECK(department.name.contains(kHan));
    for (const Dimension &dimension : chinese->dimensions().all())
        CHECK(dimension.name.contains(kHan));
    CHECK(chinese->properties()
              .value(QLatin1String(PropertyRepository::kTitle))
              .contains(QStringLiteral("信用卡事业部")));
    const std::optional<Standard> headline =
        chinese->standardRepository().byCode(QStringLiteral("APP-T-01"));
    REQUIRE(headline);
    CHECK(headline->title == QStringLiteral("平均申请处理时长"));
    CHECK(headline->unit == QStringLiteral("天"));

    // The same story: every row of the latest monthly scorecard, and of a
    // month before the programme, has the same value, n, status and trend.
    for (const QDate at : {QDate(), DemoWorkbenchGenerator::programmeStart().addDays(-20)}) {
        ScorecardRequest request;
        request.at = at;
        const Scorecard en = computeScorecard(ComplianceDataLoader::load(english), request);
        const Scorecard zh = computeScorecard(ComplianceDataLoader::load(*chinese), request);
        REQUIRE(en.rows.size() == zh.rows.size());
        REQUIRE(en.rows.size() > 180);
        CHECK(en.period.start == zh.period.start);
        int compared = 0;
        for (qsizetype i = 0; i < en.rows.size(); ++i) {
            const ScorecardRow &a = en.rows.at(i);
            const ScorecardRow &b = zh.rows.at(i);
            INFO(a.standard.code.toStdString());
            CHECK(a.standard.code == b.standard.code);
            CHECK(a.standard.title != b.standard.title);
            CHECK(a.current.value == b.current.value);
            CHECK(a.current.n == b.current.n);
            CHECK(a.current.status == b.current.status);
            CHECK(a.trend == b.trend);
            CHECK(a.metInRecent == b.metInRecent);
            compared += a.current.value ? 1 : 0;
        }
        CHECK(compared > 150);
    }
}
