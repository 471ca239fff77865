// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/casedatedetection.h"
#include "import/caseimporter.h"
#include "importtestsupport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

// Two services (APP "Application processing", CR "Card replacement") and one
// department (NA "New Accounts").
struct Bench
{
    std::unique_ptr<Workbench> workbench;
    qint64 app = 0;
    qint64 cr = 0;
    qint64 na = 0;
};

Bench bench()
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Bench b;
    b.app = c.serviceId;
    b.na = c.departmentId;
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(c.workbench->services().insert(cr).ok());
    b.cr = cr.id;
    b.workbench = std::move(c.workbench);
    return b;
}

ImportSummary importCases(Workbench &workbench, const QString &path,
                          const CaseImportSettings &settings = CaseImportSettings(),
                          const ImportOptions &options = ImportOptions())
{
    return CaseImporter(workbench).run(path, settings, options);
}

ImportOptions skippingBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    return options;
}

QHash<QString, CaseRecord> byCaseId(Workbench &workbench, qint64 serviceId)
{
    QHash<QString, CaseRecord> result;
    for (const CaseRecord &record : workbench.cases().forService(serviceId))
        result.insert(record.caseId, record);
    return result;
}

// The ISO text of a stored moment, spelled out from its raw columns: the
// digits YYYYMMDD or YYYYMMDDhhmmss and the offset in seconds (schema v8).
QString isoFromColumns(const QVariant &digits, const QVariant &offset)
{
    if (digits.isNull())
        return u"NULL"_s;
    const QString d = QString::number(digits.toLongLong());
    QString text = d.left(4) + u'-' + d.mid(4, 2) + u'-' + d.mid(6, 2);
    if (d.size() == 14)
        text += u'T' + d.mid(8, 2) + u':' + d.mid(10, 2) + u':' + d.mid(12, 2);
    if (!offset.isNull()) {
        const int seconds = offset.toInt();
        if (seconds == 0) {
            text += u'Z';
        } else {
            const int minutes = std::abs(seconds) / 60;
            const QLatin1Char zero('0');
            text += QChar(seconds < 0 ? u'-' : u'+') +
                    u"%1:%2"_s.arg(minutes / 60, 2, 10, zero).arg(minutes % 60, 2, 10, zero);
        }
    }
    return text;
}

// case id -> "received|completed" exactly as stored ("NULL" for no completion).
QHash<QString, QString> storedMoments(Workbench &workbench)
{
    QHash<QString, QString> result;
    QSqlQuery query(workbench.database().connection());
    REQUIRE(query.exec(u"SELECT case_id, received_at, received_offset, completed_at, "
                       u"completed_offset FROM case_records"_s));
    while (query.next()) {
        result.insert(query.value(0).toString(),
                      isoFromColumns(query.value(1), query.value(2)) + u'|' +
                          isoFromColumns(query.value(3), query.value(4)));
    }
    return result;
}

Moment dateOnly(int year, int month, int day)
{
    return Moment{QDate(year, month, day), std::nullopt, std::nullopt};
}

Moment at(int year, int month, int day, int hour, int minute, int second = 0,
          std::optional<int> offsetMinutes = std::nullopt)
{
    Moment m{QDate(year, month, day), hour * 3600 + minute * 60 + second, std::nullopt};
    if (offsetMinutes)
        m.utcOffsetSeconds = *offsetMinutes * 60;
    return m;
}

void storeCase(Workbench &workbench, qint64 serviceId, const QString &caseId,
               std::optional<qint64> departmentId)
{
    CaseRecord record;
    record.serviceId = serviceId;
    record.caseId = caseId;
    record.receivedAt = dateOnly(2025, 3, 3);
    record.completedAt = dateOnly(2025, 3, 5);
    record.rightFirstTime = RightFirstTime::Yes;
    record.departmentId = departmentId;
    QList<CaseRecord> one{record};
    REQUIRE(workbench.cases().insertMany(one).ok());
}

const QByteArray kCanonicalHeader =
    "service,case_id,received,completed,right_first_time,department,key_customer\n";

} // namespace

TEST_CASE("case import reads a canonical header without a mapping in every separator and "
          "encoding",
          "[import]")
{
    const int separator = GENERATE(0, 1, 2); // comma, semicolon, tab
    const int encoding = GENERATE(0, 1, 2);  // UTF-8, UTF-8 with BOM, UTF-16LE with BOM
    CAPTURE(separator, encoding);

    // "Ré-2" holds a non-ASCII letter (U+00E9) so each decoding is exercised.
    QByteArray text = kCanonicalHeader + "APP,A-1,2025-03-03,2025-03-05,yes,NA,no\n"
                                         "app,R\xC3\xA9-2,2025-03-04,,no,,yes\n"
                                         "Card replacement,B-1,2025-03-04,2025-03-04,,new "
                                         "accounts,\n";
    if (separator == 1) {
        text.replace(',', ';');
        text.replace("\n", "\r\n"); // and Windows line ends
    } else if (separator == 2) {
        text.replace(',', '\t');
    }
    if (encoding == 1)
        text.prepend("\xEF\xBB\xBF");
    else if (encoding == 2)
        text = Testing::utf16LeWithBom(text);

    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"cases.csv"_s, text);
    Bench b = bench();
    const ImportSummary summary = importCases(*b.workbench, path);

    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.file == u"cases.csv"_s);
    CHECK(summary.committed);
    CHECK_FALSE(summary.cancelled);
    CHECK(summary.rowsRead == 3);
    CHECK(summary.imported == 3);
    CHECK(summary.duplicates == 0);
    CHECK(summary.rejected == 0);
    CHECK(summary.notes.isEmpty());
    CHECK(b.workbench->cases().count() == 3);

    const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
    REQUIRE(app.size() == 2);
    REQUIRE(app.contains(u"A-1"_s));
    const CaseRecord &a1 = app.value(u"A-1"_s);
    CHECK(a1.receivedAt == dateOnly(2025, 3, 3));
    CHECK(a1.completedAt == std::optional<Moment>(dateOnly(2025, 3, 5)));
    CHECK(a1.rightFirstTime == RightFirstTime::Yes);
    CHECK(a1.departmentId == std::optional<qint64>(b.na));
    CHECK_FALSE(a1.keyCustomer);

    REQUIRE(app.contains(u"R\u00e9-2"_s)); // service given as "app": the code, any case
    const CaseRecord &r2 = app.value(u"R\u00e9-2"_s);
    CHECK(r2.receivedAt == dateOnly(2025, 3, 4));
    CHECK_FALSE(r2.completedAt.has_value());
    CHECK(r2.rightFirstTime == RightFirstTime::No);
    CHECK_FALSE(r2.departmentId.has_value());
    CHECK(r2.keyCustomer);

    // Service and department by name, in another case.
    const QHash<QString, CaseRecord> cr = byCaseId(*b.workbench, b.cr);
    REQUIRE(cr.size() == 1);
    const CaseRecord &b1 = cr.value(u"B-1"_s);
    CHECK(b1.caseId == u"B-1"_s);
    CHECK(b1.receivedAt == dateOnly(2025, 3, 4));
    CHECK(b1.completedAt == std::optional<Moment>(dateOnly(2025, 3, 4)));
    CHECK(b1.rightFirstTime == RightFirstTime::Unknown);
    CHECK(b1.departmentId == std::optional<qint64>(b.na));
    CHECK_FALSE(b1.keyCustomer);
}

