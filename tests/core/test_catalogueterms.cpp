// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/catalogueterms.h"

#include <utility>
#include <vector>

using namespace Yardstick;
using namespace Qt::StringLiterals;

using CE = BasisFlag;

TEST_CASE("catalogue words are compared without case, width, brackets or extra spacing",
          "[import][catalogueterms]")
{
    CHECK(CatalogueTerms::normalised(u"  Customer__Expectation "_s) == u"customer expectation"_s);
    CHECK(CatalogueTerms::normalised(u"Right First Time (%)"_s) == u"right first time %"_s);
    CHECK(CatalogueTerms::normalised(u"lower-is-better"_s) == u"lower is better"_s);
    CHECK(CatalogueTerms::normalised(u"Ｐ９０"_s) == u"p90"_s);
    CHECK(CatalogueTerms::normalised(u"处理时间（天）"_s) == u"处理时间 天"_s);
    CHECK(CatalogueTerms::normalised(u"\t"_s).isEmpty());
}

TEST_CASE("each basis word reads as its basis", "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, Basis>> words{
        {u"customer_expectation"_s, CE::CustomerExpectation},
        {u"Customer expectation"_s, CE::CustomerExpectation},
        {u"customer"_s, CE::CustomerExpectation},
        {u"customer expectations"_s, CE::CustomerExpectation},
        {u"  CUSTOMER   Expectations "_s, CE::CustomerExpectation},
        {u"客户期望"_s, CE::CustomerExpectation},
        {u"competition"_s, CE::Competition},
        {u"Competitors"_s, CE::Competition},
        {u"竞争对手"_s, CE::Competition},
        {u"capability"_s, CE::Capability},
        {u"Processing capability"_s, CE::Capability},
        {u"processing-capability"_s, CE::Capability},
        {u"current processing capability"_s, CE::Capability},
        {u"处理能力"_s, CE::Capability},
        {u"economics"_s, CE::Economics},
        {u"Economic"_s, CE::Economics},
        {u"经济性"_s, CE::Economics},
        // Several at once, as files and the window write them.
        {u"customer_expectation;economics"_s, CE::CustomerExpectation | CE::Economics},
        {u"Customer expectation and Economics"_s, CE::CustomerExpectation | CE::Economics},
        {u"customer, competitors ; capability"_s,
         CE::CustomerExpectation | CE::Competition | CE::Capability},
        {u"客户期望、处理能力"_s, CE::CustomerExpectation | CE::Capability},
        {u"客户期望；经济性"_s, CE::CustomerExpectation | CE::Economics},
        {u""_s, Basis()},
        {u" ; "_s, Basis()},
    };
    for (const auto &[word, basis] : words) {
        CAPTURE(word);
        CHECK(CatalogueTerms::basis(word) == std::optional<Basis>(basis));
    }
}

TEST_CASE("each metric word reads as its metric", "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, Metric>> words{
        {u"turnaround_days"_s, Metric::TurnaroundDays},
        {u"Turnaround (days)"_s, Metric::TurnaroundDays},
        {u"turnaround"_s, Metric::TurnaroundDays},
        {u"Turnaround Time"_s, Metric::TurnaroundDays},
        {u"处理时间（天）"_s, Metric::TurnaroundDays},
        {u"turnaround_hours"_s, Metric::TurnaroundHours},
        {u"Turnaround (hours)"_s, Metric::TurnaroundHours},
        {u"hours"_s, Metric::TurnaroundHours},
        {u"right_first_time_pct"_s, Metric::RightFirstTimePct},
        {u"Right first time (%)"_s, Metric::RightFirstTimePct},
        {u"right first time %"_s, Metric::RightFirstTimePct},
        {u"Right First Time"_s, Metric::RightFirstTimePct},
        {u"RFT"_s, Metric::RightFirstTimePct},
        {u"一次做对率"_s, Metric::RightFirstTimePct},
        {u"error_rate_pct"_s, Metric::ErrorRatePct},
        {u"Error rate (%)"_s, Metric::ErrorRatePct},
        {u"error rate"_s, Metric::ErrorRatePct},
        {u"差错率"_s, Metric::ErrorRatePct},
        {u"count_per_1000"_s, Metric::CountPer1000},
        {u"Count per 1,000 cases"_s, Metric::CountPer1000},
        {u"per 1000"_s, Metric::CountPer1000},
        {u"survey_score"_s, Metric::SurveyScore},
        {u"Survey score"_s, Metric::SurveyScore},
        {u"survey"_s, Metric::SurveyScore},
        {u"问卷得分"_s, Metric::SurveyScore},
        {u"audit_score"_s, Metric::AuditScore},
        {u"Audit score (%)"_s, Metric::AuditScore},
        {u"AUDIT"_s, Metric::AuditScore},
        {u"审核得分"_s, Metric::AuditScore},
    };
    for (const auto &[word, metric] : words) {
        CAPTURE(word);
        CHECK(CatalogueTerms::metric(word) == std::optional<Metric>(metric));
    }
}

