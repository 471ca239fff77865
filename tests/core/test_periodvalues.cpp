// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The period values kept in the workbench (schema 12) are the values the
// engine computes from the cases: random workbenches (dates with and without
// times and offsets, business days with holidays, departments, key
// customers, open cases, later imports, merges, a holiday and a day-basis
// change) are computed both ways and compared to 1e-9.
#include "analysis/complaintrate.h"
#include "analysis/scorecard.h"
#include "analysis/standardseries.h"
#include "testsupport.h"
#include "usecases/organisationservice.h"
#include "workbench/compliancedataloader.h"
#include "workbench/periodvaluerefresher.h"

#include <catch2/catch.hpp>

#include <random>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

struct RandomWorkbench
{
    std::unique_ptr<Workbench> workbench;
    QList<qint64> services;
    QList<qint64> departments;
    std::mt19937 random{20261207};
    int nextCase = 0;
};

// Every kind of case-derived standard on each service: days, hours and the
// right-first-time rate; mean, median, 90th percentile and share within 5;
// calendar and business days.
void addStandards(RandomWorkbench &rw, qint64 serviceId, qint64 dimensionId)
{
    const Statistic statistics[] = {Statistic::mean(), Statistic::median(),
                                    Statistic::percentile(90), Statistic::shareWithin(5)};
    const Metric metrics[] = {Metric::TurnaroundDays, Metric::TurnaroundHours,
                              Metric::RightFirstTimePct};
    QList<Standard> standards;
    int n = 0;
    for (const Metric metric : metrics) {
        for (const Statistic &statistic : statistics) {
            for (const DayBasis basis : {DayBasis::Calendar, DayBasis::Business}) {
                if (metric == Metric::RightFirstTimePct && (n % 8) != 0) {
                    ++n;
                    continue; // one right-first-time standard per service is enough
                }
                Standard s;
                s.code = QStringLiteral("S%1-%2").arg(serviceId).arg(++n);
                s.title = s.code;
                s.serviceId = serviceId;
                s.dimensionId = dimensionId;
                s.departmentId = rw.departments.constFirst();
                s.metric = metric;
                s.statistic = statistic;
                s.dayBasis = basis;
                const bool share = metric == Metric::RightFirstTimePct ||
                                   statistic.kind == Statistic::Kind::ShareWithin;
                s.direction = share ? Direction::HigherIsBetter : Direction::LowerIsBetter;
                s.unit = share ? QStringLiteral("%") : QStringLiteral("days");
                s.revise(QDate(2024, 1, 1), share ? 90 : 10, share ? 80 : 15, QString());
                standards.append(s);
            }
        }
    }
    const StorageResult inserted = rw.workbench->standardRepository().insertMany(standards);
    INFO(inserted.error().toStdString());
    REQUIRE(inserted.ok());
}

// A moment: date only, with a time, or with a time and an offset.
Moment randomMoment(std::mt19937 &random, QDate day, int style)
{
    Moment m;
    m.date = day;
    if (style >= 1)
        m.secondOfDay = std::uniform_int_distribution<int>(0, 86399)(random);
    if (style == 2)
        m.utcOffsetSeconds = std::uniform_int_distribution<int>(-10, 12)(random) * 1800;
    return m;
}

QList<CaseRecord> randomCases(RandomWorkbench &rw, int count, QDate from, int days)
{
    std::uniform_int_distribution<int> service(0, int(rw.services.size()) - 1);
    std::uniform_int_distribution<int> department(-1, int(rw.departments.size()) - 1);
    std::uniform_int_distribution<int> day(0, days - 1);
    std::uniform_int_distribution<int> turnaround(0, 40);
    std::uniform_int_distribution<int> style(0, 2);
    std::uniform_int_distribution<int> rft(0, 2);
    std::bernoulli_distribution open(0.08);
    std::bernoulli_distribution key(0.05);
    QList<CaseRecord> cases;
    for (int i = 0; i < count; ++i) {
        CaseRecord c;
        c.serviceId = rw.services.at(service(rw.random));
        c.caseId = QStringLiteral("C%1").arg(rw.nextCase++);
        const int written = style(rw.random);
        const QDate received = from.addDays(day(rw.random));
        c.receivedAt = randomMoment(rw.random, received, written);
        if (!open(rw.random)) {
            Moment done = randomMoment(rw.random, received.addDays(turnaround(rw.random)), written);
            if (done.hasTime() && done.date == received &&
                *done.secondOfDay < *c.receivedAt.secondOfDay)
                done.secondOfDay = c.receivedAt.secondOfDay;
            c.completedAt = done;
        }
        const int r = rft(rw.random);
        c.rightFirstTime = r == 0   ? RightFirstTime::Yes
                           : r == 1 ? RightFirstTime::No
                                    : RightFirstTime::Unknown;
        if (const int d = department(rw.random); d >= 0)
            c.departmentId = rw.departments.at(d);
        c.keyCustomer = key(rw.random);
        cases.append(c);
    }
    return cases;
}

