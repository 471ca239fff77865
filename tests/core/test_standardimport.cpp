// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/standardimporter.h"
#include "importtestsupport.h"
#include "io/standardcatalogueexporter.h"
#include "testsupport.h"

#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

const QByteArray kHeader = "code,title,service,dimension,metric,statistic,direction,target,"
                           "threshold,unit,department,basis,rationale,effective_from\n";

ImportSummary importStandards(Workbench &workbench, const QString &path,
                              const ImportOptions &options = ImportOptions())
{
    return StandardImporter(workbench).run(path, options);
}

ImportOptions onDay(QDate today, bool skipBadRows = false)
{
    ImportOptions options;
    options.today = today;
    options.skipBadRows = skipBadRows;
    return options;
}

QHash<QString, Standard> byCode(Workbench &workbench)
{
    QHash<QString, Standard> result;
    for (const Standard &s : workbench.catalogue().standards())
        result.insert(s.code, s);
    return result;
}

template<typename T>
std::optional<T> named(const QList<T> &all, const QString &name)
{
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const T &item) { return item.name == name; });
    return it == all.cend() ? std::nullopt : std::optional<T>(*it);
}

// One row of the small catalogue's APP-T-01 (see Testing::turnaroundStandard)
// with the target, threshold, date and title given.
QByteArray appRow(const QByteArray &target, const QByteArray &threshold, const QByteArray &from,
                  const QByteArray &title = "Mean application processing time")
{
    return "APP-T-01," + title + ",APP,timeliness,turnaround_days,mean,lower," + target + "," +
           threshold +
           ",days,NA,customer_expectation;economics,Cardholders expect a decision within about "
           "two weeks.," +
           from + "\n";
}

} // namespace