TEST_CASE("each statistic word reads as its statistic", "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, Statistic>> words{
        {u"mean"_s, Statistic::mean()},
        {u"Mean"_s, Statistic::mean()},
        {u"average"_s, Statistic::mean()},
        {u"AVG"_s, Statistic::mean()},
        {u"平均"_s, Statistic::mean()},
        {u"平均值"_s, Statistic::mean()},
        {u"median"_s, Statistic::median()},
        {u" Median "_s, Statistic::median()},
        {u"中位数"_s, Statistic::median()},
        {u"p90"_s, Statistic::percentile(90)},
        {u"P90"_s, Statistic::percentile(90)},
        {u"90th percentile"_s, Statistic::percentile(90)},
        {u"90th Percentile"_s, Statistic::percentile(90)},
        {u"percentile 90"_s, Statistic::percentile(90)},
        {u"90%ile"_s, Statistic::percentile(90)},
        {u"p 95"_s, Statistic::percentile(95)},
        {u"1st percentile"_s, Statistic::percentile(1)},
        {u"第90百分位"_s, Statistic::percentile(90)},
        {u"75分位数"_s, Statistic::percentile(75)},
        {u"within:5"_s, Statistic::shareWithin(5)},
        {u"% within 5 days"_s, Statistic::shareWithin(5)},
        {u"within 5 days"_s, Statistic::shareWithin(5)},
        {u"share within 5"_s, Statistic::shareWithin(5)},
        {u"Share done within 5 days"_s, Statistic::shareWithin(5)},
        {u"% done within 2 days"_s, Statistic::shareWithin(2)},
        {u"percent within 1 day"_s, Statistic::shareWithin(1)},
        {u"within 2.5 days"_s, Statistic::shareWithin(2.5)},
        {u"5天内完成率"_s, Statistic::shareWithin(5)},
    };
    for (const auto &[word, statistic] : words) {
        CAPTURE(word);
        CHECK(CatalogueTerms::statistic(word) == std::optional<Statistic>(statistic));
    }
}

TEST_CASE("a statistic word with a parameter out of range is refused", "[import][catalogueterms]")
{
    for (const QString &word :
         {u"p100"_s, u"p0"_s, u"100th percentile"_s, u"within:0"_s, u"within 0 days"_s,
          u"percentile"_s, u"within days"_s, u"mode"_s, u"p9x"_s}) {
        CAPTURE(word);
        CHECK_FALSE(CatalogueTerms::statistic(word));
    }
}

TEST_CASE("each direction word reads as its direction", "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, Direction>> words{
        {u"lower"_s, Direction::LowerIsBetter},
        {u"Lower is better"_s, Direction::LowerIsBetter},
        {u"LOWER_IS_BETTER"_s, Direction::LowerIsBetter},
        {u"down"_s, Direction::LowerIsBetter},
        {u"smaller is better"_s, Direction::LowerIsBetter},
        {u"越低越好"_s, Direction::LowerIsBetter},
        {u"higher"_s, Direction::HigherIsBetter},
        {u"Higher is better"_s, Direction::HigherIsBetter},
        {u"up"_s, Direction::HigherIsBetter},
        {u"bigger is better"_s, Direction::HigherIsBetter},
        {u"越高越好"_s, Direction::HigherIsBetter},
    };
    for (const auto &[word, direction] : words) {
        CAPTURE(word);
        CHECK(CatalogueTerms::direction(word) == std::optional<Direction>(direction));
    }
}

TEST_CASE("a known way of writing a unit reads as the unit, any other unit is kept",
          "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, QString>> words{
        {u"days"_s, u"days"_s},
        {u"Day"_s, u"days"_s},
        {u"d"_s, u"days"_s},
        {u"天"_s, u"days"_s},
        {u"hours"_s, u"hours"_s},
        {u"H"_s, u"hours"_s},
        {u"hrs"_s, u"hours"_s},
        {u"小时"_s, u"hours"_s},
        {u"%"_s, u"%"_s},
        {u"percent"_s, u"%"_s},
        {u"PCT"_s, u"%"_s},
        {u"％"_s, u"%"_s},
        {u"points"_s, u"points"_s},
        {u"pts"_s, u"points"_s},
        {u"per 1000"_s, u"per 1,000"_s},
        // A unit is free text: what is not a known spelling stays as written.
        {u"per 1,000 statements"_s, u"per 1,000 statements"_s},
        {u" calls "_s, u"calls"_s},
    };
    for (const auto &[word, unit] : words) {
        CAPTURE(word);
        CHECK(CatalogueTerms::unit(word) == unit);
    }
}