TEST_CASE("case import reads quoted fields and counts the physical lines they span", "[import]")
{
    const QByteArray text =
        "service,case_id,received,completed,right_first_time,department,key_customer\r\n" // 1
        "APP,\"Q,1\",2025-03-03,2025-03-04,yes,NA,no\r\n"                                 // 2
        "APP,\"Q \"\"2\"\"\",2025-03-03,2025-03-04,yes,NA,no\r\n"                         // 3
        "APP,\"Q\r\n"                                                                     // 4
        "3\",2025-03-03,2025-03-04,yes,\"NA\",no\r\n"                                     // 5
        "APP,Q-4,2025-03-05,2025-03-04,yes,NA,no\r\n"                                     // 6
        "APP,\"Q-5\n"                                                                     // 7
        "\n"                                                                              // 8
        "end\",2025-03-03,2025-03-04,yes,NA,no\n"                                         // 9
        "APP,Q-6,2025-03-03,2025-03-04,maybe,NA,no\n";                                    // 10
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"quoted.csv"_s, text);
    // The two-line field of lines 4-5 and the three-line one of lines 7-9
    // push the bad rows down to lines 6 and 10.
    const QList<ImportRejection> expected{
        rejection(u"quoted.csv"_s, 6, u"completed"_s, u"completed before received"_s),
        rejection(u"quoted.csv"_s, 10, u"right_first_time"_s,
                  u"\"maybe\" is not yes/no, true/false, 1/0 or Y/N"_s)};
    Bench b = bench();

    SECTION("all or nothing")
    {
        const ImportSummary summary = importCases(*b.workbench, path);
        CHECK(summary.rejections == expected);
        CHECK_FALSE(summary.committed);
        CHECK(summary.rowsRead == 6);
        CHECK(summary.imported == 0);
        CHECK(summary.rejected == 2);
        CHECK(b.workbench->cases().count() == 0);
    }
    SECTION("skipping the bad rows")
    {
        const ImportSummary summary = importCases(*b.workbench, path, {}, skippingBadRows());
        CHECK(summary.rejections == expected);
        CHECK(summary.committed);
        CHECK(summary.rowsRead == 6);
        CHECK(summary.imported == 4);
        CHECK(summary.duplicates == 0);
        CHECK(summary.rejected == 2);
        const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
        CHECK(app.size() == 4);
        CHECK(app.contains(u"Q,1"_s));
        CHECK(app.contains(u"Q \"2\""_s));
        CHECK(app.contains(u"Q\r\n3"_s));
        CHECK(app.contains(u"Q-5\n\nend"_s));
        CHECK(app.value(u"Q\r\n3"_s).departmentId == std::optional<qint64>(b.na));
    }
}

TEST_CASE("case import reads the yes/no spellings in any case and in any column order", "[import]")
{
    const QByteArray text =
        "service,case_id,right_first_time,key_customer,received,completed\n" // 1
        "APP,B-1,yes,no,2025-03-03,\n"
        "APP,B-2,No,YES,2025-03-03,\n"
        "APP,B-3,true,false,2025-03-03,\n"
        "APP,B-4,FALSE,True,2025-03-03,\n"
        "APP,B-5,1,0,2025-03-03,\n"
        "APP,B-6,0,1,2025-03-03,\n"
        "APP,B-7,Y,n,2025-03-03,\n"
        "APP,B-8,n, y ,2025-03-03,\n";
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"booleans.csv"_s, text));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.imported == 8);

    const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
    REQUIRE(app.size() == 8);
    for (int i = 1; i <= 8; ++i) {
        const bool odd = i % 2 == 1;
        const CaseRecord record = app.value(u"B-"_s + QString::number(i));
        CAPTURE(i);
        CHECK(record.rightFirstTime == (odd ? RightFirstTime::Yes : RightFirstTime::No));
        CHECK(record.keyCustomer == !odd);
        CHECK_FALSE(record.completedAt.has_value());
        CHECK_FALSE(record.departmentId.has_value());
    }
}

TEST_CASE("case import stores ISO dates and date-times canonically", "[import]")
{
    const QByteArray text = "service,case_id,received,completed\n"                        // 1
                            "APP,D-1,2025-03-03,2025-03-05\n"                             // 2
                            "APP,D-2,2025-03-03T09:30,2025-03-03T17:45:10\n"              // 3
                            "APP,D-3,2025-03-03 09:30:15,2025-03-04 08:00\n"              // 4
                            "APP,D-4,2025-03-03T09:30:00Z,2025-03-03T10:00:00Z\n"         // 5
                            "APP,D-5,2025-03-03T09:30:00+08:00,2025-03-03T09:00:00Z\n"    // 6
                            "APP,D-6,2025-03-03T09:30:15.250,2025-03-03T23:59:59-05:00\n" // 7
                            "APP,D-7,2025-03-03,2025-03-03T08:00+0530\n";                 // 8
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"dates.csv"_s, text));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.notes.isEmpty());
    CHECK(summary.imported == 7);

    const QHash<QString, QString> stored = storedMoments(*b.workbench);
    CHECK(stored.value(u"D-1"_s) == u"2025-03-03|2025-03-05"_s);
    CHECK(stored.value(u"D-2"_s) == u"2025-03-03T09:30:00|2025-03-03T17:45:10"_s);
    CHECK(stored.value(u"D-3"_s) == u"2025-03-03T09:30:15|2025-03-04T08:00:00"_s);
    CHECK(stored.value(u"D-4"_s) == u"2025-03-03T09:30:00Z|2025-03-03T10:00:00Z"_s);
    CHECK(stored.value(u"D-5"_s) == u"2025-03-03T09:30:00+08:00|2025-03-03T09:00:00Z"_s);
    CHECK(stored.value(u"D-6"_s) == u"2025-03-03T09:30:15|2025-03-03T23:59:59-05:00"_s);
    CHECK(stored.value(u"D-7"_s) == u"2025-03-03|2025-03-03T08:00:00+05:30"_s);

    const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
    CHECK(app.value(u"D-1"_s).receivedAt == dateOnly(2025, 3, 3));
    CHECK(app.value(u"D-2"_s).receivedAt == at(2025, 3, 3, 9, 30));
    CHECK(app.value(u"D-3"_s).completedAt == std::optional<Moment>(at(2025, 3, 4, 8, 0)));
    CHECK(app.value(u"D-4"_s).receivedAt == at(2025, 3, 3, 9, 30, 0, 0));
    CHECK(app.value(u"D-5"_s).receivedAt == at(2025, 3, 3, 9, 30, 0, 8 * 60));
    CHECK(app.value(u"D-6"_s).receivedAt == at(2025, 3, 3, 9, 30, 15));
    CHECK(app.value(u"D-6"_s).completedAt ==
          std::optional<Moment>(at(2025, 3, 3, 23, 59, 59, -5 * 60)));
    CHECK(app.value(u"D-7"_s).completedAt ==
          std::optional<Moment>(at(2025, 3, 3, 8, 0, 0, 5 * 60 + 30)));
}