TEST_CASE("standard import creates standards and the services, dimensions and departments "
          "they name",
          "[import]")
{
    const QByteArray text =
        kHeader + // 1
        "APP-T-01,Mean application processing time,Application processing,Timeliness,"
        "turnaround_days,mean,lower,15,20,days,New Accounts,customer_expectation;economics,"
        "\"Cardholders expect a decision within two weeks, says the survey.\",2024-01-01\n" // 2
        "CR-T-01,Card replacements within 2 days,CR,timeliness,turnaround_days,within:2,higher,"
        "90,80,%,NA,capability,,2024-07-01\n" // 3
        "APP-T-02,90th percentile processing time,application processing,Timeliness,"
        "turnaround_days,p90,lower,20,25,,Card Services,,,2024-01-01\n" // 4
        "APP-S-01,Applicant satisfaction,Application processing,customer satisfaction,"
        "survey_score,median,higher,4.5,4,,NA,customer_expectation,,2024-03-01\n"; // 5
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"catalogue.csv"_s, text);
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();

    const ImportSummary summary = importStandards(*wb, path, onDay(QDate(2025, 6, 30)));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 4);
    CHECK(summary.imported == 4);
    CHECK(summary.duplicates == 0);
    CHECK(summary.rejected == 0);
    // In the order met: row 2 names three new things, row 3 a service given
    // as a code, row 4 a department, row 5 a dimension.
    CHECK(summary.notes == QStringList{u"Created service \"Application processing\" (AP)."_s,
                                       u"Created dimension \"Timeliness\"."_s,
                                       u"Created department \"New Accounts\" (NA)."_s,
                                       u"Created service \"CR\" (CR)."_s,
                                       u"Created department \"Card Services\" (CS)."_s,
                                       u"Created dimension \"Customer satisfaction\"."_s});

    const QList<Service> services = wb->services().all();
    CHECK(services.size() == 2);
    const auto app = named(services, u"Application processing"_s);
    const auto cr = named(services, u"CR"_s);
    REQUIRE(app);
    REQUIRE(cr);
    CHECK(app->code == u"AP"_s);
    CHECK(cr->code == u"CR"_s);
    const QList<Department> departments = wb->departments().all();
    CHECK(departments.size() == 2);
    const auto na = named(departments, u"New Accounts"_s);
    const auto cs = named(departments, u"Card Services"_s);
    REQUIRE(na);
    REQUIRE(cs);
    CHECK(na->code == u"NA"_s);
    CHECK(cs->code == u"CS"_s);
    const QList<Dimension> dimensions = wb->dimensions().all();
    CHECK(dimensions.size() == 2);
    const auto timeliness = named(dimensions, u"Timeliness"_s);
    const auto satisfaction = named(dimensions, u"Customer satisfaction"_s);
    REQUIRE(timeliness);
    REQUIRE(satisfaction);
    CHECK(timeliness->key == u"timeliness"_s);
    CHECK(satisfaction->key == u"customer_satisfaction"_s);

    const QHash<QString, Standard> standards = byCode(*wb);
    REQUIRE(standards.size() == 4);
    const Standard t1 = standards.value(u"APP-T-01"_s);
    CHECK(t1.title == u"Mean application processing time"_s);
    CHECK(t1.serviceId == app->id);
    CHECK(t1.dimensionId == timeliness->id);
    CHECK(t1.departmentId == na->id);
    CHECK(t1.metric == Metric::TurnaroundDays);
    CHECK(t1.statistic == Statistic::mean());
    CHECK(t1.direction == Direction::LowerIsBetter);
    CHECK(t1.unit == u"days"_s);
    CHECK(t1.basis == (BasisFlag::CustomerExpectation | BasisFlag::Economics));
    CHECK(t1.rationale == u"Cardholders expect a decision within two weeks, says the survey."_s);
    CHECK(t1.status == StandardStatus::Active);
    CHECK(t1.dayBasis == DayBasis::Calendar);
    REQUIRE(t1.revisions.size() == 1);
    CHECK(t1.revisions.constFirst().effectiveFrom == QDate(2024, 1, 1));
    CHECK(t1.revisions.constFirst().target == 15);
    CHECK(t1.revisions.constFirst().threshold == 20);
    CHECK(t1.revisions.constFirst().reason == u"Imported from catalogue.csv"_s);

    const Standard c1 = standards.value(u"CR-T-01"_s);
    CHECK(c1.serviceId == cr->id);
    CHECK(c1.dimensionId == timeliness->id);
    CHECK(c1.departmentId == na->id);
    CHECK(c1.statistic == Statistic::shareWithin(2));
    CHECK(c1.direction == Direction::HigherIsBetter);
    CHECK(c1.unit == u"%"_s);
    CHECK(c1.basis == Basis(BasisFlag::Capability));
    CHECK(c1.target() == 90);
    CHECK(c1.threshold() == 80);
    CHECK(c1.effectiveFrom() == QDate(2024, 7, 1));

    const Standard t2 = standards.value(u"APP-T-02"_s);
    CHECK(t2.serviceId == app->id);
    CHECK(t2.departmentId == cs->id);
    CHECK(t2.statistic == Statistic::percentile(90));
    CHECK(t2.unit == u"days"_s); // the metric's unit when the cell is empty
    CHECK(t2.basis == Basis());

    const Standard s1 = standards.value(u"APP-S-01"_s);
    CHECK(s1.dimensionId == satisfaction->id);
    CHECK(s1.metric == Metric::SurveyScore);
    CHECK(s1.statistic == Statistic::median());
    CHECK(s1.unit == u"points"_s);
    CHECK(s1.target() == 4.5);
    CHECK(s1.threshold() == 4);

    SECTION("re-importing the exporter's CSV changes nothing")
    {
        const QList<Standard> before = wb->catalogue().standards();
        const QByteArray exported = StandardCatalogueExporter(*wb).toCsv(before);
        const ImportSummary again = importStandards(
            *wb, writeFixture(dir, u"exported.csv"_s, exported), onDay(QDate(2025, 7, 1)));
        CHECK(again.rejections == QList<ImportRejection>());
        CHECK(again.committed);
        CHECK(again.rowsRead == 4);
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 4);
        CHECK(again.notes.isEmpty());
        CHECK(wb->catalogue().standards() == before);
        CHECK(wb->services().all().size() == 2);
        CHECK(wb->departments().all().size() == 2);
        CHECK(wb->dimensions().all().size() == 2);
    }
    SECTION("re-importing the same file changes nothing")
    {
        const QList<Standard> before = wb->catalogue().standards();
        const ImportSummary again = importStandards(*wb, path, onDay(QDate(2025, 7, 1)));
        CHECK(again.rejections == QList<ImportRejection>());
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 4);
        CHECK(again.notes.isEmpty());
        CHECK(wb->catalogue().standards() == before);
    }
}

