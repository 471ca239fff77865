// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/measurementimporter.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

// APP-T-01: mean turnaround in days (any non-negative value).
// APP-Q-01: right first time in % (0 to 100).
struct Bench
{
    Testing::SmallCatalogue catalogue;
    qint64 turnaround = 0;
    qint64 percentage = 0;
    Workbench &workbench() { return *catalogue.workbench; }
};

Bench bench()
{
    Bench b;
    b.catalogue = Testing::smallCatalogue();
    Standard t = Testing::turnaroundStandard(b.catalogue, u"APP-T-01"_s);
    REQUIRE(b.catalogue.workbench->catalogue().add(t).isEmpty());
    Standard q = Testing::turnaroundStandard(b.catalogue, u"APP-Q-01"_s);
    q.title = u"Applications right first time"_s;
    q.metric = Metric::RightFirstTimePct;
    q.direction = Direction::HigherIsBetter;
    q.unit = u"%"_s;
    q.revisions = {{QDate(2024, 1, 1), 95, 90, u"Quality programme"_s, {}, {}, {}}};
    REQUIRE(b.catalogue.workbench->catalogue().add(q).isEmpty());
    b.turnaround = t.id;
    b.percentage = q.id;
    return b;
}

ImportSummary importMeasurements(Workbench &workbench, const QString &path,
                                 const ImportOptions &options = ImportOptions(),
                                 DateFormat format = DateFormat::Auto)
{
    return MeasurementImporter(workbench).run(path, options, format);
}

ImportOptions skippingBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    return options;
}

Measurement measurement(qint64 standardId, QDate start, QDate end, double value,
                        std::optional<int> sampleSize, const QString &source)
{
    Measurement m;
    m.standardId = standardId;
    m.periodStart = start;
    m.periodEnd = end;
    m.value = value;
    m.sampleSize = sampleSize;
    m.source = source;
    return m;
}

// The stored measurements without their ids, to compare with expectations.
QList<Measurement> stored(Workbench &workbench, qint64 standardId)
{
    QList<Measurement> result = workbench.measurements().forStandard(standardId);
    for (Measurement &m : result)
        m.id = 0;
    return result;
}

} // namespace

TEST_CASE("measurement import reads code, period, value and sample size", "[import]")
{
    Bench b = bench();
    QTemporaryDir dir;

    SECTION("canonical columns")
    {
        const QByteArray text = "standard,period_start,period_end,value,sample_size\n"
                                "APP-T-01,2025-01-01,2025-01-31,12.5,40\n"
                                "app-q-01,2025-01-01,2025-01-31,96,\n"
                                "APP-T-01,2025-02-01,2025-02-28,0,0\n";
        const ImportSummary summary =
            importMeasurements(b.workbench(), writeFixture(dir, u"m.csv"_s, text));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.committed);
        CHECK(summary.rowsRead == 3);
        CHECK(summary.imported == 3);
        CHECK(summary.duplicates == 0);
        CHECK(summary.rejected == 0);
        CHECK(stored(b.workbench(), b.turnaround) ==
              QList<Measurement>{measurement(b.turnaround, QDate(2025, 1, 1), QDate(2025, 1, 31),
                                             12.5, 40, u"m.csv"_s),
                                 measurement(b.turnaround, QDate(2025, 2, 1), QDate(2025, 2, 28), 0,
                                             0, u"m.csv"_s)});
        CHECK(stored(b.workbench(), b.percentage) ==
              QList<Measurement>{measurement(b.percentage, QDate(2025, 1, 1), QDate(2025, 1, 31),
                                             96, std::nullopt, u"m.csv"_s)});
    }
    SECTION("short column names, no sample size column")
    {
        const QByteArray text = "code,start,end,value\n"
                                "APP-T-01,2025-01-01,2025-01-31,9\n";
        const ImportSummary summary =
            importMeasurements(b.workbench(), writeFixture(dir, u"short.csv"_s, text));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(stored(b.workbench(), b.turnaround) ==
              QList<Measurement>{measurement(b.turnaround, QDate(2025, 1, 1), QDate(2025, 1, 31), 9,
                                             std::nullopt, u"short.csv"_s)});
    }
    SECTION("semicolons, decimal commas and day-first dates")
    {
        const QByteArray text = "standard;period_start;period_end;value;sample_size\r\n"
                                "APP-T-01;01/03/2025;31/03/2025;12,75;18\r\n"
                                "APP-Q-01;01/03/2025;31/03/2025;97,5;\r\n";
        const ImportSummary summary =
            importMeasurements(b.workbench(), writeFixture(dir, u"eu.csv"_s, text));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        CHECK(summary.imported == 2);
        CHECK(stored(b.workbench(), b.turnaround) ==
              QList<Measurement>{measurement(b.turnaround, QDate(2025, 3, 1), QDate(2025, 3, 31),
                                             12.75, 18, u"eu.csv"_s)});
        CHECK(stored(b.workbench(), b.percentage) ==
              QList<Measurement>{measurement(b.percentage, QDate(2025, 3, 1), QDate(2025, 3, 31),
                                             97.5, std::nullopt, u"eu.csv"_s)});
    }
}