TEST_CASE("case import compares receipt and completion as instants, offsets honoured", "[import]")
{
    const QByteArray text = "service,case_id,received,completed\n"                     // 1
                            "APP,Z-1,2025-03-03T10:00:00+08:00,2025-03-03T03:00:00Z\n" // 2
                            "APP,Z-2,2025-03-03T09:00:00Z,2025-03-03T12:00:00+08:00\n" // 3
                            "APP,Z-3,2025-03-03,2025-03-03\n";                         // 4
    // Z-1: 02:00Z to 03:00Z, in order although 03:00 < 10:00 on the clock.
    // Z-2: 09:00Z to 04:00Z, completed first although 12:00 > 09:00.
    // Z-3: the same day, turnaround 0.
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"zones.csv"_s, text), {}, skippingBadRows());
    CHECK(summary.rejections == QList<ImportRejection>{rejection(u"zones.csv"_s, 3, u"completed"_s,
                                                                 u"completed before received"_s)});
    CHECK(summary.imported == 2);
    const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
    CHECK(app.contains(u"Z-1"_s));
    CHECK(app.contains(u"Z-3"_s));
    CHECK_FALSE(app.contains(u"Z-2"_s));
}

TEST_CASE("case import detects day-first and month-first dates", "[import]")
{
    QTemporaryDir dir;
    Bench b = bench();

    SECTION("DD/MM/YYYY: a first number above 12")
    {
        const QByteArray text = "service,case_id,received,completed\n"
                                "APP,E-1,13/03/2025,14/03/2025\n"
                                "APP,E-2,01/04/2025,02/04/2025 09:15\n";
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"dmy.csv"_s, text));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"E-1"_s) == u"2025-03-13|2025-03-14"_s);
        CHECK(stored.value(u"E-2"_s) == u"2025-04-01|2025-04-02T09:15:00"_s);
    }
    SECTION("MM/DD/YYYY: a second number above 12")
    {
        const QByteArray text = "service,case_id,received,completed\n"
                                "APP,F-1,03/13/2025,03/14/2025\n"
                                "APP,F-2,04/01/2025,04/02/2025\n";
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"mdy.csv"_s, text));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"F-1"_s) == u"2025-03-13|2025-03-14"_s);
        CHECK(stored.value(u"F-2"_s) == u"2025-04-01|2025-04-02"_s);
    }

    const QByteArray ambiguous = "service,case_id,received,completed\n"
                                 "APP,G-1,01/02/2025,03/02/2025\n"
                                 "APP,G-2,04/05/2025,06/05/2025\n";
    SECTION("ambiguous: read day-first, with a note")
    {
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"ambiguous.csv"_s, ambiguous));
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.committed);
        REQUIRE(summary.notes.size() == 1);
        CHECK(summary.notes.constFirst().contains(u"DD/MM/YYYY"_s));
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"G-1"_s) == u"2025-02-01|2025-02-03"_s);
        CHECK(stored.value(u"G-2"_s) == u"2025-05-04|2025-05-06"_s);
    }
    SECTION("ambiguous with an explicit month-first override: no note")
    {
        CaseImportSettings settings;
        settings.dateFormat = DateFormat::MonthDayYear;
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"ambiguous.csv"_s, ambiguous), settings);
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"G-1"_s) == u"2025-01-02|2025-03-02"_s);
        CHECK(stored.value(u"G-2"_s) == u"2025-04-05|2025-06-05"_s);
    }
    SECTION("an override the values do not fit rejects them, each row counted once")
    {
        const QByteArray text = "service,case_id,received,completed\n" // 1
                                "APP,H-1,13/03/2025,14/03/2025\n"      // 2
                                "APP,H-2,2025-03-13,15/03/2025\n";     // 3
        CaseImportSettings settings;
        settings.dateFormat = DateFormat::Iso;
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"forced.csv"_s, text), settings);
        CHECK(summary.rejections ==
              QList<ImportRejection>{rejection(u"forced.csv"_s, 2, u"received"_s,
                                               u"cannot read \"13/03/2025\" as a date (ISO)"_s),
                                     rejection(u"forced.csv"_s, 2, u"completed"_s,
                                               u"cannot read \"14/03/2025\" as a date (ISO)"_s),
                                     rejection(u"forced.csv"_s, 3, u"completed"_s,
                                               u"cannot read \"15/03/2025\" as a date (ISO)"_s)});
        CHECK(summary.rowsRead == 2);
        CHECK(summary.rejected == 2);
        CHECK_FALSE(summary.committed);
        CHECK(b.workbench->cases().count() == 0);
    }
}

TEST_CASE("case import matches header names ignoring case and spaces, counts blank lines and "
          "reads a last row without a line end",
          "[import]")
{
    const QByteArray text = " Service ;CASE_ID; Received ;Completed\r\n" // 1
                            "APP;K-1;2025-03-03;2025-03-04\r\n"          // 2
                            "\r\n"                                       // 3 blank
                            "APP;K-2;2025-03-05;2025-03-04\r\n"          // 4 completed first
                            "APP;K-3;2025-03-03;";                       // 5 no line end
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"loose.csv"_s, text), {}, skippingBadRows());
    // The column is named as the file's header writes it, without the spaces.
    CHECK(summary.rejections == QList<ImportRejection>{rejection(u"loose.csv"_s, 4, u"Completed"_s,
                                                                 u"completed before received"_s)});
    CHECK(summary.rowsRead == 3);
    CHECK(summary.imported == 2);
    CHECK(summary.rejected == 1);
    const QHash<QString, QString> stored = storedMoments(*b.workbench);
    CHECK(stored.size() == 2);
    CHECK(stored.value(u"K-1"_s) == u"2025-03-03|2025-03-04"_s);
    CHECK(stored.value(u"K-3"_s) == u"2025-03-03|NULL"_s);
}

