// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/standardimporter.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QHash>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

const QByteArray kHeader = "code,title,service,dimension,metric,statistic,direction,target,"
                           "threshold,unit,department,basis,rationale,effective_from\n";

ImportOptions onDay(QDate today)
{
    ImportOptions options;
    options.today = today;
    return options;
}

QHash<QString, Standard> byCode(Workbench &workbench)
{
    QHash<QString, Standard> result;
    for (const Standard &s : workbench.catalogue().standards())
        result.insert(s.code, s);
    return result;
}

QHash<QString, Dimension> dimensionsByKey(Workbench &workbench)
{
    QHash<QString, Dimension> result;
    for (const Dimension &d : workbench.dimensions().all())
        result.insert(d.key, d);
    return result;
}

} // namespace

TEST_CASE("a catalogue written in the window's words, short forms and Chinese imports",
          "[import][catalogueterms]")
{
    // How an analyst types it: what the standard dialog shows, short forms,
    // Chinese terms, any case and spacing. Timeliness and responsiveness are
    // each named three ways and must end up as one dimension each.
    const QByteArray text =
        kHeader + // 1
        "APP-T-01,Application processing time,Application processing,Timeliness,"
        "Turnaround (days),average,Lower is better,15,20,Days,New Accounts,"
        "Customer expectation; Economics,,2024-01-01\n" // 2
        "APP-T-02,90th percentile processing time,application processing,TIMELINESS,"
        "turnaround,P90,lower,20,25,d,New Accounts,customer expectations,,2024-01-01\n" // 3
        "CR-T-01,Card replacements within 2 days,Card replacement,及时性,处理时间（天）,"
        "% within 2 days,越高越好,90,80,percent,Card Services,处理能力,,2024-07-01\n" // 4
        "CR-A-01,Card replacements right first time,Card replacement,accuracy,"
        "right first time %,mean,higher is better,98,95,pct,Card Services,"
        "\"Processing capability, competitors\",,2024-07-01\n" // 5
        "INQ-R-01,Median inquiry answer time,Inquiry,Responsiveness,Turnaround (hours),"
        "Median,down,48,72,h,Customer Service,customer,,2024-01-01\n" // 6
        "INQ-R-02,Inquiries answered within 5 days,Inquiry,响应性,turnaround_days,"
        "Share done within 5 days,higher,85,75,%,Customer Service,客户期望、竞争对手,,"
        "2024-01-01\n" // 7
        "INQ-R-03,Inquiry replies in a week,Inquiry, responsiveness ,TURNAROUND_DAYS,"
        "within:7,Higher Is Better,95,90,,Customer Service,CUSTOMER_EXPECTATION,,"
        "2024-01-01\n"; // 8
    QTemporaryDir dir;
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    const ImportSummary summary = StandardImporter(*wb).run(
        writeFixture(dir, u"standards.csv"_s, text), onDay(QDate(2025, 6, 30)));
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 7);

    // The Chinese and upper-case names found the dimensions made from the
    // English ones; none is named in Chinese or twice.
    const QHash<QString, Dimension> dimensions = dimensionsByKey(*wb);
    CHECK(dimensions.keys().size() == 3);
    REQUIRE(dimensions.contains(u"timeliness"_s));
    REQUIRE(dimensions.contains(u"accuracy"_s));
    REQUIRE(dimensions.contains(u"responsiveness"_s));
    CHECK(dimensions.value(u"timeliness"_s).name == u"Timeliness"_s);
    CHECK(dimensions.value(u"accuracy"_s).name == u"Accuracy"_s);
    CHECK(dimensions.value(u"responsiveness"_s).name == u"Responsiveness"_s);
    const qint64 timeliness = dimensions.value(u"timeliness"_s).id;
    const qint64 responsiveness = dimensions.value(u"responsiveness"_s).id;
    CHECK(wb->services().all().size() == 3);

    const QHash<QString, Standard> s = byCode(*wb);
    REQUIRE(s.size() == 7);
    const Standard t1 = s.value(u"APP-T-01"_s);
    CHECK(t1.dimensionId == timeliness);
    CHECK(t1.metric == Metric::TurnaroundDays);
    CHECK(t1.statistic == Statistic::mean());
    CHECK(t1.direction == Direction::LowerIsBetter);
    CHECK(t1.unit == u"days"_s);
    CHECK(t1.basis == (BasisFlag::CustomerExpectation | BasisFlag::Economics));

    const Standard t2 = s.value(u"APP-T-02"_s);
    CHECK(t2.dimensionId == timeliness);
    CHECK(t2.serviceId == t1.serviceId);
    CHECK(t2.metric == Metric::TurnaroundDays);
    CHECK(t2.statistic == Statistic::percentile(90));
    CHECK(t2.direction == Direction::LowerIsBetter);
    CHECK(t2.unit == u"days"_s);
    CHECK(t2.basis == Basis(BasisFlag::CustomerExpectation));

    const Standard c1 = s.value(u"CR-T-01"_s);
    CHECK(c1.dimensionId == timeliness);
    CHECK(c1.metric == Metric::TurnaroundDays);
    CHECK(c1.statistic == Statistic::shareWithin(2));
    CHECK(c1.direction == Direction::HigherIsBetter);
    CHECK(c1.unit == u"%"_s);
    CHECK(c1.basis == Basis(BasisFlag::Capability));
    CHECK(c1.target() == 90);
    CHECK(c1.threshold() == 80);

    const Standard a1 = s.value(u"CR-A-01"_s);
    CHECK(a1.dimensionId == dimensions.value(u"accuracy"_s).id);
    CHECK(a1.metric == Metric::RightFirstTimePct);
    CHECK(a1.statistic == Statistic::mean());
    CHECK(a1.direction == Direction::HigherIsBetter);
    CHECK(a1.unit == u"%"_s);
    CHECK(a1.basis == (BasisFlag::Capability | BasisFlag::Competition));

    const Standard r1 = s.value(u"INQ-R-01"_s);
    CHECK(r1.dimensionId == responsiveness);
    CHECK(r1.metric == Metric::TurnaroundHours);
    CHECK(r1.statistic == Statistic::median());
    CHECK(r1.direction == Direction::LowerIsBetter);
    CHECK(r1.unit == u"hours"_s);
    CHECK(r1.basis == Basis(BasisFlag::CustomerExpectation));

    const Standard r2 = s.value(u"INQ-R-02"_s);
    CHECK(r2.dimensionId == responsiveness);
    CHECK(r2.metric == Metric::TurnaroundDays);
    CHECK(r2.statistic == Statistic::shareWithin(5));
    CHECK(r2.direction == Direction::HigherIsBetter);
    CHECK(r2.unit == u"%"_s);
    CHECK(r2.basis == (BasisFlag::CustomerExpectation | BasisFlag::Competition));

    const Standard r3 = s.value(u"INQ-R-03"_s);
    CHECK(r3.dimensionId == responsiveness);
    CHECK(r3.statistic == Statistic::shareWithin(7));
    CHECK(r3.direction == Direction::HigherIsBetter);
    CHECK(r3.unit == u"days"_s); // an empty unit is still the metric's own
    CHECK(r3.basis == Basis(BasisFlag::CustomerExpectation));
}

