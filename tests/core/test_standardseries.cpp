// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/standardseries.h"
#include "catchqt.h"
#include "testsupport.h"
#include "workbench/compliancedataloader.h"

#include <optional>
#include <vector>

using namespace Yardstick;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

using Testing::caseRecord;
using Testing::moment;

constexpr qint64 kService = 1;
constexpr qint64 kDepartment = 1;

// A valid standard for hand-made ComplianceData (ids are the test's own).
Standard makeStandard(qint64 id, Metric metric, Statistic statistic, Direction direction,
                      double target, double threshold, QDate from = QDate(2024, 1, 1))
{
    Standard s;
    s.id = id;
    s.code = QStringLiteral("STD-%1").arg(id);
    s.title = QStringLiteral("Standard %1").arg(id);
    s.serviceId = kService;
    s.dimensionId = 1;
    s.departmentId = kDepartment;
    s.metric = metric;
    s.statistic = statistic;
    s.direction = direction;
    s.unit = QStringLiteral("days");
    s.revisions = {{from, target, threshold, QStringLiteral("first"), {}, {}, {}}};
    return s;
}

Standard lowerDays(qint64 id, Statistic statistic, double target, double threshold)
{
    return makeStandard(id, Metric::TurnaroundDays, statistic, Direction::LowerIsBetter, target,
                        threshold);
}

// A completed case as the loader would give it: turnaround `days`, completed on
// `completed`, received `days` whole days earlier.
CaseFact completedCase(QDate completed, double days, qint8 rightFirstTime = -1)
{
    CaseFact f;
    f.calendarDays = days;
    f.receivedDay = qint32(completed.addDays(-qint64(days)).toJulianDay());
    f.completedDay = qint32(completed.toJulianDay());
    f.rightFirstTime = rightFirstTime;
    return f;
}

ComplianceData caseData(const Standard &standard, std::vector<CaseFact> facts)
{
    ComplianceData data;
    data.standards = {standard};
    data.completedCasesByService.insert(standard.serviceId, std::move(facts));
    return data;
}

Measurement measurement(qint64 standardId, QDate start, QDate end, double value,
                        std::optional<int> sampleSize = std::nullopt)
{
    return {0, standardId, start, end, value, sampleSize, QStringLiteral("test")};
}

// One measurement per month from `firstMonth` on; nullopt leaves a month out.
void addMonthly(ComplianceData &data, const Standard &standard, QDate firstMonth,
                const std::vector<std::optional<double>> &values)
{
    QDate month = firstMonth;
    for (const std::optional<double> &value : values) {
        if (value)
            data.measurementsByStandard[standard.id].append(
                measurement(standard.id, month, month.addMonths(1).addDays(-1), *value));
        month = month.addMonths(1);
    }
}

Period month(int year, int m)
{
    const QDate start(year, m, 1);
    return {start, start.addMonths(1).addDays(-1)};
}

QList<Period> months(int year, int first, int last)
{
    return periodsBetween(PeriodKind::Month, QDate(year, first, 1), QDate(year, last, 1));
}

void insertCases(Workbench &workbench, QList<CaseRecord> cases)
{
    const StorageResult stored = workbench.cases().insertMany(cases);
    INFO(stored.error().toStdString());
    REQUIRE(stored.ok());
}

void addStandard(Workbench &workbench, Standard &standard)
{
    const ValidationIssues issues = workbench.catalogue().add(standard);
    INFO(messagesOf(issues).join(QStringLiteral("; ")).toStdString());
    REQUIRE(issues.isEmpty());
}

} // namespace

TEST_CASE("value source keys", "[compliance]")
{
    CHECK(valueSourceKey(ValueSource::Measurements) == QStringLiteral("measurements"));
    CHECK(valueSourceKey(ValueSource::Cases) == QStringLiteral("cases"));
    CHECK(valueSourceKey(ValueSource::None) == QStringLiteral("none"));
}

