// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/scorecard.h"
#include "analysis/thinperiod.h"
#include "catchqt.h"
#include "io/scorecardexporter.h"
#include "itemmodels/compliancetext.h"
#include "itemmodels/scorecardmodel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

using Counts = std::vector<std::optional<qint64>>;

// Lower is better, mean days, target 15, threshold 20.
Standard meanDays()
{
    Standard s;
    s.id = 1;
    s.code = QStringLiteral("STD-1");
    s.title = QStringLiteral("Standard 1");
    s.serviceId = 1;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2023, 1, 1), 15, 20, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

// One measurement a month from January 2024 with its sample size.
ComplianceData monthly(const Standard &s, const std::vector<std::pair<double, qint64>> &values)
{
    ComplianceData data;
    data.standards = {s};
    QDate month(2024, 1, 1);
    for (const auto &[value, size] : values) {
        const QDate end = month.addMonths(1).addDays(-1);
        data.measurementsByStandard[s.id].append(
            {0, s.id, month, end, value, size, QStringLiteral("test")});
        if (!data.earliestDataDay.isValid())
            data.earliestDataDay = end;
        data.latestDataDay = end;
        month = month.addMonths(1);
    }
    return data;
}

} // namespace

TEST_CASE("a period below a quarter of the median of the twelve before it is thin", "[thin]")
{
    // Twelve earlier counts; sorted 900 950 980 1000 1020 1030 1050 1060 1080
    // 1100 1200 1300: median (1030 + 1050) / 2 = 1040; a quarter is 260.
    const Counts usual = {1000, 1050, 980, 1100, 1020, 1300, 900, 1060, 950, 1080, 1200, 1030};
    const auto thin = thinPeriod(12, usual);
    REQUIRE(thin);
    CHECK(thin->count == 12);
    CHECK(thin->usual == Approx(1040.0));
    CHECK(thinPeriod(259, usual));       // 259 < 260
    CHECK_FALSE(thinPeriod(260, usual)); // 260 is a quarter, not below it
    CHECK_FALSE(thinPeriod(1040, usual));
}

TEST_CASE("only the last twelve earlier periods with a count make the usual", "[thin]")
{
    // A thirteenth, older count of 100000 is not read; periods without data
    // (nullopt, 0) are left out: the usual of 400, 600, 500 is the median 500.
    const Counts counts = {100000,       std::nullopt, 0,
                           400,          std::nullopt, 600,
                           500,          std::nullopt, std::nullopt,
                           std::nullopt, std::nullopt, std::nullopt,
                           std::nullopt};
    REQUIRE(counts.size() == 13);
    const auto thin = thinPeriod(100, counts); // 100 < 125
    REQUIRE(thin);
    CHECK(thin->usual == Approx(500.0));
    CHECK_FALSE(thinPeriod(125, counts));
}

TEST_CASE("without three earlier counts or a count of its own nothing is thin", "[thin]")
{
    CHECK_FALSE(thinPeriod(1, Counts{1000, 1000}));
    CHECK_FALSE(thinPeriod(std::nullopt, Counts{1000, 1000, 1000}));
    CHECK_FALSE(thinPeriod(0, Counts{1000, 1000, 1000}));
    CHECK(thinPeriod(1, Counts{1000, 1000, 1000}));
}

TEST_CASE("the scorecard flags a thin month and leaves thin months out of the trend", "[thin]")
{
    // January to November 2024: 16 days from 1,000 cases each; December 2024:
    // 10 days from 12 cases. December's usual is the median of eleven 1,000s.
    std::vector<std::pair<double, qint64>> values(11, {16.0, 1000});
    values.push_back({10.0, 12});
    const ComplianceData data = monthly(meanDays(), values);
    ScorecardRequest request;
    request.at = QDate(2024, 12, 15);
    const Scorecard card = computeScorecard(data, request);
    REQUIRE(card.rows.size() == 1);
    const ScorecardRow &row = card.rows.constFirst();
    REQUIRE(row.thin);
    CHECK(row.thin->count == 12);
    CHECK(row.thin->usual == Approx(1000.0));
    // Its status still stands (10 <= 15: met); whoever shows it says it is thin.
    CHECK(row.current.status == ComplianceStatus::Met);
    // Without December the window July..December holds five values: too few
    // for a trend word (with December's 10 the fit would have called it
    // improving: change = 30/7, see below).
    CHECK(row.thinInTrendWindow == 1);
    CHECK(row.trend == Trend::TooFewPeriods);

    // November is not thin: its usual is ten 1,000s.
    request.at = QDate(2024, 11, 15);
    const ScorecardRow november = computeScorecard(data, request).rows.constFirst();
    CHECK_FALSE(november.thin);
    CHECK(november.thinInTrendWindow == 0);
    CHECK(november.trend == Trend::Steady); // six 16s: change 0
}

