// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/importreport.h"
#include "import/valueparsers.h"

#include <cmath>

using namespace Yardstick;
using namespace Qt::StringLiterals;

TEST_CASE("a rejection is printed as file:line: column: reason", "[import]")
{
    CHECK(formatRejection({u"cases.csv"_s, 12, u"received"_s,
                           u"cannot read \"31/02/2025\" as a date (DD/MM/YYYY)"_s}) ==
          u"cases.csv:12: received: cannot read \"31/02/2025\" as a date (DD/MM/YYYY)"_s);
    CHECK(formatRejection({u"empty.csv"_s, 0, u"file"_s, u"the file is empty"_s}) ==
          u"empty.csv:0: file: the file is empty"_s);
    // Placeholders in the values are printed, never expanded.
    CHECK(formatRejection({u"a%1.csv"_s, 3, u"%2"_s, u"unknown service \"%3\""_s}) ==
          u"a%1.csv:3: %2: unknown service \"%3\""_s);
}

TEST_CASE("rejections are exported as CSV with a header, quoted where needed", "[import]")
{
    const QList<ImportRejection> rejections{
        {u"cases.csv"_s, 5, u"service"_s, u"unknown service \"XYZ\""_s},
        {u"cases.csv"_s, 10, u"row"_s, u"wrong number of fields: expected 7, found 6"_s},
        {u"my, cases.csv"_s, 1, u"Opened at"_s, u"empty value"_s},
        {u"cases.csv"_s, 7, u"received"_s, u"first line\nsecond line"_s},
    };
    CHECK(rejectionsToCsv(rejections) ==
          u"file,line,column,reason\n"
          "cases.csv,5,service,\"unknown service \"\"XYZ\"\"\"\n"
          "cases.csv,10,row,\"wrong number of fields: expected 7, found 6\"\n"
          "\"my, cases.csv\",1,Opened at,empty value\n"
          "cases.csv,7,received,\"first line\nsecond line\"\n"_s);
    CHECK(rejectionsToCsv({}) == u"file,line,column,reason\n"_s);
}

TEST_CASE("the summary line counts rows and says why nothing was imported", "[import]")
{
    ImportSummary summary;
    summary.file = u"cases.csv"_s;
    summary.rowsRead = 1200;
    summary.imported = 1180;
    summary.duplicates = 15;
    summary.rejected = 5;
    summary.committed = true;
    CHECK(
        summary.summaryLine() ==
        u"cases.csv: 1200 rows read, 1180 imported, 0 updated, 15 skipped as duplicates, 5 rejected"_s);

    // A file name holding "%2" is printed as it is.
    ImportSummary odd = summary;
    odd.file = u"week%2.csv"_s;
    CHECK(
        odd.summaryLine() ==
        u"week%2.csv: 1200 rows read, 1180 imported, 0 updated, 15 skipped as duplicates, 5 rejected"_s);

    summary.imported = 0;
    summary.committed = false;
    CHECK(summary.summaryLine() ==
          u"cases.csv: 1200 rows read, 0 imported, 0 updated, 15 skipped as duplicates, 5 rejected "
          "(nothing imported: fix the rejected rows or skip them)"_s);

    // An unreadable file: skipping rows would not help, so it does not say so.
    ImportSummary unreadable = summary;
    unreadable.fileRejected = true;
    CHECK(unreadable.summaryLine() ==
          u"cases.csv: 1200 rows read, 0 imported, 0 updated, 15 skipped as duplicates, 5 rejected "
          "(nothing imported: the file itself has a problem, which skipping rows cannot fix)"_s);

    summary.cancelled = true;
    CHECK(summary.summaryLine() ==
          u"cases.csv: 1200 rows read, 0 imported, 0 updated, 15 skipped as duplicates, 5 rejected "
          "(cancelled: the workbench is unchanged)"_s);
}

TEST_CASE("yes/no values are read in every spelling the import accepts", "[import]")
{
    for (const QString &yes : {u"yes"_s, u"YES"_s, u"Yes"_s, u"true"_s, u"TRUE"_s, u"1"_s, u"y"_s,
                               u"Y"_s, u"  yes "_s}) {
        CAPTURE(yes);
        CHECK(parseBoolean(yes) == std::optional<bool>(true));
    }
    for (const QString &no :
         {u"no"_s, u"NO"_s, u"False"_s, u"false"_s, u"0"_s, u"n"_s, u"N"_s, u"\tno"_s}) {
        CAPTURE(no);
        CHECK(parseBoolean(no) == std::optional<bool>(false));
    }
    for (const QString &other :
         {u""_s, u"maybe"_s, u"2"_s, u"ye"_s, u"yes please"_s, u"-1"_s, u"01"_s, u"t"_s, u"f"_s}) {
        CAPTURE(other);
        CHECK_FALSE(parseBoolean(other).has_value());
    }
}

TEST_CASE("numbers are read with a point, or a decimal comma when commas do not separate",
          "[import]")
{
    CHECK(parseNumber(u"12", u',') == std::optional<double>(12));
    CHECK(parseNumber(u" -3.5 ", u',') == std::optional<double>(-3.5));
    CHECK(parseNumber(u"1e3", u',') == std::optional<double>(1000));
    CHECK(parseNumber(u"0", u',') == std::optional<double>(0));
    CHECK(parseNumber(u"12,5", u';') == std::optional<double>(12.5));
    CHECK(parseNumber(u"12,5", u'\t') == std::optional<double>(12.5));
    CHECK(parseNumber(u"97.25", u';') == std::optional<double>(97.25));

    CHECK_FALSE(parseNumber(u"", u','));
    CHECK_FALSE(parseNumber(u"  ", u';'));
    CHECK_FALSE(parseNumber(u"abc", u','));
    CHECK_FALSE(parseNumber(u"12,5", u',')); // a quoted "12,5" in a comma file is ambiguous
    CHECK_FALSE(parseNumber(u"12.5.1", u','));
    CHECK_FALSE(parseNumber(u"1,2,3", u';'));
    CHECK_FALSE(parseNumber(u"1.234,5", u';'));
    CHECK_FALSE(parseNumber(u"12 days", u','));
    CHECK_FALSE(parseNumber(u"nan", u','));
    CHECK_FALSE(parseNumber(u"inf", u','));
    CHECK_FALSE(parseNumber(u"1e999", u','));
    // No thousands separators: in a comma file a (quoted) "1,234" is no
    // number, and in a semicolon file two commas are not a decimal comma.
    CHECK_FALSE(parseNumber(u"1,234", u','));
    CHECK_FALSE(parseNumber(u"1,234,567", u';'));
}