TEST_CASE("periodsBetween lists consecutive weeks, months and quarters", "[compliance]")
{
    SECTION("ISO weeks, Monday to Sunday, across a year end")
    {
        // 2024-12-31 is a Tuesday: its week runs Mon 2024-12-30 .. Sun 2025-01-05.
        // 2025-01-13 is a Monday: the last week is 2025-01-13 .. 2025-01-19. Three weeks.
        const QList<Period> weeks =
            periodsBetween(PeriodKind::Week, QDate(2024, 12, 31), QDate(2025, 1, 13));
        REQUIRE(weeks.size() == 3);
        CHECK(weeks.at(0) == Period{QDate(2024, 12, 30), QDate(2025, 1, 5)});
        CHECK(weeks.at(1) == Period{QDate(2025, 1, 6), QDate(2025, 1, 12)});
        CHECK(weeks.at(2) == Period{QDate(2025, 1, 13), QDate(2025, 1, 19)});
        for (const Period &p : weeks) {
            CHECK(p.start.dayOfWeek() == 1);
            CHECK(p.end.dayOfWeek() == 7);
        }
    }
    SECTION("calendar months, leap February included")
    {
        // 2024-01-31 .. 2024-03-01: January, February (29 days in 2024), March.
        const QList<Period> ms =
            periodsBetween(PeriodKind::Month, QDate(2024, 1, 31), QDate(2024, 3, 1));
        REQUIRE(ms.size() == 3);
        CHECK(ms.at(0) == Period{QDate(2024, 1, 1), QDate(2024, 1, 31)});
        CHECK(ms.at(1) == Period{QDate(2024, 2, 1), QDate(2024, 2, 29)});
        CHECK(ms.at(2) == Period{QDate(2024, 3, 1), QDate(2024, 3, 31)});
    }
    SECTION("calendar quarters")
    {
        // 2024-11-15 is in Q4 2024, 2025-04-01 opens Q2 2025: Q4, Q1, Q2.
        const QList<Period> qs =
            periodsBetween(PeriodKind::Quarter, QDate(2024, 11, 15), QDate(2025, 4, 1));
        REQUIRE(qs.size() == 3);
        CHECK(qs.at(0) == Period{QDate(2024, 10, 1), QDate(2024, 12, 31)});
        CHECK(qs.at(1) == Period{QDate(2025, 1, 1), QDate(2025, 3, 31)});
        CHECK(qs.at(2) == Period{QDate(2025, 4, 1), QDate(2025, 6, 30)});
    }
    SECTION("one day gives its own period; reversed or invalid bounds give none")
    {
        const QList<Period> one =
            periodsBetween(PeriodKind::Month, QDate(2025, 2, 14), QDate(2025, 2, 14));
        REQUIRE(one.size() == 1);
        CHECK(one.constFirst() == Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
        CHECK(periodsBetween(PeriodKind::Month, QDate(2025, 3, 1), QDate(2025, 2, 1)).isEmpty());
        CHECK(periodsBetween(PeriodKind::Week, QDate(), QDate(2025, 2, 1)).isEmpty());
        CHECK(periodsBetween(PeriodKind::Week, QDate(2025, 2, 1), QDate()).isEmpty());
    }
}

TEST_CASE("a case counts in the ISO week, month or quarter of its completion", "[compliance]")
{
    const Standard s = lowerDays(1, Statistic::mean(), 15, 20);

    SECTION("weeks run Monday to Sunday")
    {
        // Sun 2025-01-05 closes week 2024-12-30..2025-01-05; Mon 2025-01-06 and Sun
        // 2025-01-12 are in the next week. Sun 2024-12-29 and Mon 2025-01-13 are in
        // neither listed week and are left out.
        const ComplianceData data = caseData(
            s, {completedCase(QDate(2025, 1, 5), 1), completedCase(QDate(2025, 1, 6), 2),
                completedCase(QDate(2025, 1, 12), 4), completedCase(QDate(2024, 12, 29), 30),
                completedCase(QDate(2025, 1, 13), 30)});
        const QList<PeriodValue> series = standardSeries(
            s, data, periodsBetween(PeriodKind::Week, QDate(2024, 12, 30), QDate(2025, 1, 12)));
        REQUIRE(series.size() == 2);
        CHECK(*series.at(0).n == 1);
        CHECK(*series.at(0).value == Approx(1.0)); // {1}
        CHECK(*series.at(1).n == 2);
        CHECK(*series.at(1).value == Approx(3.0)); // {2, 4}: 6 / 2
    }
    SECTION("months")
    {
        // 2025-01-31 is January's last day, 2025-02-01 February's first.
        const ComplianceData data =
            caseData(s, {completedCase(QDate(2025, 1, 31), 6), completedCase(QDate(2025, 2, 1), 8),
                         completedCase(QDate(2025, 2, 28), 12)});
        const QList<PeriodValue> series = standardSeries(s, data, months(2025, 1, 2));
        REQUIRE(series.size() == 2);
        CHECK(series.at(0).period == month(2025, 1));
        CHECK(*series.at(0).n == 1);
        CHECK(*series.at(0).value == Approx(6.0)); // {6}
        CHECK(*series.at(1).n == 2);
        CHECK(*series.at(1).value == Approx(10.0)); // {8, 12}: 20 / 2
    }
    SECTION("quarters")
    {
        // 2025-03-31 closes Q1; 2025-04-01 and 2025-06-30 are in Q2.
        const ComplianceData data =
            caseData(s, {completedCase(QDate(2025, 3, 31), 3), completedCase(QDate(2025, 4, 1), 5),
                         completedCase(QDate(2025, 6, 30), 10)});
        const QList<PeriodValue> series = standardSeries(
            s, data, periodsBetween(PeriodKind::Quarter, QDate(2025, 1, 1), QDate(2025, 6, 30)));
        REQUIRE(series.size() == 2);
        CHECK(*series.at(0).n == 1);
        CHECK(*series.at(0).value == Approx(3.0)); // {3}
        CHECK(*series.at(1).n == 2);
        CHECK(*series.at(1).value == Approx(7.5)); // {5, 10}: 15 / 2
    }
}

TEST_CASE("a stored case is filed under its completion date as written", "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01")); // mean, 15 / 20
    addStandard(wb, s);
    insertCases(wb,
                {// 08:00 to 23:30 on 2025-01-31 at -05:00: 15.5 h = 0.6458333 days. January as
                 // written, although 23:30-05:00 is 2025-02-01T04:30Z.
                 caseRecord(c.serviceId, QStringLiteral("A"), u"2025-01-31T08:00:00-05:00",
                            u"2025-01-31T23:30:00-05:00"),
                 // 10:00 on 01-31 to 01:00 on 02-01 at +09:00: 15 h = 0.625 days. February as
                 // written, although 01:00+09:00 is 2025-01-31T16:00Z.
                 caseRecord(c.serviceId, QStringLiteral("B"), u"2025-01-31T10:00:00+09:00",
                            u"2025-02-01T01:00:00+09:00"),
                 // Dates only: 2025-01-02 to 2025-01-06 = 4 days, January.
                 caseRecord(c.serviceId, QStringLiteral("C"), u"2025-01-02", u"2025-01-06"),
                 // Still open: ignored everywhere.
                 caseRecord(c.serviceId, QStringLiteral("D"), u"2025-01-03", {})});

    const ComplianceData data = ComplianceDataLoader::load(wb);
    // Completions as written: 2025-01-06, 2025-01-31, 2025-02-01.
    CHECK(data.earliestDataDay == QDate(2025, 1, 6));
    CHECK(data.latestDataDay == QDate(2025, 2, 1));
    REQUIRE(data.completedCasesByService.value(c.serviceId).size() == 3);
    CHECK(valueSourceOf(s, data) == ValueSource::Cases);

    const QList<PeriodValue> series = standardSeries(s, data, months(2025, 1, 2));
    REQUIRE(series.size() == 2);
    // January {4, 0.6458333}: mean 4.6458333 / 2 = 2.3229167.
    CHECK(*series.at(0).n == 2);
    CHECK(*series.at(0).value == Approx(2.3229167));
    // February {0.625}.
    CHECK(*series.at(1).n == 1);
    CHECK(*series.at(1).value == Approx(0.625));
    CHECK(series.at(0).status == ComplianceStatus::Met); // 2.32 <= 15
}

