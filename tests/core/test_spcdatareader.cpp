// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/spcdatareader.h"
#include "importtestsupport.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

SpcDataReadResult readFile(const QByteArray &bytes, ControlChartType kind)
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return readSpcData(writeFixture(dir, u"data.csv"_s, bytes), kind);
}

std::vector<qint64> lines(std::initializer_list<qint64> values)
{
    return values;
}

std::vector<double> values(std::initializer_list<double> numbers)
{
    return numbers;
}

} // namespace

TEST_CASE("an individuals chart reads the value column, whatever else the file holds",
          "[spc][import]")
{
    // The header is matched ignoring case and spaces; the other columns,
    // whatever they hold, play no part.
    const SpcDataReadResult r = readFile("day, Value ,note\n"
                                         "2025-01-01,10.5,fine\n"
                                         "2025-01-02,-2,not a number at all\n"
                                         "2025-01-03,1e1,\n",
                                         ControlChartType::IndividualsMovingRange);
    REQUIRE(r.rejections == QList<ImportRejection>());
    CHECK(r.file == u"data.csv"_s);
    CHECK(r.data.values == values({10.5, -2, 10}));
    CHECK(r.data.sizes.empty());
    CHECK(r.data.subgroups.empty());
    CHECK(r.pointLines == lines({2, 3, 4}));
}

TEST_CASE("an X-bar chart groups observations by subgroup in order of first appearance",
          "[spc][import]")
{
    // B appears first (line 2), then A (line 3), then C (line 6); rows of a
    // subgroup need not be next to each other.
    const QByteArray csv = "SUBGROUP,value,operator\n"
                           "B,1,x\n"
                           "A,2,y\n"
                           "B,3,x\n"
                           "A,4,y\n"
                           "C,5,z\n"
                           "C,6,z\n"
                           "B,7,x\n";
    for (const ControlChartType kind : {ControlChartType::XbarR, ControlChartType::XbarS}) {
        const SpcDataReadResult r = readFile(csv, kind);
        REQUIRE(r.rejections == QList<ImportRejection>());
        REQUIRE(r.data.subgroups.size() == 3);
        CHECK(r.data.subgroups[0] == values({1, 3, 7}));
        CHECK(r.data.subgroups[1] == values({2, 4}));
        CHECK(r.data.subgroups[2] == values({5, 6}));
        CHECK(r.pointLines == lines({2, 3, 6}));
        // A problem with a subgroup is put on the subgroup column, as the
        // file names it.
        CHECK(r.pointColumn == u"SUBGROUP"_s);
    }
}

TEST_CASE("p and np charts read defectives and sample sizes", "[spc][import]")
{
    const QByteArray csv = "size,Defectives\n"
                           "50,3\n"
                           "40,0\n"
                           "60,60\n";
    for (const ControlChartType kind : {ControlChartType::P, ControlChartType::Np}) {
        const SpcDataReadResult r = readFile(csv, kind);
        REQUIRE(r.rejections == QList<ImportRejection>());
        CHECK(r.data.values == values({3, 0, 60}));
        CHECK(r.data.sizes == values({50, 40, 60}));
        CHECK(r.pointLines == lines({2, 3, 4}));
        CHECK(r.pointColumn == u"row"_s);
    }
}

TEST_CASE("c charts read counts, with sizes when given, u charts need sizes", "[spc][import]")
{
    const SpcDataReadResult c = readFile("count\n4\n0\n7\n", ControlChartType::C);
    REQUIRE(c.rejections == QList<ImportRejection>());
    CHECK(c.data.values == values({4, 0, 7}));
    CHECK(c.data.sizes.empty());

    const SpcDataReadResult cWithSize =
        readFile("count,size\n4,1\n0,1\n7,1\n", ControlChartType::C);
    REQUIRE(cWithSize.rejections == QList<ImportRejection>());
    CHECK(cWithSize.data.sizes == values({1, 1, 1}));

    // Units inspected may be fractional.
    const SpcDataReadResult u = readFile("count,size\n4,2.5\n0,1\n7,3\n", ControlChartType::U);
    REQUIRE(u.rejections == QList<ImportRejection>());
    CHECK(u.data.values == values({4, 0, 7}));
    CHECK(u.data.sizes == values({2.5, 1, 3}));

    CHECK(readFile("count\n4\n0\n7\n", ControlChartType::U).rejections ==
          QList<ImportRejection>{
              rejection(u"data.csv"_s, 1, u"size"_s, u"the header has no column \"size\""_s)});
}