TEST_CASE("the exporter's CSV of revised, retired and business-day standards re-imports "
          "unchanged",
          "[import]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard revised = Testing::turnaroundStandard(c, u"APP-T-01"_s);
    revised.revisions = {{QDate(2023, 1, 2), 30, 40, u"Before"_s, {}, {}, {}},
                         {QDate(2024, 3, 4),
                          15,
                          20,
                          u"Quality programme"_s,
                          QDateTime(QDate(2024, 2, 20), QTime(10, 30), Qt::UTC),
                          {},
                          {}}};
    revised.rationale = u"Line one,\n\"quoted\" line two"_s;
    REQUIRE(wb.catalogue().add(revised).isEmpty());
    Standard retired = Testing::turnaroundStandard(c, u"APP-T-02"_s);
    retired.status = StandardStatus::Retired;
    retired.retiredOn = QDate(2024, 12, 31);
    REQUIRE(wb.catalogue().add(retired).isEmpty());
    Standard business = Testing::turnaroundStandard(c, u"APP-T-03"_s);
    business.dayBasis = DayBasis::Business;
    business.statistic = Statistic::shareWithin(5);
    business.direction = Direction::HigherIsBetter;
    business.unit = u"%"_s;
    business.revisions = {{QDate(2024, 1, 1), 97.5, 92.25, u"Quality programme"_s, {}, {}, {}}};
    REQUIRE(wb.catalogue().add(business).isEmpty());

    const QList<Standard> before = wb.catalogue().standards();
    const QByteArray exported = StandardCatalogueExporter(wb).toCsv(before);
    QTemporaryDir dir;
    const ImportSummary summary = importStandards(
        wb, writeFixture(dir, u"exported.csv"_s, exported), onDay(QDate(2025, 7, 1)));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 3);
    CHECK(summary.imported == 0);
    CHECK(summary.duplicates == 3);
    CHECK(summary.notes.isEmpty());
    const QList<Standard> after = wb.catalogue().standards();
    CHECK(after == before);
    const QHash<QString, Standard> standards = byCode(wb);
    CHECK(standards.value(u"APP-T-02"_s).status == StandardStatus::Retired);
    CHECK(standards.value(u"APP-T-03"_s).dayBasis == DayBasis::Business);
    CHECK(standards.value(u"APP-T-01"_s).revisions.size() == 2);
}