TEST_CASE("turnaround: whole days for dates, fractional days for date-times, hours x 24",
          "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard days = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01")); // mean days
    Standard median = Testing::turnaroundStandard(c, QStringLiteral("APP-T-02"));
    median.statistic = Statistic::median();
    Standard hours = Testing::turnaroundStandard(c, QStringLiteral("APP-H-01"));
    hours.metric = Metric::TurnaroundHours;
    hours.unit = QStringLiteral("hours");
    hours.revisions = {{QDate(2024, 1, 1), 48, 72, QStringLiteral("first"), {}, {}, {}}};
    addStandard(wb, days);
    addStandard(wb, median);
    addStandard(wb, hours);

    insertCases(wb, {// Same day, dates only: 0 days.
                     caseRecord(c.serviceId, QStringLiteral("1"), u"2025-03-03", u"2025-03-03"),
                     // Dates only, a week apart: 7 days.
                     caseRecord(c.serviceId, QStringLiteral("2"), u"2025-03-03", u"2025-03-10"),
                     // 22:00+02:00 = 20:00Z on 03-03 to 08:00Z on 03-04: 12 h = 0.5 days.
                     caseRecord(c.serviceId, QStringLiteral("3"), u"2025-03-03T22:00:00+02:00",
                                u"2025-03-04T08:00:00Z"),
                     // 18:00-06:00 on 03-05 = 03-06T00:00Z; 12:00+12:00 on 03-07 =
                     // 03-07T00:00Z: exactly 1 day (the wall clocks differ by 42 h).
                     caseRecord(c.serviceId, QStringLiteral("4"), u"2025-03-05T18:00:00-06:00",
                                u"2025-03-07T12:00:00+12:00")});
    const ComplianceData data = ComplianceDataLoader::load(wb);
    const QList<Period> march = months(2025, 3, 3);

    // Turnarounds {0, 7, 0.5, 1} days.
    const PeriodValue mean = standardSeries(days, data, march).constFirst();
    CHECK(*mean.n == 4);
    CHECK(*mean.value == Approx(2.125)); // 8.5 / 4
    // Sorted {0, 0.5, 1, 7}: median (0.5 + 1) / 2 = 0.75.
    CHECK(*standardSeries(median, data, march).constFirst().value == Approx(0.75));
    // Hours: {0, 168, 12, 24}, mean 204 / 4 = 51 = 2.125 x 24; 51 > 48 target, <= 72.
    const PeriodValue inHours = standardSeries(hours, data, march).constFirst();
    CHECK(*inHours.value == Approx(51.0));
    CHECK(inHours.status == ComplianceStatus::AtRisk);
}

