// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/csvreader.h"
#include "io/csvwriter.h"
#include "io/formulaguard.h"

#include <QBuffer>

using namespace Yardstick;
using namespace Qt::StringLiterals;

// The OWASP "CSV injection" payloads: each must reach a spreadsheet as text.
TEST_CASE("CSV cells a spreadsheet would run as formulas are written as text",
          "[csv][formulaguard]")
{
    CHECK(guardedCell(u"=HYPERLINK(\"http://x\",\"click\")"_s) ==
          u"'=HYPERLINK(\"http://x\",\"click\")"_s);
    CHECK(guardedCell(u"+1+cmd|' /C calc'!A0"_s) == u"'+1+cmd|' /C calc'!A0"_s);
    CHECK(guardedCell(u"-2+3"_s) == u"'-2+3"_s);
    CHECK(guardedCell(u"@SUM(A1:A9)"_s) == u"'@SUM(A1:A9)"_s);
    CHECK(guardedCell(u"\t=1"_s) == u"'\t=1"_s);
    CHECK(guardedCell(u"- late again"_s) == u"'- late again"_s);
    // Numbers stay numbers; ordinary text is untouched.
    CHECK(guardedCell(u"-3.5"_s) == u"-3.5"_s);
    CHECK(guardedCell(u"+12"_s) == u"+12"_s);
    CHECK(guardedCell(u"1e-5"_s) == u"1e-5"_s);
    CHECK(guardedCell(u"My card = late"_s) == u"My card = late"_s);
    CHECK(guardedCell(u""_s).isEmpty());
    // An apostrophe already there before a formula gets one more, so that
    // reading back gives exactly what was written.
    CHECK(guardedCell(u"'=1"_s) == u"''=1"_s);
    CHECK(guardedCell(u"'quoted'"_s) == u"'quoted'"_s);

    CsvWriter writer;
    writer.writeRecord({u"K-1"_s, u"=1+1"_s, u"-0.25"_s, u"@me, you"_s});
    CHECK(writer.data() == "K-1,'=1+1,-0.25,\"'@me, you\"\n");
}

TEST_CASE("guarded CSV cells read back exactly", "[csv][formulaguard]")
{
    const QStringList cells = {u"=1+1"_s,   u"'=1+1"_s, u"-3.5"_s,   u"- dash"_s,
                               u"'plain"_s, u"@x"_s,    u"\t=tab"_s, u"ok"_s};
    CsvWriter writer;
    writer.writeRecord(cells);
    QByteArray bytes = writer.data();
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    const std::optional<CsvRecord> record = reader.next();
    REQUIRE(record);
    CHECK(record->fields == cells);
}
