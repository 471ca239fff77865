// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The core's words in Simplified Chinese once the compiled catalogue is
// installed: the translation contexts the code looks up are the ones lupdate
// wrote (free functions, member functions, Q_DECLARE_TR_FUNCTIONS classes).
// The expected words are the glossary's (docs/glossary-zh_CN.md).
#include "analysis/scorecard.h"
#include "catchqt.h"
#include "chartdata/paretochart.h"
#include "itemmodels/compliancetext.h"
#include "report/reporttemplate.h"
#include "usecases/chartkind.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Yardstick;

namespace {

// Installs the catalogue for the test's lifetime only.
struct ChineseCore
{
    QTranslator translator;
    bool loaded = false;
    ChineseCore()
    {
        loaded = translator.load(QStringLiteral(YARDSTICK_CORE_ZH_CN_QM));
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~ChineseCore() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("scorecard status and trend words read in Chinese", "[l10n]")
{
    ChineseCore chinese;
    REQUIRE(chinese.loaded);
    CHECK(ComplianceText::statusName(ComplianceStatus::Met) == QStringLiteral("达标"));
    CHECK(ComplianceText::statusName(ComplianceStatus::AtRisk) == QStringLiteral("有风险"));
    CHECK(ComplianceText::statusName(ComplianceStatus::Breached) == QStringLiteral("未达标"));
    CHECK(ComplianceText::statusName(ComplianceStatus::NoData) == QStringLiteral("无数据"));
    CHECK(ComplianceText::trendName(Trend::Improving) == QStringLiteral("改善"));
    CHECK(ComplianceText::trendName(Trend::Worsening) == QStringLiteral("恶化"));
    CHECK(ComplianceText::trendName(Trend::Steady) == QStringLiteral("平稳"));
}

TEST_CASE("chart titles, chart kinds and report pack words read in Chinese", "[l10n]")
{
    ChineseCore chinese;
    REQUIRE(chinese.loaded);
    // A free function's words (context "Yardstick").
    CHECK(chartKindDisplayName(ChartKind::ControlChart) == QStringLiteral("控制图"));
    CHECK(chartKindDisplayName(ChartKind::Heatmap) == QStringLiteral("热力图"));
    CHECK(reportSectionDisplayName(ReportSection::Scorecard) == QStringLiteral("计分卡"));
    // A member function's words (context "Yardstick::ReportTemplate").
    CHECK(ReportTemplate::standard().name == QStringLiteral("月度报告包"));

    // A chart title, and a plural subtitle over the 12 periods a scorecard
    // looks back.
    const ParetoChart chart = breachPareto(Scorecard{});
    CHECK(chart.title == QStringLiteral("哪些标准未达标"));
    CHECK(chart.subtitle == QStringLiteral("各标准在最近 12 个期间中未达标的期间数"));
    CHECK(chart.weightLabel == QStringLiteral("未达标期间数"));
}

TEST_CASE("without the catalogue the same words are English", "[l10n]")
{
    {
        ChineseCore chinese;
        REQUIRE(chinese.loaded);
    }
    CHECK(ComplianceText::statusName(ComplianceStatus::Met) == QStringLiteral("Met"));
    CHECK(breachPareto(Scorecard{}).title == QStringLiteral("Where standards are breached"));
}