TEST_CASE("standard import revises a changed target and updates other fields in place", "[import]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard original = Testing::turnaroundStandard(c, u"APP-T-01"_s); // 15/20 from 2024-01-01
    REQUIRE(wb.catalogue().add(original).isEmpty());
    const StandardRevision first = original.revisions.constFirst();
    const QDate today(2025, 6, 30);
    QTemporaryDir dir;
    const auto run = [&](const QByteArray &row) {
        return importStandards(wb, writeFixture(dir, u"rev.csv"_s, kHeader + row), onDay(today));
    };

    SECTION("the same values by hand: a duplicate")
    {
        const ImportSummary summary = run(appRow("15", "20", "2024-01-01"));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.duplicates == 1);
        CHECK(summary.imported == 0);
        CHECK(byCode(wb).value(u"APP-T-01"_s) == original);
    }
    SECTION("a new target from a later effective date: a revision from that date")
    {
        const ImportSummary summary = run(appRow("14", "20", "2025-01-01"));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.committed);
        CHECK(summary.imported == 1);
        CHECK(summary.duplicates == 0);
        CHECK(summary.notes ==
              QStringList{
                  u"APP-T-01: target 15 \u2192 14, threshold 20 \u2192 20 from 2025-01-01."_s});
        const Standard s = byCode(wb).value(u"APP-T-01"_s);
        REQUIRE(s.revisions.size() == 2);
        CHECK(s.revisions.at(0) == first);
        CHECK(s.revisions.at(1).effectiveFrom == QDate(2025, 1, 1));
        CHECK(s.revisions.at(1).target == 14);
        CHECK(s.revisions.at(1).threshold == 20);
        CHECK(s.revisions.at(1).reason == u"Imported from rev.csv"_s);
        CHECK(s.revisionOn(QDate(2024, 12, 31))->target == 15);
        CHECK(s.revisionOn(QDate(2025, 1, 1))->target == 14);
    }
    SECTION("a new target with the same effective date: a revision from the import day")
    {
        const ImportSummary summary = run(appRow("14", "20", "2024-01-01"));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 1);
        const Standard s = byCode(wb).value(u"APP-T-01"_s);
        REQUIRE(s.revisions.size() == 2);
        CHECK(s.revisions.at(0) == first);
        CHECK(s.revisions.at(1).effectiveFrom == today);
        CHECK(s.revisions.at(1).target == 14);
        CHECK(s.revisions.at(1).threshold == 20);
    }
    SECTION("a new threshold with an earlier effective date: a revision from the import day")
    {
        const ImportSummary summary = run(appRow("15", "22", "2023-01-01"));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 1);
        CHECK(summary.notes ==
              QStringList{
                  u"APP-T-01: target 15 \u2192 15, threshold 20 \u2192 22 from 2025-06-30."_s});
        const Standard s = byCode(wb).value(u"APP-T-01"_s);
        REQUIRE(s.revisions.size() == 2);
        CHECK(s.revisions.at(0) == first);
        CHECK(s.revisions.at(1).effectiveFrom == today);
        CHECK(s.revisions.at(1).target == 15);
        CHECK(s.revisions.at(1).threshold == 22);
    }
    SECTION("only the title changed: updated in place, no revision")
    {
        const ImportSummary summary =
            run(appRow("15", "20", "2024-01-01", "Mean time to process an application"));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 1);
        CHECK(summary.duplicates == 0);
        CHECK(summary.notes.isEmpty());
        Standard expected = original;
        expected.title = u"Mean time to process an application"_s;
        CHECK(byCode(wb).value(u"APP-T-01"_s) == expected);
    }
    SECTION("the code matches whatever its case")
    {
        QByteArray row = appRow("15", "20", "2024-01-01", "Renamed");
        row.replace("APP-T-01", "app-t-01");
        const ImportSummary summary = run(row);
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 1);
        const QHash<QString, Standard> standards = byCode(wb);
        CHECK(standards.size() == 1);
        CHECK(standards.value(u"APP-T-01"_s).title == u"Renamed"_s);
    }
}