TEST_CASE("case import follows a column mapping", "[import]")
{
    const QByteArray text = "Ticket;Product;Opened;Closed;RFT;Team;VIP;Comment\n" // 1
                            "T-1;APP;2025-03-03;2025-03-05;Y;NA;N;first\n"        // 2
                            "T-2;CR;2025-03-04;2025-03-02;N;NA;N;closed early\n"; // 3
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"mapped.csv"_s, text);
    Bench b = bench();
    CaseImportSettings settings;
    settings.columns = {{CaseField::CaseId, u"ticket"_s}, // header matching ignores case
                        {CaseField::Service, u"Product"_s},  {CaseField::Received, u"Opened"_s},
                        {CaseField::Completed, u"Closed"_s}, {CaseField::RightFirstTime, u"RFT"_s},
                        {CaseField::Department, u"Team"_s},  {CaseField::KeyCustomer, u"VIP"_s}};

    SECTION("the mapped columns are read and rejections name the file's header")
    {
        const ImportSummary summary = importCases(*b.workbench, path, settings, skippingBadRows());
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(u"mapped.csv"_s, 3, u"Closed"_s, u"completed before received"_s)});
        CHECK(summary.imported == 1);
        const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
        REQUIRE(app.contains(u"T-1"_s));
        const CaseRecord t1 = app.value(u"T-1"_s);
        CHECK(t1.receivedAt == dateOnly(2025, 3, 3));
        CHECK(t1.completedAt == std::optional<Moment>(dateOnly(2025, 3, 5)));
        CHECK(t1.rightFirstTime == RightFirstTime::Yes);
        CHECK(t1.departmentId == std::optional<qint64>(b.na));
        CHECK_FALSE(t1.keyCustomer);
    }
    SECTION("a mapping naming a column the file lacks stops at line 1")
    {
        settings.columns.insert(CaseField::Completed, u"Finished"_s);
        const ImportSummary summary = importCases(*b.workbench, path, settings, skippingBadRows());
        CHECK(summary.rejections ==
              QList<ImportRejection>{rejection(
                  u"mapped.csv"_s, 1, u"Finished"_s,
                  u"the mapping reads completed from column \"Finished\", which the header "
                  "does not have"_s)});
        CHECK_FALSE(summary.committed);
        CHECK(summary.rowsRead == 0);
        CHECK(b.workbench->cases().count() == 0);
    }
    SECTION("without a mapping the required columns are missing")
    {
        const ImportSummary summary = importCases(*b.workbench, path, {}, skippingBadRows());
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(u"mapped.csv"_s, 1, u"service"_s,
                            u"no column for service: name a column \"service\" or map one to it "
                            "(--map service=COLUMN)"_s),
                  rejection(u"mapped.csv"_s, 1, u"case_id"_s,
                            u"no column for case_id: name a column \"case_id\" or map one to it "
                            "(--map case_id=COLUMN)"_s),
                  rejection(u"mapped.csv"_s, 1, u"received"_s,
                            u"no column for received: name a column \"received\" or map one to "
                            "it (--map received=COLUMN)"_s),
                  rejection(u"mapped.csv"_s, 1, u"completed"_s,
                            u"no column for completed: name a column \"completed\" or map one "
                            "to it (--map completed=COLUMN); for an export of open cases only, "
                            "say --map completed=none"_s)});
        CHECK_FALSE(summary.committed);
        CHECK(b.workbench->cases().count() == 0);
    }
}

TEST_CASE("case import rejects a canonical header missing a required column", "[import]")
{
    const QByteArray text = "service,case_id,completed\n"
                            "APP,M-1,2025-03-05\n";
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"norecv.csv"_s, text), {}, skippingBadRows());
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"norecv.csv"_s, 1, u"received"_s,
                        u"no column for received: name a column \"received\" or map one to it "
                        "(--map received=COLUMN)"_s)});
    CHECK_FALSE(summary.committed);
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("case import settings survive a JSON round trip", "[import]")
{
    CaseImportSettings settings;
    settings.columns = {{CaseField::CaseId, u"Ticket"_s}, {CaseField::Received, u"Opened at"_s}};
    settings.dateFormat = DateFormat::DayMonthYear;

    const QJsonObject json = settings.toJson();
    CHECK(json.value(u"date_format"_s).toString() == u"dd/mm/yyyy"_s);
    const QJsonObject columns = json.value(u"columns"_s).toObject();
    CHECK(columns.size() == 2);
    CHECK(columns.value(u"case_id"_s).toString() == u"Ticket"_s);
    CHECK(columns.value(u"received"_s).toString() == u"Opened at"_s);

    // Through text, as the workbench property keeps it.
    const QByteArray saved = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const std::optional<CaseImportSettings> back =
        CaseImportSettings::fromJson(QJsonDocument::fromJson(saved).object());
    REQUIRE(back);
    CHECK(*back == settings);
    CHECK(back->columnFor(CaseField::CaseId) == u"Ticket"_s);
    CHECK(back->columnFor(CaseField::Service) == u"service"_s); // unmapped: the canonical name

    SECTION("an empty object is no mapping and auto dates")
    {
        const std::optional<CaseImportSettings> empty = CaseImportSettings::fromJson({});
        REQUIRE(empty);
        CHECK(*empty == CaseImportSettings());
        CHECK(empty->dateFormat == DateFormat::Auto);
    }
    SECTION("an unknown field or date format is refused")
    {
        CHECK_FALSE(CaseImportSettings::fromJson(
            QJsonObject{{u"columns"_s, QJsonObject{{u"colour"_s, u"X"_s}}}}));
        CHECK_FALSE(CaseImportSettings::fromJson(QJsonObject{{u"date_format"_s, u"yyyy/dd"_s}}));
        CHECK_FALSE(CaseImportSettings::fromJson(
            QJsonObject{{u"columns"_s, QJsonObject{{u"case_id"_s, 3}}}}));
    }
}

TEST_CASE("case import suggests a mapping for typical headers", "[import]")
{
    SECTION("an operations system's export")
    {
        const CaseImportSettings s = CaseImportSettings::suggestFor(
            {u"Case ID"_s, u"Service"_s, u"Opened"_s, u"Closed"_s, u"RFT"_s, u"Dept"_s, u"VIP"_s});
        CHECK(s.columns.value(CaseField::CaseId) == u"Case ID"_s);
        CHECK(s.columns.value(CaseField::Service) == u"Service"_s);
        CHECK(s.columns.value(CaseField::Received) == u"Opened"_s);
        CHECK(s.columns.value(CaseField::Completed) == u"Closed"_s);
        CHECK(s.columns.value(CaseField::RightFirstTime) == u"RFT"_s);
        CHECK(s.columns.value(CaseField::Department) == u"Dept"_s);
        CHECK(s.columns.value(CaseField::KeyCustomer) == u"VIP"_s);
        CHECK(s.columns.size() == 7);
        CHECK(s.dateFormat == DateFormat::Auto);
    }
    SECTION("a help desk export, with spacing and case to ignore")
    {
        const CaseImportSettings s = CaseImportSettings::suggestFor(
            {u" Ticket "_s, u"PRODUCT"_s, u"Created"_s, u"Resolved"_s, u"Team"_s, u"Notes"_s});
        CHECK(s.columns.value(CaseField::CaseId) == u"Ticket"_s);
        CHECK(s.columns.value(CaseField::Service) == u"PRODUCT"_s);
        CHECK(s.columns.value(CaseField::Received) == u"Created"_s);
        CHECK(s.columns.value(CaseField::Completed) == u"Resolved"_s);
        CHECK(s.columns.value(CaseField::Department) == u"Team"_s);
        CHECK_FALSE(s.columns.contains(CaseField::RightFirstTime));
        CHECK_FALSE(s.columns.contains(CaseField::KeyCustomer));
    }
    SECTION("an incident file: resolved is the completion, priority no key customer")
    {
        const CaseImportSettings s = CaseImportSettings::suggestFor(
            {u"Ticket"_s, u"Opened"_s, u"Priority"_s, u"Closed"_s, u"Resolved"_s});
        CHECK(s.columns.value(CaseField::Completed) == u"Resolved"_s);
        CHECK_FALSE(s.columns.contains(CaseField::KeyCustomer));
    }
    SECTION("canonical names map to themselves")
    {
        const CaseImportSettings s = CaseImportSettings::suggestFor(
            {u"service"_s, u"case_id"_s, u"received"_s, u"completed"_s, u"right_first_time"_s,
             u"department"_s, u"key_customer"_s});
        for (CaseField field : allCaseFields())
            CHECK(s.columnFor(field) == caseFieldKey(field));
    }
}