TEST_CASE("a catalogue dimension named in Chinese finds the workbench's reference dimension",
          "[import][catalogueterms]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    const qsizetype dimensionsBefore = c.workbench->dimensions().all().size();
    const QHash<QString, Dimension> before = dimensionsByKey(*c.workbench);
    REQUIRE(before.contains(u"timeliness"_s));
    QTemporaryDir dir;
    const QByteArray text = kHeader + "X-1,T,APP,及时性,turnaround_days,mean,lower,15,20,days,NA,"
                                      "customer,,2024-01-01\n";
    const ImportSummary summary =
        StandardImporter(*c.workbench)
            .run(writeFixture(dir, u"zh.csv"_s, text), onDay(QDate(2025, 6, 30)));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.committed);
    CHECK(c.workbench->dimensions().all().size() == dimensionsBefore);
    CHECK(byCode(*c.workbench).value(u"X-1"_s).dimensionId == before.value(u"timeliness"_s).id);
}

TEST_CASE("a catalogue word still unknown is refused with the words to use",
          "[import][catalogueterms]")
{
    const QByteArray text =
        kHeader + // 1
        "X-1,T,APP,Timeliness,Turnaround (weeks),average,lower is better,15,20,days,NA,"
        "customer,,2024-01-01\n" // 2
        "X-2,T,APP,Timeliness,turnaround,mode,lower is better,15,20,days,NA,customer,,"
        "2024-01-01\n"                                                                     // 3
        "X-3,T,APP,Timeliness,turnaround,mean,lowest,15,20,days,NA,customer,,2024-01-01\n" // 4
        "X-4,T,APP,Timeliness,turnaround,mean,lower,15,20,days,NA,customer; regulation,,"
        "2024-01-01\n"; // 5
    QTemporaryDir dir;
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    const QString f = u"standards.csv"_s;
    const ImportSummary summary =
        StandardImporter(*wb).run(writeFixture(dir, f, text), onDay(QDate(2025, 6, 30)));
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(f, 2, u"metric"_s,
                        u"\"Turnaround (weeks)\" is not a metric; use one of: turnaround (days), "
                        "turnaround (hours), right first time (%), error rate (%), count per "
                        "1,000 cases, survey score, audit score (%)"_s),
              rejection(f, 3, u"statistic"_s,
                        u"\"mode\" is not a statistic; use one of: mean, median, p90 (a "
                        "percentile from 1 to 99), % within 5 days (any number of days above "
                        "0)"_s),
              rejection(f, 4, u"direction"_s,
                        u"\"lowest\" is not a direction; use one of: lower is better, higher is "
                        "better"_s),
              rejection(f, 5, u"basis"_s,
                        u"\"customer; regulation\" is not a basis; use one or more of: customer "
                        "expectation, competition, processing capability, economics (separated "
                        "by ;)"_s),
          });
    CHECK_FALSE(summary.committed);
    CHECK(formatRejection(summary.rejections.constLast())
              .startsWith(u"standards.csv:5: basis: \"customer; regulation\" is not a basis"_s));
}