TEST_CASE("a month of ordinary volume keeps its trend word", "[thin]")
{
    // Same, but December holds 900 cases: not thin (900 >= 250). The window
    // July..December is 16, 16, 16, 16, 16, 10: mean x 2.5, mean y 15;
    // sum (x - 2.5)(y - 15) = (-2.5 - 1.5 - 0.5 + 0.5 + 1.5)(1) + 2.5(-5) = -15;
    // sum (x - 2.5)^2 = 17.5; slope -6/7, change over 5: -30/7: improving.
    std::vector<std::pair<double, qint64>> values(11, {16.0, 1000});
    values.push_back({10.0, 900});
    ScorecardRequest request;
    request.at = QDate(2024, 12, 15);
    const ScorecardRow row =
        computeScorecard(monthly(meanDays(), values), request).rows.constFirst();
    CHECK_FALSE(row.thin);
    REQUIRE(row.trendChange);
    CHECK(*row.trendChange == Approx(-30.0 / 7.0));
    CHECK(row.trend == Trend::Improving);
}

TEST_CASE("a thin month is said in words and exported with its usual count", "[thin]")
{
    // As above: December's 12 cases against a usual of 1,000.
    std::vector<std::pair<double, qint64>> values(11, {16.0, 1000});
    values.push_back({10.0, 12});
    ScorecardRequest request;
    request.at = QDate(2024, 12, 15);
    const QList<ScorecardRow> rows = computeScorecard(monthly(meanDays(), values), request).rows;
    REQUIRE(rows.size() == 1);
    REQUIRE(rows.constFirst().thin);
    CHECK(ComplianceText::thinPeriod(PeriodKind::Month, *rows.constFirst().thin) ==
          QStringLiteral("Thin month: 12 cases against a usual 1,000"));
    CHECK(ComplianceText::thinPeriod(PeriodKind::Week, ThinPeriod{3, 1040.5}) ==
          QStringLiteral("Thin week: 3 cases against a usual 1,041")); // rounded half up

    const ScorecardExporter exporter(ReferenceData(), PeriodKind::Month);
    const QList<QByteArray> lines = exporter.toCsv(rows).trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).trimmed().endsWith(",usual_n"));
    CHECK(lines.at(1).trimmed().endsWith(",1000"));
    const QJsonObject json = exporter.toJsonArray(rows).at(0).toObject();
    CHECK(json.value(QStringLiteral("usual_n")).toDouble() == 1000);
    CHECK(json.value(QStringLiteral("n")).toInt() == 12);
    CHECK(json.value(QStringLiteral("trend")).toString() == QStringLiteral("too_few_periods"));
}

TEST_CASE("the scorecard model says a status rests on a thin month", "[thin][itemmodels]")
{
    std::vector<std::pair<double, qint64>> values(11, {16.0, 1000});
    values.push_back({10.0, 12});
    ScorecardRequest request;
    request.at = QDate(2024, 12, 15);
    ScorecardModel model;
    model.setScorecard(computeScorecard(monthly(meanDays(), values), request), ReferenceData());
    REQUIRE(model.rowCount() == 1);
    using M = ScorecardModel;
    CHECK(model.index(0, M::StatusColumn).data() == QStringLiteral("Met (thin)"));
    CHECK(model.index(0, M::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Thin month: 12 cases against a usual 1,000.")));
    // July..November have values, December is left out as thin: five of six.
    CHECK(model.index(0, M::TrendColumn).data() == QStringLiteral("Too few periods"));
    CHECK(model.index(0, M::TrendColumn).data(Qt::ToolTipRole) ==
          QStringLiteral("Too few periods: a trend is called from 6 periods with values; 5 of "
                         "the last 6 months had one (thin periods left out: 1)."));
}