TEST_CASE("business-day standards skip weekends and the workbench's holidays", "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    REQUIRE(wb.holidays().put({QDate(2025, 4, 18), QStringLiteral("Good Friday")}).ok());

    Standard business = Testing::turnaroundStandard(c, QStringLiteral("APP-B-01"));
    business.dayBasis = DayBasis::Business;
    business.revisions = {{QDate(2024, 1, 1), 2, 3, QStringLiteral("first"), {}, {}, {}}};
    Standard calendar = business;
    calendar.code = QStringLiteral("APP-C-01");
    calendar.dayBasis = DayBasis::Calendar;
    Standard businessWithin = business;
    businessWithin.code = QStringLiteral("APP-B-02");
    businessWithin.statistic = Statistic::shareWithin(1);
    businessWithin.direction = Direction::HigherIsBetter;
    businessWithin.unit = QStringLiteral("%");
    businessWithin.revisions = {{QDate(2024, 1, 1), 90, 75, QStringLiteral("first"), {}, {}, {}}};
    addStandard(wb, business);
    addStandard(wb, calendar);
    addStandard(wb, businessWithin);

    insertCases(wb, {// Fri 04-11 to Mon 04-14: business days in (11, 14] = {Mon} = 1; calendar 3.
                     caseRecord(c.serviceId, QStringLiteral("1"), u"2025-04-11", u"2025-04-14"),
                     // Thu 04-17 to Tue 04-22: Fri 18 is the holiday, 19-20 the weekend, so
                     // {Mon 21, Tue 22} = 2; calendar 5.
                     caseRecord(c.serviceId, QStringLiteral("2"), u"2025-04-17", u"2025-04-22"),
                     // Same day: 0 and 0.
                     caseRecord(c.serviceId, QStringLiteral("3"), u"2025-04-23", u"2025-04-23"),
                     // Fri 16:00Z to Mon 09:00Z: by the dates 1 business day; calendar
                     // 65 h = 2.7083333 days.
                     caseRecord(c.serviceId, QStringLiteral("4"), u"2025-04-25T16:00:00Z",
                                u"2025-04-28T09:00:00Z")});
    const ComplianceData data = ComplianceDataLoader::load(wb);
    CHECK_FALSE(data.calendar.isBusinessDay(QDate(2025, 4, 18)));
    CHECK(data.calendar.isBusinessDay(QDate(2025, 4, 17)));
    const QList<Period> april = months(2025, 4, 4);

    // Business {1, 2, 0, 1}: mean 4 / 4 = 1 <= target 2: met.
    const PeriodValue b = standardSeries(business, data, april).constFirst();
    CHECK(*b.n == 4);
    CHECK(*b.value == Approx(1.0));
    CHECK(b.status == ComplianceStatus::Met);
    // Calendar {3, 5, 0, 2.7083333}: mean 10.7083333 / 4 = 2.6770833: at risk (2 < v <= 3).
    const PeriodValue cal = standardSeries(calendar, data, april).constFirst();
    CHECK(*cal.value == Approx(2.6770833));
    CHECK(cal.status == ComplianceStatus::AtRisk);
    // Within 1 business day: {1, 0, 1} of 4 = 75% = threshold: at risk.
    const PeriodValue within = standardSeries(businessWithin, data, april).constFirst();
    CHECK(*within.value == Approx(75.0));
    CHECK(within.status == ComplianceStatus::AtRisk);
}