TEST_CASE("standard import names the column of each invalid value", "[import]")
{
    // Every row is valid but for the one cell named in its comment.
    const QByteArray text = kHeader + // 1
                            "X-1,T,APP,timeliness,turnaround_weeks,mean,lower,15,20,days,NA,,,2024-"
                            "01-01\n" // 2
                            "X-2,T,APP,timeliness,turnaround_days,mode,lower,15,20,days,NA,,,"
                            "2024-01-01\n" // 3
                            "X-3,T,APP,timeliness,turnaround_days,p100,lower,15,20,days,NA,,,2024-"
                            "01-01\n" // 4
                            "X-4,T,APP,timeliness,turnaround_days,mean,sideways,15,20,days,NA,,,"
                            "2024-01-01\n" // 5
                            "X-5,T,APP,timeliness,turnaround_days,mean,lower,fifteen,20,days,NA,,,"
                            "2024-01-01\n" // 6
                            "X-6,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,,01/01/"
                            "2024\n" // 7
                            "X-7,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,,2024-"
                            "01-01T00:00\n" // 8
                            "X-8,T,APP,timeliness,turnaround_days,mean,lower,15,10,days,NA,,,2024-"
                            "01-01\n" // 9
                            "X-9,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,"
                            "cheapness,,2024-01-01\n" // 10
                            "X-10,T,APP,timeliness,turnaround_days,within:0,higher,90,80,%,NA,,,"
                            "2024-01-01\n" // 11
                            "X "
                            "11,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,,2024-"
                            "01-01\n" // 12
                            "X-12,T,APP,timeliness,right_first_time_pct,mean,higher,101,90,%,NA,,,"
                            "2024-01-01\n" // 13
                            "X-13,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,,2024-"
                            "02-30\n"; // 14
    const QString f = u"invalid.csv"_s;
    // The refusals list the words to use (CatalogueTerms, tested on its own).
    const QString unknownStatistic =
        u"\"%1\" is not a statistic; use one of: mean, median, p90 (a percentile from 1 to 99), "
        "% within 5 days (any number of days above 0)"_s;
    const QList<ImportRejection> expected{
        rejection(f, 2, u"metric"_s,
                  u"\"turnaround_weeks\" is not a metric; use one of: turnaround (days), "
                  "turnaround (hours), right first time (%), error rate (%), count per 1,000 "
                  "cases, survey score, audit score (%)"_s),
        rejection(f, 3, u"statistic"_s, unknownStatistic.arg(u"mode"_s)),
        rejection(f, 4, u"statistic"_s, unknownStatistic.arg(u"p100"_s)),
        rejection(f, 5, u"direction"_s,
                  u"\"sideways\" is not a direction; use one of: lower is better, higher is "
                  "better"_s),
        rejection(f, 6, u"target"_s, u"\"fifteen\" is not a number"_s),
        rejection(f, 7, u"effective_from"_s,
                  u"cannot read \"01/01/2024\" as an ISO date (YYYY-MM-DD)"_s),
        rejection(f, 8, u"effective_from"_s,
                  u"cannot read \"2024-01-01T00:00\" as an ISO date (YYYY-MM-DD)"_s),
        rejection(f, 9, u"threshold"_s,
                  u"Lower is better here, so the threshold (the least acceptable value) must be "
                  "at or above the target (the goal)."_s),
        rejection(f, 10, u"basis"_s,
                  u"\"cheapness\" is not a basis; use one or more of: customer expectation, "
                  "competition, processing capability, economics (separated by ;)"_s),
        rejection(f, 11, u"statistic"_s, unknownStatistic.arg(u"within:0"_s)),
        rejection(f, 12, u"code"_s,
                  u"A code is up to 32 letters and digits, in groups joined by a dash, dot or "
                  "underscore, for example APP-T-01."_s),
        rejection(f, 13, u"target"_s,
                  u"The target is a percentage and must lie between 0 and 100."_s),
        rejection(f, 14, u"effective_from"_s,
                  u"cannot read \"2024-02-30\" as an ISO date (YYYY-MM-DD)"_s),
    };
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    QTemporaryDir dir;
    const bool skip = GENERATE(false, true);
    const ImportSummary summary =
        importStandards(*c.workbench, writeFixture(dir, f, text), onDay(QDate(2025, 6, 30), skip));
    CHECK(summary.rejections == expected);
    CHECK(summary.rowsRead == 13);
    CHECK(summary.rejected == 13);
    CHECK(summary.imported == 0);
    CHECK(c.workbench->catalogue().standards().isEmpty());
}

TEST_CASE("standard import reports empty required cells", "[import]")
{
    const QByteArray text =
        kHeader +                                                                     // 1
        "X-1,,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,,2024-01-01\n" // 2
        "X-2,T,APP,timeliness,turnaround_days,mean,lower,15,,days,NA,,,2024-01-01\n"  // 3
        "X-3,T,APP,timeliness,turnaround_days,mean,lower,15,20,days,NA,,, \n";        // 4
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    QTemporaryDir dir;
    const ImportSummary summary =
        importStandards(*c.workbench, writeFixture(dir, u"empty.csv"_s, text));
    CHECK(summary.rejected == 3);
    CHECK(summary.rejections.contains(rejection(u"empty.csv"_s, 2, u"title"_s, u"empty value"_s)));
    CHECK(summary.rejections.contains(
        rejection(u"empty.csv"_s, 3, u"threshold"_s, u"empty value"_s)));
    CHECK(summary.rejections.contains(
        rejection(u"empty.csv"_s, 4, u"effective_from"_s, u"empty value"_s)));
    CHECK_FALSE(summary.committed);
}