TEST_CASE("case import reports each rejection with file, line, column and reason", "[import]")
{
    const QByteArray text = kCanonicalHeader +                             // 1
                            "APP,C-1,2025-03-03,2025-03-05,yes,NA,no\n"    // 2 good
                            "APP,C-2,2025-02-30,2025-03-05,yes,NA,no\n"    // 3 no such date
                            "APP,C-3,2025-03-05,2025-03-03,yes,NA,no\n"    // 4 completed first
                            "XYZ,C-4,2025-03-03,2025-03-05,yes,NA,no\n"    // 5 unknown service
                            "APP,C-5,2025-03-03,2025-03-05,yes,Sales,no\n" // 6 unknown department
                            ",C-6,2025-03-03,2025-03-05,yes,NA,no\n"       // 7 no service
                            "APP,,2025-03-03,2025-03-05,yes,NA,no\n"       // 8 no case id
                            "APP,C-8, ,2025-03-05,yes,NA,no\n"             // 9 no received
                            "APP,C-9,2025-03-03,2025-03-05,yes,NA\n"       // 10 six fields
                            "APP,C-10,2025-03-03,2025-03-05,maybe,NA,no\n" // 11 bad boolean
                            "APP,C-1,2025-03-03,2025-03-06,yes,NA,no\n"    // 12 C-1 changed
                            "APP,S-1,2025-03-03,2025-03-09,yes,NA,no\n"    // 13 conflict
                            "APP,C-14,2025-03-03,2025-03-05,no,NA,perhaps\n"; // 14 bad boolean
    const QString f = u"bad.csv"_s;
    const QList<ImportRejection> expected{
        rejection(f, 3, u"received"_s, u"cannot read \"2025-02-30\" as a date (ISO)"_s),
        rejection(f, 4, u"completed"_s, u"completed before received"_s),
        rejection(f, 5, u"service"_s, u"unknown service \"XYZ\""_s),
        rejection(f, 6, u"department"_s, u"unknown department \"Sales\""_s),
        rejection(f, 7, u"service"_s, u"empty value"_s),
        rejection(f, 8, u"case_id"_s, u"empty value"_s),
        rejection(f, 9, u"received"_s, u"empty value"_s),
        rejection(f, 10, u"row"_s, u"wrong number of fields: expected 7, found 6"_s),
        rejection(f, 11, u"right_first_time"_s,
                  u"\"maybe\" is not yes/no, true/false, 1/0 or Y/N"_s),
        rejection(f, 12, u"case_id"_s,
                  u"case id \"C-1\" appears more than once in this file with different values "
                  "(--latest-by keeps the latest row)"_s),
        rejection(f, 13, u"case_id"_s,
                  u"case \"S-1\" is already in the workbench with different values"_s),
        rejection(f, 14, u"key_customer"_s, u"\"perhaps\" is not yes/no, true/false, 1/0 or Y/N"_s),
    };
    QTemporaryDir dir;
    const QString path = writeFixture(dir, f, text);
    Bench b = bench();
    storeCase(*b.workbench, b.app, u"S-1"_s, b.na); // received 3 March, completed 5 March
    // --strict: a stored case with other values (line 13) is a conflict.
    ImportOptions strict;
    strict.strict = true;

    SECTION("all or nothing: nothing is stored")
    {
        const ImportSummary summary = importCases(*b.workbench, path, {}, strict);
        CHECK(summary.rejections == expected);
        CHECK(summary.rowsRead == 13);
        CHECK(summary.imported == 0);
        CHECK(summary.duplicates == 0);
        CHECK(summary.rejected == 12);
        CHECK_FALSE(summary.committed);
        CHECK(b.workbench->cases().count() == 1);
        CHECK(byCaseId(*b.workbench, b.app).value(u"S-1"_s).completedAt ==
              std::optional<Moment>(dateOnly(2025, 3, 5)));
    }
    SECTION("skipping the bad rows keeps the good one")
    {
        ImportOptions options = skippingBadRows();
        options.strict = true;
        const ImportSummary summary = importCases(*b.workbench, path, {}, options);
        CHECK(summary.rejections == expected);
        CHECK(summary.rowsRead == 13);
        CHECK(summary.imported == 1);
        CHECK(summary.rejected == 12);
        CHECK(summary.committed);
        CHECK(b.workbench->cases().count() == 2);
        const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
        CHECK(app.contains(u"C-1"_s));
        CHECK(app.value(u"S-1"_s).completedAt == std::optional<Moment>(dateOnly(2025, 3, 5)));
    }
}