TEST_CASE("per-period statistics: mean, median, p90, within:N, one case, no case", "[compliance]")
{
    // March {9, 2, 12, 5} (sorted 2, 5, 9, 12); April {3, 1, 10} (sorted 1, 3, 10);
    // May {4}; June none; July {5, 8, 5, 5} (ties; sorted 5, 5, 5, 8).
    std::vector<CaseFact> facts;
    for (double d : {9.0, 2.0, 12.0, 5.0})
        facts.push_back(completedCase(QDate(2025, 3, 20), d));
    for (double d : {3.0, 1.0, 10.0})
        facts.push_back(completedCase(QDate(2025, 4, 10), d));
    facts.push_back(completedCase(QDate(2025, 5, 31), 4));
    for (double d : {5.0, 8.0, 5.0, 5.0})
        facts.push_back(completedCase(QDate(2025, 7, 1), d));
    const QList<Period> periods = months(2025, 3, 7);

    struct Expected
    {
        Statistic statistic;
        std::optional<double> march, april, may, july;
    };
    const Expected expected = GENERATE(
        // Mean: 28 / 4 = 7; 14 / 3 = 4.6666667; 4; 23 / 4 = 5.75.
        Expected{Statistic::mean(), 7.0, 4.6666667, 4.0, 5.75},
        // Median: (5 + 9) / 2 = 7; 3 (the middle one); 4; (5 + 5) / 2 = 5.
        Expected{Statistic::median(), 7.0, 3.0, 4.0, 5.0},
        // p90, R type 7, h = (n - 1) x 0.9:
        // March h = 2.7: 9 + 0.7 x (12 - 9) = 11.1;
        // April h = 1.8: 3 + 0.8 x (10 - 3) = 8.6; May: the one value 4;
        // July h = 2.7: 5 + 0.7 x (8 - 5) = 7.1.
        Expected{Statistic::percentile(90), 11.1, 8.6, 4.0, 7.1},
        // within:5 (5 itself counts): {2, 5} of 4 = 50%; {3, 1} of 3 = 66.67%;
        // {4} = 100%; {5, 5, 5} of 4 = 75%.
        Expected{Statistic::shareWithin(5), 50.0, 66.666667, 100.0, 75.0},
        // within:9: {2, 5, 9} of 4 = 75%; {3, 1} of 3 = 66.67%; 100%; 4 of 4 = 100%.
        Expected{Statistic::shareWithin(9), 75.0, 66.666667, 100.0, 100.0},
        // within:3: {2} of 4 = 25%; {3, 1} of 3 = 66.67%; {} of {4} = 0%; 0 of 4 = 0%.
        Expected{Statistic::shareWithin(3), 25.0, 66.666667, 0.0, 0.0});
    INFO(expected.statistic.key().toStdString());

    const bool share = expected.statistic.kind == Statistic::Kind::ShareWithin;
    const Standard s = share ? makeStandard(1, Metric::TurnaroundDays, expected.statistic,
                                            Direction::HigherIsBetter, 90, 60)
                             : lowerDays(1, expected.statistic, 5, 7);
    const QList<PeriodValue> series = standardSeries(s, caseData(s, facts), periods);
    REQUIRE(series.size() == 5);
    CHECK(*series.at(0).n == 4);
    CHECK(*series.at(1).n == 3);
    CHECK(*series.at(2).n == 1);
    CHECK(*series.at(4).n == 4);
    CHECK(*series.at(0).value == Approx(*expected.march));
    CHECK(*series.at(1).value == Approx(*expected.april));
    CHECK(*series.at(2).value == Approx(*expected.may));
    CHECK(*series.at(4).value == Approx(*expected.july));

    // June has no case: no value, nothing behind it, no status.
    const PeriodValue &june = series.at(3);
    CHECK(june.period == month(2025, 6));
    CHECK_FALSE(june.value);
    CHECK(june.n.value_or(0) == 0);
    CHECK(june.status == ComplianceStatus::NoData);
    REQUIRE(june.target);
    CHECK(*june.target == Approx(share ? 90.0 : 5.0)); // the target is still reported
}

TEST_CASE("statuses of the per-period statistics", "[compliance]")
{
    // Mean, lower is better, target 5, threshold 7.
    // March {2, 5, 9, 12}: 7 = threshold: at risk. May {4}: met. June: no data.
    // July {5}: 5 = target: met. August {8}: breached.
    const Standard s = lowerDays(1, Statistic::mean(), 5, 7);
    std::vector<CaseFact> facts;
    for (double d : {2.0, 5.0, 9.0, 12.0})
        facts.push_back(completedCase(QDate(2025, 3, 3), d));
    facts.push_back(completedCase(QDate(2025, 5, 3), 4));
    facts.push_back(completedCase(QDate(2025, 7, 3), 5));
    facts.push_back(completedCase(QDate(2025, 8, 3), 8));
    const QList<PeriodValue> series =
        standardSeries(s, caseData(s, facts),
                       periodsBetween(PeriodKind::Month, QDate(2025, 3, 1), QDate(2025, 8, 1)));
    REQUIRE(series.size() == 6); // March .. August; April has none either
    CHECK(series.at(0).status == ComplianceStatus::AtRisk);
    CHECK(series.at(1).status == ComplianceStatus::NoData);
    CHECK(series.at(2).status == ComplianceStatus::Met);
    CHECK(series.at(3).status == ComplianceStatus::NoData);
    CHECK(series.at(4).status == ComplianceStatus::Met);
    CHECK(series.at(5).status == ComplianceStatus::Breached);
}