TEST_CASE("standard import refuses a code repeated within the file", "[import]")
{
    const QByteArray text = kHeader +                                                           // 1
                            appRow("15", "20", "2024-01-01").replace("APP-T-01", "APP-T-05")    // 2
                            + appRow("14", "20", "2024-01-01").replace("APP-T-01", "app-t-05"); // 3
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    QTemporaryDir dir;
    const ImportSummary summary = importStandards(
        *c.workbench, writeFixture(dir, u"twice.csv"_s, text), onDay(QDate(2025, 6, 30), true));
    CHECK(summary.rejections ==
          QList<ImportRejection>{rejection(u"twice.csv"_s, 3, u"code"_s,
                                           u"standard app-t-05 appears more than once in this "
                                           "file"_s)});
    CHECK(summary.imported == 1);
    CHECK(summary.rejected == 1);
    const QHash<QString, Standard> standards = byCode(*c.workbench);
    REQUIRE(standards.size() == 1);
    CHECK(standards.value(u"APP-T-05"_s).target() == 15);
}

TEST_CASE("a standard import with a bad row leaves no standard and no created service", "[import]")
{
    const QByteArray text =
        kHeader + // 1
        "CR-T-01,Card replacement time,Card replacement,Timeliness,turnaround_days,mean,lower,2,"
        "3,days,Card Services,,,2024-01-01\n" // 2
        "CR-T-02,Card replacement errors,Card replacement,Accuracy,error_rates,mean,lower,1,2,%,"
        "Card Services,,,2024-01-01\n"; // 3
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"atomic.csv"_s, text);

    SECTION("all or nothing")
    {
        const ImportSummary summary = importStandards(*wb, path);
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(u"atomic.csv"_s, 3, u"metric"_s,
                            u"\"error_rates\" is not a metric; use one of: turnaround (days), "
                            "turnaround (hours), right first time (%), error rate (%), count per "
                            "1,000 cases, survey score, audit score (%)"_s)});
        CHECK_FALSE(summary.committed);
        CHECK(summary.imported == 0);
        CHECK(summary.notes.isEmpty()); // nothing was created after all
        CHECK(wb->catalogue().standards().isEmpty());
        CHECK(wb->services().all().isEmpty());
        CHECK(wb->departments().all().isEmpty());
        CHECK(wb->dimensions().all().isEmpty());
    }
    SECTION("skipping the bad row keeps the good one")
    {
        const ImportSummary summary = importStandards(*wb, path, onDay(QDate(2025, 6, 30), true));
        CHECK(summary.committed);
        CHECK(summary.imported == 1);
        CHECK(summary.rejected == 1);
        const QHash<QString, Standard> standards = byCode(*wb);
        CHECK(standards.size() == 1);
        CHECK(standards.contains(u"CR-T-01"_s));
        CHECK(named(wb->services().all(), u"Card replacement"_s).has_value());
    }
}

TEST_CASE("a skipped row takes back the service and department it created", "[import]")
{
    // Row 3 names a new service and a new department, then fails on its
    // metric: with bad rows skipped, row 2 goes in and nothing of row 3 stays.
    const QByteArray text =
        kHeader + // 1
        "CR-T-01,Card replacement time,Card replacement,Timeliness,turnaround_days,mean,lower,2,"
        "3,days,Card Services,,,2024-01-01\n" // 2
        "FX-T-01,Foreign exchange queries,Foreign exchange,Timeliness,error_rates,mean,lower,1,"
        "2,%,Treasury Desk,,,2024-01-01\n"; // 3
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    QTemporaryDir dir;
    const ImportSummary summary = importStandards(*wb, writeFixture(dir, u"partial.csv"_s, text),
                                                  onDay(QDate(2025, 6, 30), true));
    CHECK(summary.committed);
    CHECK(summary.imported == 1);
    CHECK(summary.rejected == 1);
    CHECK(named(wb->services().all(), u"Card replacement"_s).has_value());
    CHECK_FALSE(named(wb->services().all(), u"Foreign exchange"_s).has_value());
    CHECK_FALSE(named(wb->departments().all(), u"Treasury Desk"_s).has_value());
    for (const QString &note : summary.notes) {
        CHECK_FALSE(note.contains(u"Foreign exchange"_s));
        CHECK_FALSE(note.contains(u"Treasury Desk"_s));
    }
}