TEST_CASE("case import stops at an unterminated quote, reported where it opens", "[import]")
{
    const QByteArray text = kCanonicalHeader +                            // 1
                            "APP,U-1,2025-03-03,2025-03-05,yes,NA,no\n"   // 2
                            "APP,\"U-2,2025-03-03,2025-03-05,yes,NA,no\n" // 3 quote opens
                            "APP,U-3,2025-03-03,2025-03-05,yes,NA,no\n";  // 4
    QTemporaryDir dir;
    Bench b = bench();
    // Even "skip bad rows" keeps nothing: the rest of the file is unreadable.
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"open.csv"_s, text), {}, skippingBadRows());
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"open.csv"_s, 3, u"row"_s,
                        u"A quoted field opens here but its closing quote is missing."_s)});
    CHECK_FALSE(summary.committed);
    CHECK(summary.imported == 0);
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("case import stops at bytes that are not UTF-8, reported at their line", "[import]")
{
    const QByteArray text = kCanonicalHeader +                          // 1
                            "APP,V-1,2025-03-03,2025-03-05,yes,NA,no\n" // 2
                            "APP,V-2,2025-03-03,2025-03-05,yes,N\xC3"
                            "A,no\n"                                     // 3 bad byte
                            "APP,V-3,2025-03-03,2025-03-05,yes,NA,no\n"; // 4
    QTemporaryDir dir;
    Bench b = bench();
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"latin.csv"_s, text), {}, skippingBadRows());
    CHECK(summary.rejections ==
          QList<ImportRejection>{rejection(u"latin.csv"_s, 3, u"row"_s,
                                           u"This line holds bytes that are not valid UTF-8 text. "
                                           "Save the file as UTF-8 and import it again."_s)});
    CHECK_FALSE(summary.committed);
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("case import refuses an empty file and a header without rows", "[import]")
{
    QTemporaryDir dir;
    Bench b = bench();

    SECTION("no bytes at all")
    {
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"empty.csv"_s, QByteArray()));
        CHECK(summary.rejections == QList<ImportRejection>{rejection(u"empty.csv"_s, 0, u"file"_s,
                                                                     u"the file is empty"_s)});
        CHECK_FALSE(summary.committed);
    }
    SECTION("only a byte-order mark and blank lines")
    {
        const ImportSummary summary = importCases(
            *b.workbench, writeFixture(dir, u"bom.csv"_s, QByteArray("\xEF\xBB\xBF\r\n\r\n")));
        CHECK(summary.rejections == QList<ImportRejection>{rejection(u"bom.csv"_s, 0, u"file"_s,
                                                                     u"the file is empty"_s)});
        CHECK_FALSE(summary.committed);
    }
    SECTION("a header alone, with or without a line end and blank lines")
    {
        const QByteArray header =
            GENERATE(QByteArray("service,case_id,received,completed"),
                     QByteArray("service,case_id,received,completed\n"),
                     QByteArray("service,case_id,received,completed\r\n\r\n\n"));
        const ImportSummary summary =
            importCases(*b.workbench, writeFixture(dir, u"header.csv"_s, header));
        CHECK(summary.rejections ==
              QList<ImportRejection>{rejection(u"header.csv"_s, 1, u"row"_s,
                                               u"the file has a header but no data rows"_s)});
        CHECK(summary.rowsRead == 0);
        CHECK_FALSE(summary.committed);
    }
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("a failed import leaves the workbench file byte for byte as it was", "[import]")
{
    QTemporaryDir dir;
    const QString workbenchPath = dir.filePath(u"atomic.yardstick"_s);
    {
        Workbench::OpenResult made = Workbench::create(workbenchPath);
        REQUIRE(made.workbench);
        Service service{0, u"APP"_s, u"Application processing"_s, {}};
        REQUIRE(made.workbench->services().insert(service).ok());
        Department department{0, u"NA"_s, u"New Accounts"_s};
        REQUIRE(made.workbench->departments().insert(department).ok());
        storeCase(*made.workbench, service.id, u"S-1"_s, department.id);
    }
    const QByteArray before = Testing::sha256OfFile(workbenchPath);

    // A file with a bad last row; then one with an unterminated quote; then a
    // long good file whose import is cancelled.
    QByteArray good = kCanonicalHeader;
    for (int i = 1; i <= 6000; ++i)
        good += "APP,N-" + QByteArray::number(i) + ",2025-03-03,2025-03-04,yes,NA,no\n";
    const QString badRow =
        writeFixture(dir, u"badrow.csv"_s, good + "APP,N-9999,2025-03-05,2025-03-04,yes,NA,no\n");
    const QString openQuote =
        writeFixture(dir, u"quote.csv"_s, good + "APP,\"N-9999,2025-03-05,2025-03-04,yes,NA,no\n");
    const QString longFile = writeFixture(dir, u"long.csv"_s, good);

    const int kind = GENERATE(0, 1, 2);
    CAPTURE(kind);
    {
        Workbench::OpenResult opened = Workbench::open(workbenchPath);
        REQUIRE(opened.workbench);
        ImportSummary summary;
        if (kind == 0) {
            summary = importCases(*opened.workbench, badRow);
            CHECK(summary.rejected == 1);
        } else if (kind == 1) {
            summary = importCases(*opened.workbench, openQuote, {}, skippingBadRows());
            CHECK(summary.rejected == 1);
        } else {
            ImportOptions options;
            options.progress = [](qint64, qint64) {
                return false;
            };
            summary = importCases(*opened.workbench, longFile, {}, options);
            CHECK(summary.cancelled);
        }
        CHECK_FALSE(summary.committed);
        CHECK(summary.imported == 0);
        CHECK(opened.workbench->cases().count() == 1);
    }
    CHECK(Testing::sha256OfFile(workbenchPath) == before);
    CHECK_FALSE(QFileInfo::exists(workbenchPath + u"-wal"_s));

    // The check can fail: a successful import does change the file.
    {
        Workbench::OpenResult opened = Workbench::open(workbenchPath);
        REQUIRE(opened.workbench);
        const ImportSummary summary = importCases(*opened.workbench, longFile);
        CHECK(summary.committed);
        CHECK(summary.imported == 6000);
    }
    CHECK(Testing::sha256OfFile(workbenchPath) != before);
}

TEST_CASE("importing the same cases again stores each once and says they were duplicates",
          "[import]")
{
    const QByteArray text = kCanonicalHeader +                                                // 1
                            "APP,I-1,2025-03-03T09:30:00+08:00,2025-03-05T10:00Z,yes,NA,no\n" // 2
                            "APP,I-2,2025-03-03,,,,\n"                                        // 3
                            "CR,I-1,2025-03-04 08:00,2025-03-04 17:00,N,new accounts,Y\n"     // 4
                            "Card Replacement,I-3,2025-03-04,2025-03-06,1,NA,0\n";            // 5
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"again.csv"_s, text);
    Bench b = bench();

    const ImportSummary first = importCases(*b.workbench, path);
    CHECK(first.rejections == QList<ImportRejection>());
    CHECK(first.rowsRead == 4);
    CHECK(first.imported == 4); // I-1 of APP and I-1 of CR are different cases
    CHECK(first.duplicates == 0);
    CHECK(first.rejected == 0);
    CHECK(first.committed);
    CHECK(first.notes.isEmpty());

    const ImportSummary second = importCases(*b.workbench, path);
    CHECK(second.rejections == QList<ImportRejection>());
    CHECK(second.rowsRead == 4);
    CHECK(second.imported == 0);
    CHECK(second.duplicates == 4);
    CHECK(second.rejected == 0);
    CHECK(second.committed);
    CHECK(second.notes ==
          QStringList{u"4 row(s) matched cases already in the workbench and were skipped."_s});
    CHECK(second.summaryLine() ==
          u"again.csv: 4 rows read, 0 imported, 0 updated, 4 skipped as duplicates, 0 rejected"_s);
    CHECK(b.workbench->cases().count() == 4);

    // One more row later: only that one goes in.
    const QString grown =
        writeFixture(dir, u"again.csv"_s, text + "APP,I-4,2025-03-07,2025-03-07,no,NA,no\n"); // 6
    const ImportSummary third = importCases(*b.workbench, grown);
    CHECK(third.rowsRead == 5);
    CHECK(third.imported == 1);
    CHECK(third.duplicates == 4);
    CHECK(b.workbench->cases().count() == 5);
}

TEST_CASE("a cancelled case import leaves the workbench unchanged", "[import]")
{
    QByteArray text = kCanonicalHeader;
    for (int i = 1; i <= 6000; ++i)
        text += "APP,N-" + QByteArray::number(i) + ",2025-03-03,2025-03-04,yes,NA,no\n";
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"long.csv"_s, text);
    Bench b = bench();
    storeCase(*b.workbench, b.app, u"S-1"_s, b.na);

    SECTION("cancel")
    {
        int calls = 0;
        ImportOptions options;
        options.progress = [&calls](qint64, qint64) {
            ++calls;
            return false;
        };
        const ImportSummary summary = importCases(*b.workbench, path, {}, options);
        CHECK(calls == 1);
        CHECK(summary.cancelled);
        CHECK_FALSE(summary.committed);
        CHECK(summary.imported == 0);
        CHECK(summary.summaryLine().endsWith(u" (cancelled: the workbench is unchanged)"_s));
        CHECK(b.workbench->cases().count() == 1);
    }
    SECTION("progress without cancelling")
    {
        QList<std::pair<qint64, qint64>> calls;
        ImportOptions options;
        options.progress = [&calls](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        };
        const ImportSummary summary = importCases(*b.workbench, path, {}, options);
        CHECK_FALSE(summary.cancelled);
        CHECK(summary.committed);
        CHECK(summary.imported == 6000);
        CHECK(b.workbench->cases().count() == 6001);
        REQUIRE(calls.size() >= 2);
        const qint64 size = QFileInfo(path).size();
        qint64 previous = 0;
        for (const auto &[done, total] : calls) {
            CHECK(total == size);
            CHECK(done >= previous);
            CHECK(done <= total);
            previous = done;
        }
        CHECK(calls.constLast().first == size);
    }
}