TEST_CASE("right first time is the share of yes among the cases where it is known", "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-R-01"));
    s.metric = Metric::RightFirstTimePct;
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.revisions = {{QDate(2024, 1, 1), 80, 75, QStringLiteral("first"), {}, {}, {}}};
    addStandard(wb, s);

    using R = RightFirstTime;
    insertCases(
        wb, {// March: yes, yes, no, unknown, yes; an open "yes" does not count.
             caseRecord(c.serviceId, QStringLiteral("1"), u"2025-03-01", u"2025-03-02", R::Yes),
             caseRecord(c.serviceId, QStringLiteral("2"), u"2025-03-01", u"2025-03-03", R::Yes),
             caseRecord(c.serviceId, QStringLiteral("3"), u"2025-03-01", u"2025-03-04", R::No),
             caseRecord(c.serviceId, QStringLiteral("4"), u"2025-03-01", u"2025-03-05", R::Unknown),
             caseRecord(c.serviceId, QStringLiteral("5"), u"2025-03-01", u"2025-03-31", R::Yes),
             caseRecord(c.serviceId, QStringLiteral("6"), u"2025-03-01", {}, R::Yes),
             // April: only an unknown.
             caseRecord(c.serviceId, QStringLiteral("7"), u"2025-04-01", u"2025-04-02", R::Unknown),
             // May: no, no.
             caseRecord(c.serviceId, QStringLiteral("8"), u"2025-05-01", u"2025-05-02", R::No),
             caseRecord(c.serviceId, QStringLiteral("9"), u"2025-05-01", u"2025-05-09", R::No)});
    const ComplianceData data = ComplianceDataLoader::load(wb);
    const QList<PeriodValue> series = standardSeries(s, data, months(2025, 3, 5));
    REQUIRE(series.size() == 3);
    // March: 3 yes of 4 known = 75% = threshold: at risk.
    CHECK(*series.at(0).n == 4);
    CHECK(*series.at(0).value == Approx(75.0));
    CHECK(series.at(0).status == ComplianceStatus::AtRisk);
    // April: nothing known: no value.
    CHECK_FALSE(series.at(1).value);
    CHECK(series.at(1).status == ComplianceStatus::NoData);
    // May: 0 of 2 = 0% < 75: breached.
    CHECK(*series.at(2).n == 2);
    CHECK(*series.at(2).value == Approx(0.0));
    CHECK(series.at(2).status == ComplianceStatus::Breached);
}

TEST_CASE("status is direction-aware with equality at target and threshold", "[compliance]")
{
    const QList<Period> periods = months(2025, 1, 5);
    SECTION("lower is better: target 15, threshold 20")
    {
        const Standard s = lowerDays(1, Statistic::mean(), 15, 20);
        ComplianceData data;
        data.standards = {s};
        addMonthly(data, s, QDate(2025, 1, 1), {14, 15, 17, 20, 20.5});
        const QList<PeriodValue> series = standardSeries(s, data, periods);
        REQUIRE(series.size() == 5);
        CHECK(series.at(0).status == ComplianceStatus::Met);      // 14 < 15
        CHECK(series.at(1).status == ComplianceStatus::Met);      // 15 = target
        CHECK(series.at(2).status == ComplianceStatus::AtRisk);   // 15 < 17 < 20
        CHECK(series.at(3).status == ComplianceStatus::AtRisk);   // 20 = threshold
        CHECK(series.at(4).status == ComplianceStatus::Breached); // 20.5 > 20
        CHECK(*series.at(0).target == 15);
        CHECK(*series.at(0).threshold == 20);
    }
    SECTION("higher is better: target 90, threshold 80")
    {
        const Standard s = makeStandard(2, Metric::RightFirstTimePct, Statistic::mean(),
                                        Direction::HigherIsBetter, 90, 80);
        ComplianceData data;
        data.standards = {s};
        addMonthly(data, s, QDate(2025, 1, 1), {95, 90, 85, 80, 79.5});
        const QList<PeriodValue> series = standardSeries(s, data, periods);
        REQUIRE(series.size() == 5);
        CHECK(series.at(0).status == ComplianceStatus::Met);      // 95 > 90
        CHECK(series.at(1).status == ComplianceStatus::Met);      // 90 = target
        CHECK(series.at(2).status == ComplianceStatus::AtRisk);   // 80 < 85 < 90
        CHECK(series.at(3).status == ComplianceStatus::AtRisk);   // 80 = threshold
        CHECK(series.at(4).status == ComplianceStatus::Breached); // 79.5 < 80
    }
}

