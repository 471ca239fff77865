// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "itemmodels/departmentsummarymodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/scorecardmodel.h"
#include "testsupport.h"
#include "workbench/dashboardsnapshot.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace Yardstick;

namespace {

using Testing::ModelComplaints;

enum : qint64
{
    App = 1,
    Rep = 2,
    NewAccounts = 1,
    CardServices = 2,
    Timeliness = 1,
};

Standard standard(qint64 id, const char *code, qint64 service, qint64 department,
                  Direction direction, double target, double threshold, const char *unit)
{
    Standard s;
    s.id = id;
    s.code = QLatin1String(code);
    s.title = QStringLiteral("Standard ") + s.code;
    s.serviceId = service;
    s.departmentId = department;
    s.dimensionId = Timeliness;
    s.direction = direction;
    s.metric =
        direction == Direction::LowerIsBetter ? Metric::TurnaroundDays : Metric::RightFirstTimePct;
    s.unit = QLatin1String(unit);
    s.revisions = {{QDate(2024, 1, 1), target, threshold, QStringLiteral("set"), {}, {}, {}}};
    return s;
}

// Monthly values for January to June 2025.
QList<Measurement> months(qint64 standardId, const QList<double> &values,
                          std::optional<int> size = std::nullopt)
{
    QList<Measurement> list;
    for (int i = 0; i < values.size(); ++i) {
        const QDate start(2025, i + 1, 1);
        list.append({0, standardId, start, start.addMonths(1).addDays(-1), values.at(i), size,
                     QStringLiteral("test")});
    }
    return list;
}

// June 2025, worked out by hand from the rules in compliancestatus.h:
//   APP-T-01 lower is better, target 15, threshold 20: 14 <= 15, met; it fell
//            from 20 over the half-year, improving; met only in June.
//   APP-T-02 the same rule at a constant 18: between 15 and 20, at risk; steady.
//   REP-Q-01 higher is better, target 95, threshold 90: 85 < 90, breached; it
//            fell from 92, worsening.
//   REP-S-01 a survey score nobody measured: no data, and no values for a
//            trend word (too few periods: none of the six has a value).
ComplianceData handBuiltData()
{
    ComplianceData data;
    data.standards = {
        standard(11, "APP-T-01", App, NewAccounts, Direction::LowerIsBetter, 15, 20, "days"),
        standard(12, "APP-T-02", App, NewAccounts, Direction::LowerIsBetter, 15, 20, "days"),
        standard(13, "REP-Q-01", Rep, CardServices, Direction::HigherIsBetter, 95, 90, "%"),
        standard(14, "REP-S-01", Rep, CardServices, Direction::HigherIsBetter, 4, 3.5, "points"),
    };
    data.standards[3].metric = Metric::SurveyScore;
    data.measurementsByStandard.insert(11, months(11, {20, 19, 18, 17, 16, 14}, 100));
    data.measurementsByStandard.insert(12, months(12, {18, 18, 18, 18, 18, 18}));
    data.measurementsByStandard.insert(13, months(13, {92, 91, 90, 89, 87, 85}));
    data.earliestDataDay = QDate(2025, 1, 31);
    data.latestDataDay = QDate(2025, 6, 30);
    return data;
}

ReferenceData reference()
{
    ReferenceData r;
    r.services = {{App, QStringLiteral("APP"), QStringLiteral("Application processing"), {}},
                  {Rep, QStringLiteral("REP"), QStringLiteral("Card replacement"), {}}};
    r.departments = {{NewAccounts, QStringLiteral("NA"), QStringLiteral("New Accounts")},
                     {CardServices, QStringLiteral("CS"), QStringLiteral("Card Services")}};
    r.dimensions = {{Timeliness, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true,
                     std::nullopt}};
    return r;
}

Scorecard monthly()
{
    return computeScorecard(handBuiltData(), {PeriodKind::Month, QDate(), std::nullopt});
}

QStringList column(const QAbstractItemModel &model, int column, int role,
                   const QModelIndex &parent = QModelIndex())
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values.append(model.index(row, column, parent).data(role).toString());
    return values;
}

} // namespace