TEST_CASE("a service named first by a skipped row is created for a later good row", "[import]")
{
    // Row 2 creates "Foreign exchange" and is then refused (bad metric), so
    // the service goes with it; row 3 names it again and must get a new one.
    const QByteArray text =
        kHeader + // 1
        "FX-T-01,Foreign exchange queries,Foreign exchange,Timeliness,error_rates,mean,lower,1,"
        "2,%,Treasury Desk,,,2024-01-01\n" // 2
        "FX-T-02,Foreign exchange answer time,Foreign exchange,Timeliness,turnaround_days,mean,"
        "lower,2,3,days,Treasury Desk,,,2024-01-01\n"; // 3
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    QTemporaryDir dir;
    const ImportSummary summary = importStandards(*wb, writeFixture(dir, u"again.csv"_s, text),
                                                  onDay(QDate(2025, 6, 30), true));
    CHECK(summary.committed);
    CHECK(summary.imported == 1);
    CHECK(summary.rejected == 1);
    const std::optional<Service> fx = named(wb->services().all(), u"Foreign exchange"_s);
    REQUIRE(fx);
    const QHash<QString, Standard> standards = byCode(*wb);
    REQUIRE(standards.contains(u"FX-T-02"_s));
    CHECK(standards.value(u"FX-T-02"_s).serviceId == fx->id);
}

TEST_CASE("standard import needs every contract column", "[import]")
{
    QByteArray text = kHeader + appRow("15", "20", "2024-01-01");
    text.replace(",effective_from\n", "\n");
    text.replace(",2024-01-01\n", "\n");
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    QTemporaryDir dir;
    const ImportSummary summary =
        importStandards(*c.workbench, writeFixture(dir, u"short.csv"_s, text));
    CHECK(summary.rejections ==
          QList<ImportRejection>{rejection(u"short.csv"_s, 1, u"effective_from"_s,
                                           u"the header has no column \"effective_from\""_s)});
    CHECK_FALSE(summary.committed);
    CHECK(c.workbench->catalogue().standards().isEmpty());
}

TEST_CASE("a catalogue without the status and day_basis columns leaves them as they are",
          "[import]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Standard s = Testing::turnaroundStandard(c, u"APP-T-01"_s);
    s.status = StandardStatus::Retired;
    s.retiredOn = QDate(2024, 12, 31);
    s.dayBasis = DayBasis::Business;
    REQUIRE(c.workbench->catalogue().add(s).isEmpty());
    QTemporaryDir dir;

    SECTION("the same values: a duplicate")
    {
        const ImportSummary summary = importStandards(
            *c.workbench,
            writeFixture(dir, u"contract.csv"_s, kHeader + appRow("15", "20", "2024-01-01")),
            onDay(QDate(2025, 6, 30)));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.duplicates == 1);
        CHECK(summary.imported == 0);
        CHECK(byCode(*c.workbench).value(u"APP-T-01"_s) == s);
    }
    SECTION("a new title: only the title changes")
    {
        const ImportSummary summary = importStandards(
            *c.workbench,
            writeFixture(dir, u"contract.csv"_s,
                         kHeader + appRow("15", "20", "2024-01-01", "Processing time")),
            onDay(QDate(2025, 6, 30)));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 1);
        Standard expected = s;
        expected.title = u"Processing time"_s;
        CHECK(byCode(*c.workbench).value(u"APP-T-01"_s) == expected);
    }
}