TEST_CASE("a revised standard is judged by the revision in force at each period's end",
          "[compliance]")
{
    Standard s = lowerDays(1, Statistic::mean(), 15, 20); // from 2024-01-01
    ComplianceData data;

    SECTION("revision between two months")
    {
        s.revise(QDate(2025, 2, 1), 10, 12, QStringLiteral("tightened"));
        data.standards = {s};
        // December 2023 precedes the first revision: a value but no target.
        data.measurementsByStandard[s.id].append(
            measurement(s.id, QDate(2023, 12, 1), QDate(2023, 12, 31), 11));
        addMonthly(data, s, QDate(2025, 1, 1), {11, 11, 13});
        const QList<PeriodValue> series = standardSeries(s, data, months(2025, 1, 3));
        REQUIRE(series.size() == 3);
        // January: 15 / 20 in force; 11 <= 15: met.
        CHECK(*series.at(0).target == 15);
        CHECK(*series.at(0).threshold == 20);
        CHECK(series.at(0).status == ComplianceStatus::Met);
        // February: 10 / 12; 10 < 11 <= 12: at risk.
        CHECK(*series.at(1).target == 10);
        CHECK(*series.at(1).threshold == 12);
        CHECK(series.at(1).status == ComplianceStatus::AtRisk);
        // March: 13 > 12: breached.
        CHECK(series.at(2).status == ComplianceStatus::Breached);

        const QList<PeriodValue> before = standardSeries(s, data, {month(2023, 12)});
        REQUIRE(before.size() == 1);
        CHECK(*before.constFirst().value == 11);
        CHECK_FALSE(before.constFirst().target);
        CHECK_FALSE(before.constFirst().threshold);
        CHECK(before.constFirst().status == ComplianceStatus::NoData);
    }
    SECTION("a revision within a period governs the whole period it ends in")
    {
        // Revised on Wednesday 2025-02-12: week 02-03..02-09 ends before it (old rule);
        // week 02-10..02-16 ends after it (new rule); so does February as a whole.
        s.revise(QDate(2025, 2, 12), 10, 12, QStringLiteral("tightened"));
        data.standards = {s};
        data.measurementsByStandard[s.id] = {
            measurement(s.id, QDate(2025, 2, 3), QDate(2025, 2, 9), 11),
            measurement(s.id, QDate(2025, 2, 10), QDate(2025, 2, 16), 11)};
        const QList<PeriodValue> weeks = standardSeries(
            s, data, periodsBetween(PeriodKind::Week, QDate(2025, 2, 3), QDate(2025, 2, 10)));
        REQUIRE(weeks.size() == 2);
        CHECK(weeks.at(0).status == ComplianceStatus::Met);    // 11 <= 15
        CHECK(weeks.at(1).status == ComplianceStatus::AtRisk); // 10 < 11 <= 12
        const PeriodValue february = standardSeries(s, data, months(2025, 2, 2)).constFirst();
        CHECK(*february.target == 10);
    }
}

TEST_CASE("measurements take precedence over cases and combine by sample size", "[compliance]")
{
    Standard s = lowerDays(7, Statistic::mean(), 15, 20);
    // January cases would give a mean of 2.
    ComplianceData data = caseData(s, {completedCase(QDate(2025, 1, 20), 2)});
    const QList<Period> periods =
        periodsBetween(PeriodKind::Month, QDate(2024, 12, 1), QDate(2025, 2, 1));

    SECTION("weighted by sample size; counted in the period of the period end")
    {
        data.measurementsByStandard[s.id] = {
            // Starts in December, ends in January: January.
            measurement(s.id, QDate(2024, 12, 30), QDate(2025, 1, 5), 10, 100),
            measurement(s.id, QDate(2025, 1, 6), QDate(2025, 1, 12), 14, 300),
            // Ends on 2025-02-02: February.
            measurement(s.id, QDate(2025, 1, 27), QDate(2025, 2, 2), 20, 50)};
        CHECK(valueSourceOf(s, data) == ValueSource::Measurements);
        const QList<PeriodValue> series = standardSeries(s, data, periods);
        REQUIRE(series.size() == 3);
        // December: nothing ends there.
        CHECK_FALSE(series.at(0).value);
        CHECK(series.at(0).status == ComplianceStatus::NoData);
        // January: (10 x 100 + 14 x 300) / 400 = 5200 / 400 = 13, not the cases' 2.
        CHECK(*series.at(1).value == Approx(13.0));
        CHECK(*series.at(1).n == 400);
        CHECK(series.at(1).status == ComplianceStatus::Met);
        // February: 20 of 50: at risk (= threshold).
        CHECK(*series.at(2).value == Approx(20.0));
        CHECK(*series.at(2).n == 50);
        CHECK(series.at(2).status == ComplianceStatus::AtRisk);
    }
    SECTION("a plain mean when a sample size is missing")
    {
        data.measurementsByStandard[s.id] = {
            measurement(s.id, QDate(2025, 1, 1), QDate(2025, 1, 15), 10, 100),
            measurement(s.id, QDate(2025, 1, 16), QDate(2025, 1, 31), 14)};
        const QList<PeriodValue> series = standardSeries(s, data, periods);
        // (10 + 14) / 2 = 12; the size behind it is not known.
        CHECK(*series.at(1).value == Approx(12.0));
        CHECK_FALSE(series.at(1).n);
    }
}