RandomWorkbench randomWorkbench()
{
    RandomWorkbench rw;
    rw.workbench = memoryWorkbench();
    Workbench &wb = *rw.workbench;
    Dimension timeliness{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(wb.dimensions().insert(timeliness).ok());
    for (int d = 0; d < 3; ++d) {
        Department department{0, QStringLiteral("D%1").arg(d), QStringLiteral("Dept %1").arg(d)};
        REQUIRE(wb.departments().insert(department).ok());
        rw.departments.append(department.id);
    }
    for (int s = 0; s < 3; ++s) {
        Service service{0, QStringLiteral("SV%1").arg(s), QStringLiteral("Service %1").arg(s), {}};
        REQUIRE(wb.services().insert(service).ok());
        rw.services.append(service.id);
        addStandards(rw, service.id, timeliness.id);
    }
    for (const QDate day : {QDate(2025, 1, 1), QDate(2025, 4, 18), QDate(2025, 12, 25)})
        REQUIRE(wb.holidays().put({day, QStringLiteral("Holiday")}).ok());
    QList<CaseRecord> cases = randomCases(rw, 3000, QDate(2024, 11, 1), 420);
    REQUIRE(wb.cases().insertMany(cases).ok());
    return rw;
}

QList<qint64> allServices(Workbench &wb)
{
    QList<qint64> ids;
    for (const Service &s : wb.services().all())
        ids.append(s.id);
    return ids;
}

void requireSame(const std::optional<double> &kept, const std::optional<double> &computed)
{
    REQUIRE(kept.has_value() == computed.has_value());
    if (kept)
        REQUIRE(*kept == Approx(*computed).margin(1e-9).epsilon(1e-12));
}

// Every standard's value and case count in every week, month and quarter
// (a margin of empty periods on each side), for the whole service and for
// each department, and each service's cases per period, both ways.
void requireKeptEqualsComputed(RandomWorkbench &rw)
{
    Workbench &wb = *rw.workbench;
    const ComplianceData computed = ComplianceDataLoader::load(wb, allServices(wb));
    const ComplianceData kept = ComplianceDataLoader::load(wb);
    REQUIRE(computed.completedCasesByService.size() == rw.services.size());
    REQUIRE(kept.completedCasesByService.isEmpty()); // nothing read from the cases
    REQUIRE(kept.latestDataDay == computed.latestDataDay);
    REQUIRE(kept.earliestDataDay == computed.earliestDataDay);
    int compared = 0;
    for (const PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter}) {
        const QList<Period> periods = periodsBetween(kind, computed.earliestDataDay.addDays(-100),
                                                     computed.latestDataDay.addDays(100));
        // The as-of picker's list of periods with data.
        REQUIRE(periodsWithData(kept, kind) == periodsWithData(computed, kind));
        for (const qint64 service : rw.services) {
            REQUIRE(completedCaseCounts(service, kept, periods) ==
                    completedCaseCounts(service, computed, periods));
        }
        for (const Standard &standard : computed.standards) {
            REQUIRE(valueSourceOf(standard, kept) == valueSourceOf(standard, computed));
            const QList<PeriodValue> a = standardSeries(standard, kept, periods);
            const QList<PeriodValue> b = standardSeries(standard, computed, periods);
            REQUIRE(a.size() == b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                INFO(standard.code.toStdString() << " " << periodKindKey(kind).toStdString() << " "
                                                 << a.at(i).period.start.toString().toStdString());
                REQUIRE(a.at(i).n == b.at(i).n);
                requireSame(a.at(i).value, b.at(i).value);
                REQUIRE(a.at(i).status == b.at(i).status);
                ++compared;
            }
            for (const qint64 department : rw.departments) {
                const QList<PeriodValue> da = departmentSeries(standard, kept, periods, department);
                const QList<PeriodValue> db =
                    departmentSeries(standard, computed, periods, department);
                for (qsizetype i = 0; i < da.size(); ++i) {
                    REQUIRE(da.at(i).n == db.at(i).n);
                    requireSame(da.at(i).value, db.at(i).value);
                }
            }
        }
    }
    REQUIRE(compared > 1000);
    const Scorecard a = computeScorecard(kept, ScorecardRequest());
    const Scorecard b = computeScorecard(computed, ScorecardRequest());
    REQUIRE(a.period == b.period);
    REQUIRE(a.rows.size() == b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        requireSame(a.rows.at(i).current.value, b.rows.at(i).current.value);
        REQUIRE(a.rows.at(i).trend == b.rows.at(i).trend);
        REQUIRE(a.rows.at(i).completedCases == b.rows.at(i).completedCases);
    }
}

void refresh(Workbench &wb)
{
    REQUIRE(PeriodValueRefresher(wb).refreshStale().ok());
    REQUIRE(wb.periodValues().staleServices().isEmpty());
}

} // namespace