TEST_CASE("a missing required column is reported at the header, each one", "[spc][import]")
{
    CHECK(readFile("amount\n1\n2\n3\n", ControlChartType::IndividualsMovingRange).rejections ==
          QList<ImportRejection>{
              rejection(u"data.csv"_s, 1, u"value"_s, u"the header has no column \"value\""_s)});
    CHECK(readFile("group,value\nA,1\n", ControlChartType::XbarR).rejections ==
          QList<ImportRejection>{rejection(u"data.csv"_s, 1, u"subgroup"_s,
                                           u"the header has no column \"subgroup\""_s)});
    CHECK(readFile("n\n1\n", ControlChartType::P).rejections ==
          QList<ImportRejection>{
              rejection(u"data.csv"_s, 1, u"defectives"_s,
                        u"the header has no column \"defectives\""_s),
              rejection(u"data.csv"_s, 1, u"size"_s, u"the header has no column \"size\""_s)});
}

TEST_CASE("bad values are reported at their line and column, all of them", "[spc][import]")
{
    SECTION("individuals: not a number, empty")
    {
        // The quoted note on line 3 runs over three lines, so the record
        // after it starts on line 6.
        const SpcDataReadResult r = readFile("value,note\n"
                                             "1,\n"
                                             "2,\"first\n"
                                             "second\n"
                                             "third\"\n"
                                             "abc,\n"
                                             "3,\n"
                                             ",empty\n",
                                             ControlChartType::IndividualsMovingRange);
        CHECK(r.rejections ==
              QList<ImportRejection>{
                  rejection(u"data.csv"_s, 6, u"value"_s, u"\"abc\" is not a number"_s),
                  rejection(u"data.csv"_s, 8, u"value"_s, u"empty value"_s)});
    }
    SECTION("p chart: size 0, defectives more than the size, not counts")
    {
        const SpcDataReadResult r = readFile("defectives,size\n"
                                             "1,10\n"
                                             "1,0\n"
                                             "11,10\n"
                                             "-1,10\n"
                                             "1.5,10\n"
                                             "1,10.5\n"
                                             "2,ten\n",
                                             ControlChartType::P);
        CHECK(r.rejections ==
              QList<ImportRejection>{
                  rejection(u"data.csv"_s, 3, u"size"_s, u"the size must be more than 0, not 0"_s),
                  rejection(u"data.csv"_s, 4, u"defectives"_s,
                            u"11 defectives is more than the sample size 10"_s),
                  rejection(u"data.csv"_s, 5, u"defectives"_s,
                            u"-1 is not a count (a whole number, 0 or more)"_s),
                  rejection(u"data.csv"_s, 6, u"defectives"_s,
                            u"1.5 is not a count (a whole number, 0 or more)"_s),
                  rejection(u"data.csv"_s, 7, u"size"_s, u"10.5 is not a whole number of items"_s),
                  rejection(u"data.csv"_s, 8, u"size"_s, u"\"ten\" is not a number"_s)});
    }
    SECTION("u chart: a negative size")
    {
        CHECK(readFile("count,size\n1,1\n2,-3\n3,1\n", ControlChartType::U).rejections ==
              QList<ImportRejection>{rejection(u"data.csv"_s, 3, u"size"_s,
                                               u"the size must be more than 0, not -3"_s)});
    }
    SECTION("X-bar: an empty subgroup and a bad value on one row")
    {
        CHECK(readFile("subgroup,value\nA,1\nA,2\n,x\nB,3\nB,4\n", ControlChartType::XbarR)
                  .rejections ==
              QList<ImportRejection>{
                  rejection(u"data.csv"_s, 4, u"subgroup"_s, u"empty value"_s),
                  rejection(u"data.csv"_s, 4, u"value"_s, u"\"x\" is not a number"_s)});
    }
    SECTION("a row with too few fields")
    {
        CHECK(readFile("value,note\n1,a\n2\n3,c\n", ControlChartType::IndividualsMovingRange)
                  .rejections ==
              QList<ImportRejection>{rejection(u"data.csv"_s, 3, u"row"_s,
                                               u"wrong number of fields: expected 2, found 1"_s)});
    }
}