TEST_CASE("stored measurements win over stored cases", "[compliance]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard measured = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    Standard fromCases = Testing::turnaroundStandard(c, QStringLiteral("APP-T-02"));
    addStandard(wb, measured);
    addStandard(wb, fromCases);
    QList<Measurement> stored = {
        measurement(measured.id, QDate(2025, 1, 1), QDate(2025, 1, 14), 16, 10),
        measurement(measured.id, QDate(2025, 1, 15), QDate(2025, 1, 31), 22, 30)};
    REQUIRE(wb.measurements().insertMany(stored).ok());
    insertCases(wb, {caseRecord(c.serviceId, QStringLiteral("1"), u"2025-01-02", u"2025-01-05"),
                     caseRecord(c.serviceId, QStringLiteral("2"), u"2025-01-02", u"2025-01-09")});
    const ComplianceData data = ComplianceDataLoader::load(wb);
    CHECK(valueSourceOf(measured, data) == ValueSource::Measurements);
    CHECK(valueSourceOf(fromCases, data) == ValueSource::Cases);

    // Measurements: (16 x 10 + 22 x 30) / 40 = (160 + 660) / 40 = 20.5 > 20: breached.
    const PeriodValue m = standardSeries(measured, data, months(2025, 1, 1)).constFirst();
    CHECK(*m.value == Approx(20.5));
    CHECK(*m.n == 40);
    CHECK(m.status == ComplianceStatus::Breached);
    // Cases: {3, 7}: mean 5: met.
    const PeriodValue fromCaseValue =
        standardSeries(fromCases, data, months(2025, 1, 1)).constFirst();
    CHECK(*fromCaseValue.value == Approx(5.0));
    CHECK(*fromCaseValue.n == 2);
    CHECK(fromCaseValue.status == ComplianceStatus::Met);
}

TEST_CASE("a standard with neither measurements nor computable cases has no data", "[compliance]")
{
    // A survey score cannot be computed from cases, even where the service has some.
    const Standard survey =
        makeStandard(3, Metric::SurveyScore, Statistic::mean(), Direction::HigherIsBetter, 4, 3);
    ComplianceData data = caseData(survey, {completedCase(QDate(2025, 1, 10), 2)});
    CHECK(valueSourceOf(survey, data) == ValueSource::None);
    const PeriodValue v = standardSeries(survey, data, months(2025, 1, 1)).constFirst();
    CHECK_FALSE(v.value);
    CHECK(v.status == ComplianceStatus::NoData);
    CHECK(*v.target == 4);

    // A turnaround standard whose service has no completed case.
    Standard other = lowerDays(4, Statistic::mean(), 15, 20);
    other.serviceId = 99;
    CHECK(valueSourceOf(other, data) == ValueSource::None);
    CHECK_FALSE(standardSeries(other, data, months(2025, 1, 1)).constFirst().value);
}

TEST_CASE("a department's series uses only the cases that name it", "[compliance]")
{
    // Three cases completed in March 2025: department 1 took 2 and 4 days,
    // department 2 took 12. Overall mean (2 + 4 + 12) / 3 = 6; department 1:
    // 3 (met against target 5); department 2: 12 (breached beyond 8).
    const Standard standard = lowerDays(1, Statistic::mean(), 5, 8);
    std::vector<CaseFact> facts{completedCase(QDate(2025, 3, 10), 2),
                                completedCase(QDate(2025, 3, 11), 4),
                                completedCase(QDate(2025, 3, 12), 12)};
    facts[0].departmentId = 1;
    facts[1].departmentId = 1;
    facts[2].departmentId = 2;
    const ComplianceData data = caseData(standard, facts);
    const QList<Period> march{periodContaining(PeriodKind::Month, QDate(2025, 3, 1))};

    const QList<PeriodValue> overall = standardSeries(standard, data, march);
    REQUIRE(overall.constFirst().value);
    CHECK(*overall.constFirst().value == Approx(6.0));

    const QList<PeriodValue> first = departmentSeries(standard, data, march, 1);
    REQUIRE(first.constFirst().value);
    CHECK(*first.constFirst().value == Approx(3.0));
    CHECK(first.constFirst().n == 2);
    CHECK(first.constFirst().status == ComplianceStatus::Met);

    const QList<PeriodValue> second = departmentSeries(standard, data, march, 2);
    REQUIRE(second.constFirst().value);
    CHECK(*second.constFirst().value == Approx(12.0));
    CHECK(second.constFirst().status == ComplianceStatus::Breached);

    const QList<PeriodValue> none = departmentSeries(standard, data, march, 3);
    CHECK_FALSE(none.constFirst().value);
    CHECK(none.constFirst().status == ComplianceStatus::NoData);
}