TEST_CASE("the scorecard model shows each standard's status, value, trend and recent values",
          "[itemmodels][scorecard]")
{
    ModelComplaints complaints;
    ScorecardModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const Scorecard scorecard = monthly();
    REQUIRE(scorecard.period == Period{QDate(2025, 6, 1), QDate(2025, 6, 30)});
    model.setScorecard(scorecard, reference());

    REQUIRE(model.rowCount() == 4);
    using M = ScorecardModel;
    CHECK(column(model, M::CodeColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("APP-T-01"), QStringLiteral("APP-T-02"),
                      QStringLiteral("REP-Q-01"), QStringLiteral("REP-S-01")});
    CHECK(column(model, M::StatusColumn, ComplianceStatusRole) ==
          QStringList{QStringLiteral("met"), QStringLiteral("at_risk"), QStringLiteral("breached"),
                      QStringLiteral("no_data")});
    CHECK(column(model, M::TrendColumn, TrendRole) ==
          QStringList{QStringLiteral("improving"), QStringLiteral("steady"),
                      QStringLiteral("worsening"), QStringLiteral("too_few_periods")});
    CHECK(model.index(3, M::TrendColumn).data() == QStringLiteral("Too few periods"));
    CHECK(model.index(3, M::TrendColumn).data(Qt::ToolTipRole) ==
          QStringLiteral("Too few periods: a trend is called from 6 periods with values; 0 of "
                         "the last 6 months had one."));
    CHECK(model.index(0, M::StatusColumn).data() == QStringLiteral("Met"));
    CHECK(model.index(2, M::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("worse than the threshold")));
    // One decimal and the unit: 14 days reads "14.0 days".
    CHECK(model.index(0, M::ValueColumn).data() == QStringLiteral("14.0 days"));
    CHECK(model.index(0, M::ValueColumn).data(SortRole) == 14.0);
    CHECK(model.index(0, M::ValueColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("100 cases")));
    CHECK(model.index(2, M::ValueColumn).data() == QStringLiteral("85.0%"));
    CHECK(model.index(3, M::ValueColumn).data() == QStringLiteral("–"));
    // Targets and thresholds carry the unit too.
    CHECK(model.index(0, M::TargetColumn).data() == QStringLiteral("≤ 15 days"));
    CHECK(model.index(2, M::TargetColumn).data() == QStringLiteral("≥ 95%"));
    CHECK(model.index(2, M::ThresholdColumn).data() == QStringLiteral("≥ 90%"));
    CHECK(model.index(3, M::TargetColumn).data() == QStringLiteral("≥ 4 points"));
    // The dashboard's one cell for both: the unit once, after both numbers,
    // a percent sign on each; sorted by the target.
    CHECK(column(model, M::TargetThresholdColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("≤ 15 (≤ 20) days"), QStringLiteral("≤ 15 (≤ 20) days"),
                      QStringLiteral("≥ 95% (≥ 90%)"), QStringLiteral("≥ 4 (≥ 3.5) points")});
    CHECK(model.index(2, M::TargetThresholdColumn).data(SortRole) == 95.0);
    CHECK(model.index(0, M::TargetThresholdColumn).data(Qt::ToolTipRole) ==
          QStringLiteral("Target ≤ 15 days, threshold ≤ 20 days: worse than the target is at "
                         "risk, worse than the threshold breached."));
    CHECK(model.headerData(M::TargetThresholdColumn, Qt::Horizontal) ==
          QStringLiteral("Target (threshold)"));
    CHECK(model.index(0, M::MetColumn).data() == QStringLiteral("1 of 12"));
    CHECK(model.index(0, M::MetColumn).data(SortRole) == 1);
    CHECK(model.index(0, M::DepartmentColumn).data() == QStringLiteral("New Accounts"));
    CHECK(model.index(2, M::CodeColumn).data(StandardIdRole) == 13);
    // Worst first when sorted ascending by status.
    CHECK(model.index(2, M::StatusColumn).data(SortRole).toInt() <
          model.index(1, M::StatusColumn).data(SortRole).toInt());

    // July 2024 to June 2025: six months without data, then the six values.
    const QVariantList recent = model.index(0, M::RecentColumn).data(SparklineRole).toList();
    REQUIRE(recent.size() == Scorecard::kRecentPeriods);
    CHECK_FALSE(recent.at(0).isValid());
    CHECK_FALSE(recent.at(5).isValid());
    CHECK(recent.at(6) == 20.0);
    CHECK(recent.at(11) == 14.0);
    const QVariantList none = model.index(3, M::RecentColumn).data(SparklineRole).toList();
    CHECK(std::none_of(none.cbegin(), none.cend(), [](const QVariant &v) { return v.isValid(); }));
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the scorecard model groups, shows breached only and narrows to a department",
          "[itemmodels][scorecard]")
{
    ModelComplaints complaints;
    ScorecardModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setScorecard(monthly(), reference());
    using M = ScorecardModel;

    model.setBreachedOnly(true);
    CHECK(column(model, M::CodeColumn, Qt::DisplayRole) == QStringList{QStringLiteral("REP-Q-01")});
    model.setBreachedOnly(false);

    model.setGrouping(M::Grouping::Service);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex app = model.index(0, 0);
    CHECK(model.isGroup(app));
    CHECK(app.data() == QStringLiteral("Application processing — 1 of 2 met"));
    CHECK(app.data(ServiceIdRole) == qint64(App));
    CHECK(model.rowCount(app) == 2);
    CHECK(column(model, M::StatusColumn, ComplianceStatusRole, app) ==
          QStringList{QStringLiteral("met"), QStringLiteral("at_risk")});
    CHECK(model.index(1, 0).data() == QStringLiteral("Card replacement — 0 of 2 met"));
    CHECK(model.rowAt(app) == nullptr);
    const QModelIndex rep = model.indexOf(13);
    REQUIRE(rep.isValid());
    CHECK(rep.parent() == model.index(1, 0));
    CHECK(model.rowAt(rep)->standard.code == QStringLiteral("REP-Q-01"));

    // The group keeps counting all its standards; the one without a breach goes.
    model.setBreachedOnly(true);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data() == QStringLiteral("Card replacement — 0 of 2 met"));
    CHECK(model.rowCount(model.index(0, 0)) == 1);
    model.setBreachedOnly(false);

    model.setGrouping(M::Grouping::Department);
    CHECK(column(model, M::StatusColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("New Accounts — 1 of 2 met"),
                      QStringLiteral("Card Services — 0 of 2 met")});
    model.setGrouping(M::Grouping::Dimension);
    CHECK(column(model, M::StatusColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("Timeliness — 1 of 4 met")});

    model.setGrouping(M::Grouping::None);
    model.setDepartment(qint64(CardServices));
    CHECK(column(model, M::CodeColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("REP-Q-01"), QStringLiteral("REP-S-01")});
    CHECK_FALSE(model.indexOf(11).isValid());
    model.setDepartment(std::nullopt);
    CHECK(model.rowCount() == 4);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the department summary counts each department's standards by status",
          "[itemmodels][scorecard]")
{
    ModelComplaints complaints;
    DepartmentSummaryModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setScorecard(monthly(), reference());
    using D = DepartmentSummaryModel;

    REQUIRE(model.rowCount() == 3);
    CHECK(column(model, D::DepartmentColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("All departments"), QStringLiteral("New Accounts"),
                      QStringLiteral("Card Services")});
    auto counts = [&model](int row) {
        QList<int> values;
        for (int c = D::StandardsColumn; c <= D::NoDataColumn; ++c)
            values.append(model.index(row, c).data(SortRole).toInt());
        return values;
    };
    CHECK(counts(0) == QList<int>{4, 1, 1, 1, 1});
    CHECK(counts(1) == QList<int>{2, 1, 1, 0, 0});
    CHECK(counts(2) == QList<int>{2, 0, 0, 1, 1});
    CHECK(model.index(0, D::ShareMetColumn).data() == QStringLiteral("25.0%"));
    CHECK(model.index(1, D::ShareMetColumn).data() == QStringLiteral("50.0%"));
    CHECK(model.index(2, D::ShareMetColumn).data(SortRole) == 0.0);
    CHECK_FALSE(model.departmentAt(0));
    CHECK(model.departmentAt(2) == qint64(CardServices));
    CHECK(model.rowOf(qint64(NewAccounts)) == 1);
    CHECK(model.index(1, 0).data(DepartmentIdRole) == qint64(NewAccounts));

    model.setScorecard(Scorecard(), reference());
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, D::ShareMetColumn).data().toString().isEmpty());
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("scorecard values read by one rule per unit, whatever their target",
          "[itemmodels][scorecard][valueformat]")
{
    // Values near their targets used to grow digits ("1.99 days" beside "5.8
    // days", "15.04" against 15); now days are one decimal whatever the
    // target, and a long unit is shown, not dropped.
    ComplianceData data;
    data.standards = {
        standard(21, "A", App, NewAccounts, Direction::LowerIsBetter, 2, 3, "days"),
        standard(22, "B", App, NewAccounts, Direction::LowerIsBetter, 15, 20, "days"),
        standard(23, "C", App, NewAccounts, Direction::LowerIsBetter, 1, 2, "per 1,000 letters"),
        standard(24, "D", Rep, CardServices, Direction::HigherIsBetter, 99, 95, "%"),
    };
    data.measurementsByStandard.insert(21, months(21, {1.99}));
    data.measurementsByStandard.insert(22, months(22, {15.04}));
    data.measurementsByStandard.insert(23, months(23, {1.1}));
    data.measurementsByStandard.insert(24, months(24, {94}));
    data.earliestDataDay = QDate(2025, 1, 31);
    data.latestDataDay = QDate(2025, 1, 31);
    ScorecardModel model;
    model.setScorecard(computeScorecard(data, {PeriodKind::Month, QDate(), std::nullopt}),
                       reference());
    using M = ScorecardModel;
    REQUIRE(model.rowCount() == 4);
    // 1.99 to one decimal is 2.0; 15.04 is 15.0 (the status says breached).
    CHECK(column(model, M::ValueColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("2.0 days"), QStringLiteral("15.0 days"),
                      QStringLiteral("1.1 per 1,000 letters"), QStringLiteral("94.0%")});
    CHECK(column(model, M::TargetColumn, Qt::DisplayRole) ==
          QStringList{QStringLiteral("≤ 2 days"), QStringLiteral("≤ 15 days"),
                      QStringLiteral("≤ 1 per 1,000 letters"), QStringLiteral("≥ 99%")});
    CHECK(model.index(3, M::StatusColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Breached in 2025-01: 94.0% is worse than the threshold (≥ 95%)."));
}

TEST_CASE("complaints per 1,000 says no letters, a dash without cases, and 0.0 only when counted",
          "[itemmodels][scorecard][complaints]")
{
    // APP has 40 completed cases in January; REP none.
    ComplianceData data;
    data.standards = {
        standard(31, "A", App, NewAccounts, Direction::LowerIsBetter, 15, 20, "days"),
        standard(32, "B", App, NewAccounts, Direction::LowerIsBetter, 15, 20, "days"),
        standard(33, "C", Rep, CardServices, Direction::HigherIsBetter, 95, 90, "%"),
    };
    for (qint64 i = 0; i < 40; ++i) {
        CaseFact fact;
        fact.completedDay = qint32(QDate(2025, 1, 10).toJulianDay());
        data.completedCasesByService[App].push_back(fact);
    }
    data.measurementsByStandard.insert(31, months(31, {10}));
    data.measurementsByStandard.insert(32, months(32, {10}));
    data.measurementsByStandard.insert(33, months(33, {96}));
    data.earliestDataDay = QDate(2025, 1, 31);
    data.latestDataDay = QDate(2025, 1, 31);
    using M = ScorecardModel;
    ScorecardModel model;

    SECTION("without any linked letter every row says so, none reads 0.0")
    {
        model.setScorecard(computeScorecard(data, {PeriodKind::Month, QDate(), std::nullopt}),
                           reference());
        CHECK(column(model, M::ComplaintsColumn, Qt::DisplayRole) ==
              QStringList{QStringLiteral("no letters"), QStringLiteral("no letters"),
                          QStringLiteral("no letters")});
    }
    SECTION("with letters: the rate, a real zero, and a dash without cases")
    {
        // Two letters linked to A in January: 2 / 40 x 1,000 = 50.0. B has
        // none of the 40 cases' letters: a counted 0.0. C's service completed
        // no case: nothing to divide by.
        data.linkedComplaintDays.insert(31, {QDate(2025, 1, 5), QDate(2025, 1, 20)});
        model.setScorecard(computeScorecard(data, {PeriodKind::Month, QDate(), std::nullopt}),
                           reference());
        CHECK(column(model, M::ComplaintsColumn, Qt::DisplayRole) ==
              QStringList{QStringLiteral("50.0"), QStringLiteral("0.0"), QStringLiteral("–")});
    }
}

TEST_CASE("the period before a programme is the last one that ends before it starts",
          "[itemmodels][scorecard]")
{
    // Starting on the first of a month, the month before is whole.
    CHECK(lastFullPeriodBefore(PeriodKind::Month, QDate(2025, 3, 1)) ==
          Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
    // Starting mid-month, that month is partly after the start: the one before.
    CHECK(lastFullPeriodBefore(PeriodKind::Month, QDate(2025, 3, 10)) ==
          Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
    CHECK(lastFullPeriodBefore(PeriodKind::Quarter, QDate(2025, 5, 5)) ==
          Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});
    // 2025-03-05 is a Wednesday: the week before is Monday 24 Feb to Sunday 2 Mar.
    CHECK(lastFullPeriodBefore(PeriodKind::Week, QDate(2025, 3, 5)) ==
          Period{QDate(2025, 2, 24), QDate(2025, 3, 2)});
    CHECK_FALSE(lastFullPeriodBefore(PeriodKind::Month, QDate()).isValid());
}