TEST_CASE("measurement import reports each bad value with its line and column", "[import]")
{
    const QByteArray text = "standard,period_start,period_end,value,sample_size\n" // 1
                            "XYZ-1,2025-01-01,2025-01-31,3,10\n"                   // 2
                            "APP-T-01,2025-02-28,2025-02-01,3,10\n"                // 3
                            "APP-T-01,2025-03-01,2025-03-31,abc,10\n"              // 4
                            "APP-Q-01,2025-01-01,2025-01-31,101,10\n"              // 5
                            "APP-Q-01,2025-02-01,2025-02-28,-0.5,10\n"             // 6
                            "APP-T-01,2025-04-01,2025-04-30,3,ten\n"               // 7
                            "APP-T-01,2025-05-01,2025-05-31, ,10\n"                // 8
                            "APP-T-01,2025-06-31,2025-07-31,3,10\n"                // 9
                            ",2025-08-01,2025-08-31,3,10\n"                        // 10
                            "APP-T-01,2025-09-01,2025-09-30,3\n"                   // 11
                            "APP-T-01,2025-10-01,2025-10-31,12,1.5\n"              // 12
                            "APP-Q-01,2025-03-01,2025-03-31,100,10\n"              // 13 edge
                            "APP-Q-01,2025-04-01,2025-04-30,0,10\n";               // 14 edge
    const QString f = u"bad.csv"_s;
    const QList<ImportRejection> expected{
        rejection(f, 2, u"standard"_s, u"unknown standard \"XYZ-1\""_s),
        rejection(f, 3, u"period_end"_s, u"period ends before it starts"_s),
        rejection(f, 4, u"value"_s, u"\"abc\" is not a number"_s),
        rejection(f, 5, u"value"_s, u"101 is a percentage and must be between 0 and 100"_s),
        rejection(f, 6, u"value"_s, u"-0.5 is a percentage and must be between 0 and 100"_s),
        rejection(f, 7, u"sample_size"_s, u"\"ten\" is not a whole number of cases"_s),
        rejection(f, 8, u"value"_s, u"empty value"_s),
        rejection(f, 9, u"period_start"_s, u"cannot read \"2025-06-31\" as a date (ISO)"_s),
        rejection(f, 10, u"standard"_s, u"empty value"_s),
        rejection(f, 11, u"row"_s, u"wrong number of fields: expected 5, found 4"_s),
        rejection(f, 12, u"sample_size"_s, u"\"1.5\" is not a whole number of cases"_s),
    };
    QTemporaryDir dir;
    const QString path = writeFixture(dir, f, text);
    Bench b = bench();

    SECTION("all or nothing")
    {
        const ImportSummary summary = importMeasurements(b.workbench(), path);
        CHECK(summary.rejections == expected);
        CHECK(summary.rowsRead == 13);
        CHECK(summary.rejected == 11);
        CHECK(summary.imported == 0);
        CHECK_FALSE(summary.committed);
        CHECK(b.workbench().measurements().count() == 0);
    }
    SECTION("skipping the bad rows keeps the two good ones")
    {
        const ImportSummary summary = importMeasurements(b.workbench(), path, skippingBadRows());
        CHECK(summary.rejections == expected);
        CHECK(summary.rejected == 11);
        CHECK(summary.imported == 2);
        CHECK(summary.committed);
        CHECK(stored(b.workbench(), b.percentage) ==
              QList<Measurement>{
                  measurement(b.percentage, QDate(2025, 3, 1), QDate(2025, 3, 31), 100, 10, f),
                  measurement(b.percentage, QDate(2025, 4, 1), QDate(2025, 4, 30), 0, 10, f)});
        CHECK(stored(b.workbench(), b.turnaround).isEmpty());
    }
}