TEST_CASE("case import reads a file shaped like a real export: unpadded day-first "
          "date-times, ? for no value, extra columns",
          "[import][dateparser][missing]")
{
    QTemporaryDir dir;
    Bench b = bench();
    const QByteArray text =
        "Priority,service,case_id,received,completed,right_first_time,department,key_customer,"
        "Notes\n"
        "P3,APP,R-1,29/2/2016 01:16,3/3/2016 17:40,yes,NA,no,first\n" // NA: the department's code
        "P1,APP,R-2,3/9/2015,?,?,-,NULL,\n"                           // open, nothing else known
        "P2,CR,R-3,13/9/2015 9:05 PM,N/A,n/a,--,null,?\n";
    const ImportSummary summary =
        importCases(*b.workbench, writeFixture(dir, u"export.csv"_s, text));
    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.notes.isEmpty()); // 29 and 13 decide day-first
    CHECK(summary.committed);
    CHECK(summary.imported == 3);

    const QHash<QString, QString> stored = storedMoments(*b.workbench);
    CHECK(stored.value(u"R-1"_s) == u"2016-02-29T01:16:00|2016-03-03T17:40:00"_s);
    CHECK(stored.value(u"R-2"_s) == u"2015-09-03|NULL"_s);
    CHECK(stored.value(u"R-3"_s) == u"2015-09-13T21:05:00|NULL"_s);

    const QHash<QString, CaseRecord> app = byCaseId(*b.workbench, b.app);
    CHECK(app.value(u"R-1"_s).departmentId == std::optional<qint64>(b.na));
    CHECK(app.value(u"R-1"_s).rightFirstTime == RightFirstTime::Yes);
    CHECK_FALSE(app.value(u"R-2"_s).departmentId);
    CHECK(app.value(u"R-2"_s).rightFirstTime == RightFirstTime::Unknown);
    CHECK_FALSE(app.value(u"R-2"_s).keyCustomer);
    CHECK_FALSE(app.value(u"R-2"_s).completedAt);
    const QHash<QString, CaseRecord> cr = byCaseId(*b.workbench, b.cr);
    CHECK_FALSE(cr.value(u"R-3"_s).completedAt);
    CHECK_FALSE(cr.value(u"R-3"_s).departmentId);
}

TEST_CASE("case import: a missing required value is a located error, whatever word says so",
          "[import][missing]")
{
    QTemporaryDir dir;
    Bench b = bench();
    const QByteArray text = "service,case_id,received,completed\n" // 1
                            "APP,?,1/2/2025,\n"                    // 2
                            "APP,M-2,N/A,\n"                       // 3
                            "?,M-3,1/2/2025,\n"                    // 4
                            "APP,M-4,,\n";                         // 5
    const ImportSummary summary = importCases(*b.workbench, writeFixture(dir, u"gaps.csv"_s, text));
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"gaps.csv"_s, 2, u"case_id"_s, u"no value (\"?\" means none)"_s),
              rejection(u"gaps.csv"_s, 3, u"received"_s, u"no value (\"N/A\" means none)"_s),
              rejection(u"gaps.csv"_s, 4, u"service"_s, u"no value (\"?\" means none)"_s),
              rejection(u"gaps.csv"_s, 5, u"received"_s, u"empty value"_s)});
    CHECK_FALSE(summary.committed);
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("case import: more words for no value (--missing)", "[import][missing]")
{
    QTemporaryDir dir;
    Bench b = bench();
    const QByteArray text = "service,case_id,received,completed,right_first_time\n"
                            "APP,W-1,2025-02-01,(not set),unknown\n"
                            "APP,W-2,2025-02-01,?,\n";
    const QString path = writeFixture(dir, u"words.csv"_s, text);

    SECTION("without them, the words are values and cannot be read")
    {
        const ImportSummary summary = importCases(*b.workbench, path);
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(u"words.csv"_s, 2, u"completed"_s,
                            u"cannot read \"(not set)\" as a date (ISO)"_s),
                  rejection(u"words.csv"_s, 2, u"right_first_time"_s,
                            u"\"unknown\" is not yes/no, true/false, 1/0 or Y/N"_s)});
    }
    SECTION("with them, both rows are open cases")
    {
        CaseImportSettings settings;
        settings.missingTokens = {u"(not set)"_s, u"unknown"_s};
        const ImportSummary summary = importCases(*b.workbench, path, settings);
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.imported == 2);
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"W-1"_s) == u"2025-02-01|NULL"_s);
        CHECK(stored.value(u"W-2"_s) == u"2025-02-01|NULL"_s);
    }
}

TEST_CASE("case import decides the date format over the whole file", "[import][dateparser]")
{
    QTemporaryDir dir;
    Bench b = bench();
    // 2,999 rows whose numbers never exceed 12, then one that says month-first:
    // further than any sample of the first rows reaches.
    QByteArray text = "service,case_id,received,completed\n";
    for (int i = 1; i < 3000; ++i)
        text += "APP,L-" + QByteArray::number(i) + ",1/2/2025,?\n";
    text += "APP,L-3000,1/2/2025 10:00,1/25/2025 10:00\n";
    const QString path = writeFixture(dir, u"long.csv"_s, text);

    SECTION("the last row decides: month-first, no note")
    {
        const ImportSummary summary = importCases(*b.workbench, path);
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        CHECK(summary.imported == 3000);
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"L-1"_s) == u"2025-01-02|NULL"_s);
        CHECK(stored.value(u"L-3000"_s) == u"2025-01-02T10:00:00|2025-01-25T10:00:00"_s);
    }
    SECTION("settings resolved beforehand (as the wizard hands them over) are used as they are")
    {
        const CaseImportSettings resolved = withDetectedDates(path, CaseImportSettings());
        CHECK(resolved.datesDetected);
        REQUIRE(resolved.detectedDates);
        CHECK(resolved.detectedDates->format == DateFormat::MonthDayYear);
        CHECK_FALSE(resolved.detectedDates->ambiguous);

        // What the wizard showed is what the import reads with, even if the
        // file were to say otherwise.
        CaseImportSettings shown;
        shown.datesDetected = true;
        shown.detectedDates = DateFormatGuess{DateFormat::DayMonthYear, true};
        ImportOptions options = skippingBadRows();
        const ImportSummary summary = importCases(*b.workbench, path, shown, options);
        CHECK(summary.imported == 2999);
        CHECK(summary.rejections ==
              QList<ImportRejection>{
                  rejection(u"long.csv"_s, 3001, u"completed"_s,
                            u"cannot read \"1/25/2025 10:00\" as a date (DD/MM/YYYY)"_s)});
        REQUIRE(summary.notes.size() >= 1);
        CHECK(summary.notes.constFirst().contains(u"DD/MM/YYYY"_s));
    }
}