TEST_CASE("Kept period values equal the values computed from the cases", "[periodvalues]")
{
    RandomWorkbench rw = randomWorkbench();
    Workbench &wb = *rw.workbench;
    REQUIRE(wb.periodValues().staleServices() == rw.services); // written, not yet kept
    refresh(wb);
    requireKeptEqualsComputed(rw);

    SECTION("after more cases arrive")
    {
        QList<CaseRecord> more = randomCases(rw, 800, QDate(2025, 12, 1), 60);
        REQUIRE(wb.cases().insertMany(more).ok());
        REQUIRE_FALSE(wb.periodValues().staleServices().isEmpty());
        refresh(wb);
        requireKeptEqualsComputed(rw);
    }
    SECTION("after the holiday list changes")
    {
        REQUIRE(wb.holidays().put({QDate(2025, 6, 2), QStringLiteral("Added")}).ok());
        REQUIRE(wb.holidays().remove(QDate(2025, 4, 18)).ok());
        REQUIRE(wb.periodValues().staleServices() == rw.services);
        refresh(wb);
        requireKeptEqualsComputed(rw);
    }
    SECTION("after a standard's day basis and statistic change")
    {
        Standard standard = wb.catalogue().standards().constFirst();
        standard.dayBasis =
            standard.dayBasis == DayBasis::Calendar ? DayBasis::Business : DayBasis::Calendar;
        standard.statistic = Statistic::percentile(75);
        REQUIRE(wb.standardRepository().update(standard).ok());
        REQUIRE(wb.periodValues().staleServices() == QList<qint64>{standard.serviceId});
        refresh(wb);
        requireKeptEqualsComputed(rw);
    }
    SECTION("after two services are merged")
    {
        OrganisationService &organisation = wb.organisation();
        const std::optional<OrgUnit> from =
            organisation.unit(OrgUnitKind::Service, rw.services.at(2));
        const std::optional<OrgUnit> into =
            organisation.unit(OrgUnitKind::Service, rw.services.at(0));
        REQUIRE(from);
        REQUIRE(into);
        REQUIRE(organisation.merge(*from, *into).ok());
        rw.services.removeAt(2);
        refresh(wb);
        requireKeptEqualsComputed(rw);
    }
}

TEST_CASE("A new target changes no kept value", "[periodvalues]")
{
    RandomWorkbench rw = randomWorkbench();
    Workbench &wb = *rw.workbench;
    refresh(wb);
    Standard standard = wb.catalogue().standards().constFirst();
    standard.revise(QDate(2025, 6, 1), 7, 9, QStringLiteral("tighter"));
    REQUIRE(wb.standardRepository().update(standard).ok());
    REQUIRE(wb.periodValues().staleServices().isEmpty());
    requireKeptEqualsComputed(rw); // statuses follow the new target either way
}

TEST_CASE("A stale service is computed from its cases until it is refreshed", "[periodvalues]")
{
    RandomWorkbench rw = randomWorkbench();
    Workbench &wb = *rw.workbench;
    refresh(wb);
    QList<CaseRecord> more = randomCases(rw, 200, QDate(2025, 12, 1), 30);
    REQUIRE(wb.cases().insertMany(more).ok());
    const ComplianceData data = ComplianceDataLoader::load(wb);
    // The services that got cases are read from their cases, the others not.
    REQUIRE_FALSE(data.completedCasesByService.isEmpty());
    for (const qint64 service : data.completedCasesByService.keys())
        REQUIRE(wb.periodValues().staleServices().contains(service));
}

TEST_CASE("A refresh stopped part-way keeps the services done and leaves the rest stale",
          "[periodvalues]")
{
    RandomWorkbench rw = randomWorkbench();
    Workbench &wb = *rw.workbench;
    REQUIRE(rw.services.size() >= 3);
    REQUIRE(PeriodValueRepository::markAllStale(wb.database().connection()).ok());
    const QList<qint64> stale = wb.periodValues().staleServices();
    REQUIRE(stale.size() == rw.services.size());

    // Asked before each service with (done, total); stops before the third.
    QList<std::pair<int, int>> asked;
    REQUIRE(PeriodValueRefresher(wb)
                .refreshStale([&asked](int done, int of) {
                    asked.append({done, of});
                    return done < 2;
                })
                .ok());
    const int total = int(stale.size());
    CHECK(asked == QList<std::pair<int, int>>{{0, total}, {1, total}, {2, total}});
    // The two done are kept, the others still read from their cases.
    CHECK(wb.periodValues().staleServices() == stale.mid(2));

    // Finished later, every service is up to date, reporting the end.
    asked.clear();
    REQUIRE(PeriodValueRefresher(wb)
                .refreshStale([&asked](int done, int of) {
                    asked.append({done, of});
                    return true;
                })
                .ok());
    CHECK(wb.periodValues().staleServices().isEmpty());
    CHECK(asked.constLast() == std::pair{total - 2, total - 2});
}