TEST_CASE("a decimal comma is read in a semicolon-separated file", "[spc][import]")
{
    const SpcDataReadResult r =
        readFile("value;note\n1,5;a\n2,25;b\n3;c\n", ControlChartType::IndividualsMovingRange);
    REQUIRE(r.rejections == QList<ImportRejection>());
    CHECK(r.data.values == values({1.5, 2.25, 3}));
}

TEST_CASE("too few points, or none, is an error at the header", "[spc][import]")
{
    const SpcDataReadResult none = readFile("value\n", ControlChartType::IndividualsMovingRange);
    CHECK(none.rejections ==
          QList<ImportRejection>{
              rejection(u"data.csv"_s, 1, u"row"_s, u"the file has a header but no data rows"_s)});

    // Any chart needs more than one point (subgroup) to estimate its limits.
    const SpcDataReadResult one = readFile("value\n5\n", ControlChartType::IndividualsMovingRange);
    REQUIRE(one.rejections.size() == 1);
    CHECK(one.rejections[0].line == 1);
    CHECK(one.rejections[0].column == u"row"_s);
    CHECK(one.rejections[0].reason.startsWith(u"the imr chart needs at least "_s));
    CHECK(one.rejections[0].reason.endsWith(u" points and the file has 1"_s));

    // Three rows, but one subgroup.
    const SpcDataReadResult oneSubgroup =
        readFile("subgroup,value\nA,1\nA,2\nA,3\n", ControlChartType::XbarS);
    REQUIRE(oneSubgroup.rejections.size() == 1);
    CHECK(oneSubgroup.rejections[0].line == 1);
    CHECK(oneSubgroup.rejections[0].reason.startsWith(u"the xbar-s chart needs at least "_s));
    CHECK(oneSubgroup.rejections[0].reason.endsWith(u" subgroups and the file has 1"_s));
}

TEST_CASE("a file that cannot be read is an error for the file as a whole", "[spc][import]")
{
    const SpcDataReadResult r =
        readSpcData(u"/nonexistent/yardstick/data.csv"_s, ControlChartType::IndividualsMovingRange);
    REQUIRE(r.rejections.size() == 1);
    CHECK(r.rejections[0].line == 0);
    CHECK(r.rejections[0].column == u"file"_s);
}

TEST_CASE("reading stops after 100 problems and says so", "[spc][import]")
{
    QByteArray csv = "value\n";
    for (int i = 0; i < 150; ++i)
        csv += "x\n";
    const SpcDataReadResult r = readFile(csv, ControlChartType::IndividualsMovingRange);
    REQUIRE(r.rejections.size() == 101);
    CHECK(r.rejections[99] ==
          rejection(u"data.csv"_s, 101, u"value"_s, u"\"x\" is not a number"_s));
    // Row 100 is on line 101.
    CHECK(r.rejections[100] ==
          rejection(u"data.csv"_s, 101, u"row"_s,
                    u"stopped after 100 problems; the rest of the file was not checked"_s));
}

TEST_CASE("an error the chart reports for a point is put on that point's line", "[spc][import]")
{
    const SpcDataReadResult individuals = readFile("value,note\n"
                                                   "1,\"two\n"
                                                   "lines\"\n"
                                                   "2,\n"
                                                   "3,\n",
                                                   ControlChartType::IndividualsMovingRange);
    REQUIRE(individuals.ok());
    CHECK(individuals.locate({2, u"bad point"_s}) ==
          rejection(u"data.csv"_s, 4, u"row"_s, u"bad point"_s));
    // Point 0 is the data as a whole: the header line.
    CHECK(individuals.locate({0, u"too few"_s}) ==
          rejection(u"data.csv"_s, 1, u"row"_s, u"too few"_s));

    // For X-bar charts, the line of the subgroup's first row.
    const SpcDataReadResult xbar =
        readFile("Subgroup,value\nA,1\nB,2\nA,3\nB,4\nC,5\nC,6\n", ControlChartType::XbarR);
    REQUIRE(xbar.ok());
    CHECK(xbar.locate({3, u"one value"_s}) ==
          rejection(u"data.csv"_s, 6, u"Subgroup"_s, u"one value"_s));
}