TEST_CASE("a reference dimension reads as its key and English name in any of its names",
          "[import][catalogueterms]")
{
    const std::vector<std::pair<QString, QString>> words{
        {u"timeliness"_s, u"timeliness"_s},   {u"Timeliness"_s, u"timeliness"_s},
        {u" TIMELINESS "_s, u"timeliness"_s}, {u"及时性"_s, u"timeliness"_s},
        {u"准确性"_s, u"accuracy"_s},         {u"响应性"_s, u"responsiveness"_s},
        {u"可靠性"_s, u"reliability"_s},      {u"保证性"_s, u"assurance"_s},
        {u"移情性"_s, u"empathy"_s},          {u"有形性"_s, u"tangibles"_s},
        {u"Tangibles"_s, u"tangibles"_s},
    };
    for (const auto &[word, key] : words) {
        CAPTURE(word);
        const CatalogueTerms::DimensionTerm term = CatalogueTerms::dimension(word);
        CHECK(term.key == key);
        CHECK(term.name == key.at(0).toUpper() + key.mid(1));
    }
    SECTION("any other dimension keys by its normalised name")
    {
        const CatalogueTerms::DimensionTerm byName =
            CatalogueTerms::dimension(u"customer  satisfaction"_s);
        CHECK(byName.key == u"customer_satisfaction"_s);
        CHECK(byName.name == u"Customer satisfaction"_s);
        const CatalogueTerms::DimensionTerm byKey =
            CatalogueTerms::dimension(u"Customer_Satisfaction"_s);
        CHECK(byKey.key == u"customer_satisfaction"_s);
        CHECK(byKey.name == u"Customer Satisfaction"_s);
    }
}

TEST_CASE("each refusal lists the words to use, and those words are accepted",
          "[import][catalogueterms]")
{
    CHECK(CatalogueTerms::basisRefusal(u"cheapness"_s) ==
          u"\"cheapness\" is not a basis; use one or more of: customer expectation, competition, "
          "processing capability, economics (separated by ;)"_s);
    for (const QString &word : {u"customer expectation"_s, u"competition"_s,
                                u"processing capability"_s, u"economics"_s}) {
        CAPTURE(word);
        CHECK(CatalogueTerms::basis(word));
    }

    CHECK(CatalogueTerms::metricRefusal(u"furlongs"_s) ==
          u"\"furlongs\" is not a metric; use one of: turnaround (days), turnaround (hours), "
          "right first time (%), error rate (%), count per 1,000 cases, survey score, "
          "audit score (%)"_s);
    for (const QString &word :
         {u"turnaround (days)"_s, u"turnaround (hours)"_s, u"right first time (%)"_s,
          u"error rate (%)"_s, u"count per 1,000 cases"_s, u"survey score"_s,
          u"audit score (%)"_s}) {
        CAPTURE(word);
        CHECK(CatalogueTerms::metric(word));
    }

    CHECK(CatalogueTerms::statisticRefusal(u"mode"_s) ==
          u"\"mode\" is not a statistic; use one of: mean, median, p90 (a percentile from 1 to "
          "99), % within 5 days (any number of days above 0)"_s);
    for (const QString &word : {u"mean"_s, u"median"_s, u"p90"_s, u"% within 5 days"_s}) {
        CAPTURE(word);
        CHECK(CatalogueTerms::statistic(word));
    }

    CHECK(CatalogueTerms::directionRefusal(u"sideways"_s) ==
          u"\"sideways\" is not a direction; use one of: lower is better, higher is better"_s);
    CHECK(CatalogueTerms::direction(u"lower is better"_s));
    CHECK(CatalogueTerms::direction(u"higher is better"_s));
}

TEST_CASE("unknown catalogue words are refused", "[import][catalogueterms]")
{
    CHECK_FALSE(CatalogueTerms::basis(u"cheapness"_s));
    CHECK_FALSE(CatalogueTerms::basis(u"customer;cheapness"_s)); // one bad part spoils the cell
    CHECK_FALSE(CatalogueTerms::metric(u"turnaround_weeks"_s));
    CHECK_FALSE(CatalogueTerms::metric(u""_s));
    CHECK_FALSE(CatalogueTerms::direction(u"sideways"_s));
    CHECK_FALSE(CatalogueTerms::direction(u"better"_s));
}