TEST_CASE("a column whose format is settled after 2,000 rows is not read to the end",
          "[import][dateparser]")
{
    // A million-row ISO export is not read twice. 2,500 ISO rows settle the
    // column; a day-first value after them cannot choose another format, so
    // it is rejected where it stands instead of unsettling the whole file.
    QTemporaryDir dir;
    Bench b = bench();
    QByteArray text = "service,case_id,received,completed\n";
    for (int i = 1; i <= 2500; ++i)
        text += "APP,S-" + QByteArray::number(i) + ",2025-02-01,2025-02-03\n";
    text += "APP,S-2501,25/12/2025,?\n";
    const QString path = writeFixture(dir, u"settled.csv"_s, text);

    const CaseImportSettings resolved = withDetectedDates(path, CaseImportSettings());
    REQUIRE(resolved.detectedDates);
    CHECK(resolved.detectedDates->format == DateFormat::Iso);

    const ImportSummary summary =
        importCases(*b.workbench, path, CaseImportSettings(), skippingBadRows());
    CHECK(summary.imported == 2500);
    CHECK(summary.rejections ==
          QList<ImportRejection>{rejection(u"settled.csv"_s, 2502, u"received"_s,
                                           u"cannot read \"25/12/2025\" as a date (ISO)"_s)});
}

TEST_CASE("case import reads dates with an explicit pattern", "[import][dateparser]")
{
    QTemporaryDir dir;
    Bench b = bench();
    const QByteArray text = "service,case_id,received,completed\n"
                            "APP,P-1,29/2/16 01:16,1/3/16 9:00\n"
                            "APP,P-2,3/9/15 23:59,?\n";
    const QString path = writeFixture(dir, u"short-years.csv"_s, text);

    SECTION("without the pattern two-digit years are refused")
    {
        const ImportSummary summary = importCases(*b.workbench, path);
        CHECK_FALSE(summary.committed);
        CHECK(summary.rejected == 2);
    }
    SECTION("with it they are read")
    {
        CaseImportSettings settings;
        REQUIRE(settings.setDateFormatText(u"d/M/yy H:mm"));
        const ImportSummary summary = importCases(*b.workbench, path, settings);
        CHECK(summary.rejections == QList<ImportRejection>());
        CHECK(summary.notes.isEmpty());
        const QHash<QString, QString> stored = storedMoments(*b.workbench);
        CHECK(stored.value(u"P-1"_s) == u"2016-02-29T01:16:00|2016-03-01T09:00:00"_s);
        CHECK(stored.value(u"P-2"_s) == u"2015-09-03T23:59:00|NULL"_s);
    }
    SECTION("a value the pattern does not fit is located, with the pattern named")
    {
        CaseImportSettings settings;
        REQUIRE(settings.setDateFormatText(u"d/M/yyyy H:mm"));
        const ImportSummary summary = importCases(*b.workbench, path, settings);
        CHECK(summary.rejections.size() == 3);
        CHECK(summary.rejections.constFirst() ==
              rejection(u"short-years.csv"_s, 2, u"received"_s,
                        u"cannot read \"29/2/16 01:16\" as a date (d/M/yyyy H:mm)"_s));
    }
}

TEST_CASE("case import settings keep a date pattern and extra missing words in JSON, and "
          "older mappings still load",
          "[import][dateparser][missing]")
{
    CaseImportSettings settings;
    REQUIRE(settings.setDateFormatText(u"d MMM yyyy h:mm AP"));
    settings.missingTokens = {u"(none)"_s};
    const QJsonObject json = settings.toJson();
    CHECK(json.value(u"date_format"_s).toString() == u"d MMM yyyy h:mm AP"_s);
    const std::optional<CaseImportSettings> back = CaseImportSettings::fromJson(json);
    REQUIRE(back);
    CHECK(*back == settings);

    // A mapping saved before patterns and missing words existed.
    const QByteArray old = R"({"columns":{"case_id":"Ticket"},"date_format":"mm/dd/yyyy"})";
    const std::optional<CaseImportSettings> loaded =
        CaseImportSettings::fromJson(QJsonDocument::fromJson(old).object());
    REQUIRE(loaded);
    CHECK(loaded->dateFormat == DateFormat::MonthDayYear);
    CHECK(loaded->missingTokens.isEmpty());
    CHECK(loaded->columnFor(CaseField::CaseId) == u"Ticket"_s);
    CHECK_FALSE(loaded->toJson().contains(u"missing"_s));
}

TEST_CASE("a case file without a completed column is refused unless the mapping says none",
          "[import]")
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"queue.csv"_s,
                                      "service,case_id,received\n"
                                      "APP,Q-1,2025-03-03\n"
                                      "APP,Q-2,2025-03-04\n");
    Bench b = bench();
    const ImportSummary refused = importCases(*b.workbench, path);
    CHECK_FALSE(refused.committed);
    CHECK(refused.fileRejected);
    CHECK(refused.rejections ==
          QList<ImportRejection>{
              {u"queue.csv"_s, 1, u"completed"_s,
               u"no column for completed: name a column \"completed\" or map one to it (--map "
               "completed=COLUMN); for an export of open cases only, say --map completed=none"_s}});
    CHECK(b.workbench->cases().forService(b.app).isEmpty());

    CaseImportSettings openOnly;
    openOnly.columns.insert(CaseField::Completed, u"none"_s);
    const ImportSummary summary = importCases(*b.workbench, path, openOnly);
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);
    for (const CaseRecord &record : b.workbench->cases().forService(b.app))
        CHECK_FALSE(record.completedAt.has_value());

    // With the column, even empty, no mapping is needed.
    const QString withColumn = writeFixture(dir, u"closed.csv"_s,
                                            "service,case_id,received,completed\n"
                                            "APP,Q-3,2025-03-03,\n");
    CHECK(importCases(*b.workbench, withColumn).committed);
}

TEST_CASE("case import leaves the kept period values current, and a re-import recomputes nothing",
          "[import][periodvalues]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString first =
        writeFixture(dir, u"week1.csv"_s,
                     kCanonicalHeader + "APP,A-1,2025-03-03,2025-03-05,yes,NA,no\n"
                                        "APP,A-2,2025-03-04,,no,,no\n"
                                        "CR,B-1,2025-03-04,2025-03-04,,,\n");
    REQUIRE(importCases(*b.workbench, first).committed);
    // Recomputed inside the import's transaction: nothing is left stale for
    // the next open to compute from the cases.
    REQUIRE(b.workbench->periodValues().staleServices().isEmpty());
    REQUIRE(b.workbench->periodValues().load().caseCount(b.app, PeriodKind::Month,
                                                         QDate(2025, 3, 1)) == 1);

    const ImportSummary again = importCases(*b.workbench, first);
    REQUIRE(again.duplicates == 3);
    REQUIRE(b.workbench->periodValues().staleServices().isEmpty());

    // Next week A-2 is completed: APP's values move, still current at commit.
    const QString second = writeFixture(
        dir, u"week2.csv"_s, kCanonicalHeader + "APP,A-2,2025-03-04,2025-03-10,no,,no\n");
    REQUIRE(importCases(*b.workbench, second).updated == 1);
    REQUIRE(b.workbench->periodValues().staleServices().isEmpty());
    REQUIRE(b.workbench->periodValues().load().caseCount(b.app, PeriodKind::Month,
                                                         QDate(2025, 3, 1)) == 2);
}