TEST_CASE("measurement import needs the standard, period and value columns", "[import]")
{
    QTemporaryDir dir;
    Bench b = bench();
    const QByteArray text = "standard,period_start,period_end,sample_size\n"
                            "APP-T-01,2025-01-01,2025-01-31,40\n";
    const ImportSummary summary = importMeasurements(
        b.workbench(), writeFixture(dir, u"novalue.csv"_s, text), skippingBadRows());
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"novalue.csv"_s, 1, u"value"_s, u"the header has no column \"value\""_s)});
    CHECK_FALSE(summary.committed);
    CHECK(b.workbench().measurements().count() == 0);
}

TEST_CASE("measurement import tells duplicates from conflicts and repeats", "[import]")
{
    Bench b = bench();
    QList<Measurement> existing{measurement(b.turnaround, QDate(2025, 1, 1), QDate(2025, 1, 31),
                                            12.5, 40, u"earlier.csv"_s)};
    REQUIRE(b.workbench().measurements().insertMany(existing).ok());

    const QByteArray text = "standard,period_start,period_end,value,sample_size\n" // 1
                            "APP-T-01,2025-01-01,2025-01-31,12.5,40\n"             // 2 duplicate
                            "APP-T-01,2025-02-01,2025-02-28,11,30\n"               // 3 new
                            "APP-T-01,2025-02-01,2025-02-28,11,30\n"               // 4 repeated
                            "APP-T-01,2025-01-01,2025-01-31,13,40\n";              // 5 conflict
    const QString f = u"periods.csv"_s;
    const QList<ImportRejection> expected{
        rejection(f, 4, u"period_start"_s,
                  u"APP-T-01 has this period more than once in this file"_s),
        rejection(f, 5, u"value"_s,
                  u"APP-T-01 already has a different value (12.5) for this period"_s)};
    QTemporaryDir dir;
    const QString path = writeFixture(dir, f, text);

    SECTION("all or nothing")
    {
        const ImportSummary summary = importMeasurements(b.workbench(), path);
        CHECK(summary.rejections == expected);
        CHECK_FALSE(summary.committed);
        CHECK(summary.imported == 0);
        CHECK(summary.rejected == 2);
        CHECK(b.workbench().measurements().count() == 1);
    }
    SECTION("skipping the bad rows")
    {
        const ImportSummary summary = importMeasurements(b.workbench(), path, skippingBadRows());
        CHECK(summary.rejections == expected);
        CHECK(summary.committed);
        CHECK(summary.rowsRead == 4);
        CHECK(summary.imported == 1);
        CHECK(summary.duplicates == 1);
        CHECK(summary.rejected == 2);
        CHECK(stored(b.workbench(), b.turnaround) ==
              QList<Measurement>{
                  measurement(b.turnaround, QDate(2025, 1, 1), QDate(2025, 1, 31), 12.5, 40,
                              u"earlier.csv"_s),
                  measurement(b.turnaround, QDate(2025, 2, 1), QDate(2025, 2, 28), 11, 30, f)});
    }
    SECTION("a different sample size is a conflict too")
    {
        const QByteArray other = "standard,period_start,period_end,value,sample_size\n" // 1
                                 "APP-T-01,2025-01-01,2025-01-31,12.5,41\n";            // 2
        const ImportSummary summary =
            importMeasurements(b.workbench(), writeFixture(dir, u"n.csv"_s, other));
        REQUIRE(summary.rejections.size() == 1);
        CHECK(summary.rejections.constFirst().line == 2);
        CHECK(summary.rejections.constFirst().column == u"value"_s);
        CHECK(summary.duplicates == 0);
        CHECK_FALSE(summary.committed);
    }
}

TEST_CASE("importing the same measurements again changes nothing", "[import]")
{
    Bench b = bench();
    const QByteArray text = "standard,period_start,period_end,value,sample_size\n"
                            "APP-T-01,2025-01-01,2025-01-31,12.5,40\n"
                            "APP-T-01,2025-02-01,2025-02-28,14,\n"
                            "APP-Q-01,2025-01-01,2025-01-31,96.25,80\n";
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"weekly.csv"_s, text);

    const ImportSummary first = importMeasurements(b.workbench(), path);
    CHECK(first.rejections == QList<ImportRejection>());
    CHECK(first.imported == 3);
    const QList<Measurement> afterFirst = b.workbench().measurements().all();

    const ImportSummary second = importMeasurements(b.workbench(), path);
    CHECK(second.rejections == QList<ImportRejection>());
    CHECK(second.committed);
    CHECK(second.rowsRead == 3);
    CHECK(second.imported == 0);
    CHECK(second.duplicates == 3);
    CHECK(second.rejected == 0);
    CHECK(b.workbench().measurements().all() == afterFirst);
}
