// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "classify/letterlabeller.h"
#include "core/importtestsupport.h"
#include "core/testsupport.h"
#include "letters/letterimporter.h"
#include "support/xlsxwriting.h"
#include "workbench/workbench.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

// Shaped like the US CFPB's consumer complaint export: its own header, its
// channel words, a redacted date in the narrative, columns Yardstick has no
// field for.
const char kRegulatorExport[] =
    "Date received,Product,Sub-product,Issue,Consumer complaint narrative,Company,State,"
    "Submitted via,Date sent to company,Timely response?,Complaint ID\n"
    "2023-05-12,Credit card,General-purpose credit card,Fees or interest,"
    "\"They charged a late fee in late XX/XX/XXXX although I paid on time.\",Big Bank,CA,"
    "Web,2023-05-12,Yes,7012345\n"
    "2023-05-14,Credit card,Store credit card,Problem with a purchase,"
    "\"The merchant never delivered and the bank refuses to reverse the charge.\",Big Bank,"
    "NY,Postal mail,2023-05-15,Yes,7012399\n"
    "2023-05-20,Credit card,,Fees or interest,\"An annual fee appeared without notice.\","
    "Other Bank,?,Referral,2023-05-21,No,7013001\n";

ImportSummary importLetters(Workbench &workbench, const QStringList &paths,
                            const LetterColumns &columns = LetterColumns(), bool skipBad = false)
{
    LetterImportOptions options;
    options.columns = columns;
    options.skipBadRows = skipBad;
    return LetterImporter(workbench).run(paths, options);
}

ComplaintLetter letterWithReference(Workbench &workbench, const QString &reference)
{
    for (const ComplaintLetter &letter : workbench.letters().all()) {
        if (letter.reference == reference)
            return letter;
    }
    FAIL("no letter " << reference.toStdString());
    return {};
}

struct Catalogue
{
    std::unique_ptr<Workbench> workbench = memoryWorkbench();
    qint64 disputes = 0;
    qint64 fees = 0;
    qint64 timeliness = 0;
    qint64 accuracy = 0;

    Catalogue()
    {
        Service dsp{0, u"DSP"_s, u"Disputes"_s, QString()};
        Service fee{0, u"FEE"_s, u"Fees and charges"_s, QString()};
        REQUIRE(workbench->services().insert(dsp).ok());
        REQUIRE(workbench->services().insert(fee).ok());
        Dimension time{0, u"timeliness"_s, u"Timeliness"_s, true, std::nullopt};
        Dimension accurate{0, u"accuracy"_s, u"Accuracy"_s, true, std::nullopt};
        REQUIRE(workbench->dimensions().insert(time).ok());
        REQUIRE(workbench->dimensions().insert(accurate).ok());
        disputes = dsp.id;
        fees = fee.id;
        timeliness = time.id;
        accuracy = accurate.id;
    }
};

} // namespace

TEST_CASE("a regulator's complaint export is mapped without options and keeps its other columns",
          "[letters][mapping]")
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"complaints.csv"_s, kRegulatorExport);
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    const ImportSummary summary = importLetters(*workbench, {path});
    INFO(summary.notes.join(u'\n').toStdString());
    REQUIRE(summary.rejections.isEmpty());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 3);
    CHECK(summary.notes.contains(
        u"complaints.csv: read id from \"Complaint ID\", received from \"Date received\", "
        "channel from \"Submitted via\", text from \"Consumer complaint narrative\"."_s));
    CHECK(summary.notes.contains(
        u"complaints.csv: 7 other column(s) kept with each letter: Product, Sub-product, Issue, "
        "Company, State, Date sent to company, Timely response?."_s));

    const ComplaintLetter first = letterWithReference(*workbench, u"7012345"_s);
    CHECK(first.referenceIsSourceId);
    CHECK(first.receivedAt == QDateTime(QDate(2023, 5, 12), QTime(0, 0), Qt::UTC));
    CHECK(first.channel == LetterChannel::Web);
    CHECK(first.text == u"They charged a late fee in late XX/XX/XXXX although I paid on time."_s);
    CHECK(first.attributes ==
          QList<LetterAttribute>{{u"Product"_s, u"Credit card"_s},
                                 {u"Sub-product"_s, u"General-purpose credit card"_s},
                                 {u"Issue"_s, u"Fees or interest"_s},
                                 {u"Company"_s, u"Big Bank"_s},
                                 {u"State"_s, u"CA"_s},
                                 {u"Date sent to company"_s, u"2023-05-12"_s},
                                 {u"Timely response?"_s, u"Yes"_s}});
    // Postal mail and a referral arrive on paper: letters.
    CHECK(letterWithReference(*workbench, u"7012399"_s).channel == LetterChannel::Letter);
    // An empty cell and "?" are no value: no attribute.
    const ComplaintLetter third = letterWithReference(*workbench, u"7013001"_s);
    CHECK(third.channel == LetterChannel::Letter);
    CHECK(third.attributes.size() == 5);
    CHECK(third.attributes.at(1) == LetterAttribute{u"Issue"_s, u"Fees or interest"_s});
}

TEST_CASE("letters columns are mapped and set by the analyst", "[letters][mapping]")
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"tickets.csv"_s,
                                      "Ref No,Opened,Body,Topic\n"
                                      "T-1,2024-03-05,My card never came.,Delivery\n"
                                      "T-2,2024-03-06,Wrong fee on my statement.,Billing\n");
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    LetterColumns columns;
    columns.columns = {{LetterField::Id, u"ref no"_s},
                       {LetterField::Received, u"Opened"_s},
                       {LetterField::Text, u"BODY"_s}};
    columns.setValues = {{LetterField::Channel, u"telephone"_s},
                         {LetterField::KeyCustomer, u"yes"_s},
                         {LetterField::Subject, u"Branch survey"_s}};
    const ImportSummary summary = importLetters(*workbench, {path}, columns);
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);
    const ComplaintLetter letter = letterWithReference(*workbench, u"T-2"_s);
    CHECK(letter.text == u"Wrong fee on my statement."_s);
    CHECK(letter.channel == LetterChannel::Phone);
    CHECK(letter.keyCustomer);
    CHECK(letter.subject == u"Branch survey"_s);
    CHECK(letter.attributes == QList<LetterAttribute>{{u"Topic"_s, u"Billing"_s}});

    // A mapped column the file lacks is named, on the header line.
    LetterColumns wrong;
    wrong.columns = {{LetterField::Text, u"Narrative"_s}};
    const ImportSummary refused = importLetters(*workbench, {path}, wrong);
    CHECK_FALSE(refused.committed);
    CHECK(refused.rejections.contains(
        rejection(u"tickets.csv"_s, 1, u"text"_s,
                  u"the header has no column \"Narrative\" (mapped to text)"_s)));
}

TEST_CASE("letters are read from an Excel workbook's sheet", "[letters][mapping][xlsx]")
{
    QTemporaryDir dir;
    XlsxTestWorkbook workbook;
    workbook.sheets = {
        xlsxSheet(u"Notes"_s, textRow(1, {u"exported from the complaints register"_s})),
        xlsxSheet(u"Complaints"_s,
                  textRow(1, {u"Complaint ID"_s, u"Date received"_s, u"Submitted via"_s,
                              u"Consumer complaint narrative"_s, u"Product"_s}) +
                      textRow(2, {u"X-1"_s, u"2024-02-01"_s, u"Phone"_s,
                                  u"Nobody called me back."_s, u"Credit card"_s}) +
                      textRow(3, {u"X-2"_s, u"2024-02-30"_s, u"Phone"_s, u"Bad date."_s,
                                  u"Credit card"_s}))};
    const QString path = dir.filePath(u"register.xlsx"_s);
    writeXlsx(path, workbook);
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    LetterColumns columns;
    columns.sheet = u"complaints"_s;
    const ImportSummary strict = importLetters(*workbench, {path}, columns);
    CHECK_FALSE(strict.committed);
    REQUIRE(strict.rejections.size() == 1);
    CHECK(strict.rejections.constFirst() ==
          rejection(u"register.xlsx[Complaints]"_s, 3, u"received"_s,
                    u"cannot read \"2024-02-30\" as a date (ISO)"_s));

    const ImportSummary skipping = importLetters(*workbench, {path}, columns, true);
    REQUIRE(skipping.committed);
    CHECK(skipping.imported == 1);
    const ComplaintLetter letter = letterWithReference(*workbench, u"X-1"_s);
    CHECK(letter.channel == LetterChannel::Phone);
    CHECK(letter.attributes == QList<LetterAttribute>{{u"Product"_s, u"Credit card"_s}});
}

TEST_CASE("a letter with an id is a duplicate only of the same id and text", "[letters][mapping]")
{
    QTemporaryDir dir;
    const QString week1 = writeFixture(dir, u"week1.csv"_s,
                                       "id,received,text\n"
                                       "A,2024-03-01,My card is late.\n"
                                       "B,2024-03-01,The fee is wrong.\n");
    // A again (the same), B with another text (a conflict), C with A's text
    // (the same customer writing twice: kept).
    const QString week2 = writeFixture(dir, u"week2.csv"_s,
                                       "id,received,text\n"
                                       "A,2024-03-01,My card is late.\n"
                                       "B,2024-03-08,The fee is still wrong.\n"
                                       "C,2024-03-09,My card is late.\n");
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    REQUIRE(importLetters(*workbench, {week1}).imported == 2);

    const ImportSummary strict = importLetters(*workbench, {week2});
    CHECK_FALSE(strict.committed);
    CHECK(strict.rejections ==
          QList<ImportRejection>{rejection(u"week2.csv"_s, 3, u"id"_s,
                                           u"the id \"B\" is already used in the workbench by a "
                                           "letter with another text"_s)});

    const ImportSummary lenient = importLetters(*workbench, {week2}, LetterColumns(), true);
    REQUIRE(lenient.committed);
    CHECK(lenient.imported == 1);
    CHECK(lenient.duplicates == 1);
    CHECK(lenient.notes.contains(u"week2.csv:2: the letter \"A\" is already in the workbench or "
                                 "earlier in this import; skipped"_s));
    CHECK(lenient.notes.contains(
        u"week2.csv:4: same text as \"A\"; kept as a letter of its own, its id differs"_s));
    CHECK(workbench->letters().count() == 3);
    CHECK(letterWithReference(*workbench, u"C"_s).text == u"My card is late."_s);

    // Within one file too: the repeated id with another text is located
    // with the line it first appeared on.
    const QString repeated = writeFixture(dir, u"repeated.csv"_s,
                                          "id,received,text\n"
                                          "D,2024-03-01,First words.\n"
                                          "D,2024-03-01,Other words.\n");
    const ImportSummary conflict = importLetters(*workbench, {repeated});
    CHECK(conflict.rejections ==
          QList<ImportRejection>{rejection(u"repeated.csv"_s, 3, u"id"_s,
                                           u"the id \"D\" is already used on line 2 of "
                                           "repeated.csv by a letter with another text"_s)});

    // Without ids, the text alone decides, as before.
    const QString noIds = writeFixture(dir, u"noids.csv"_s,
                                       "received,text\n"
                                       "2024-03-10,The fee is wrong.\n"
                                       "2024-03-10,Something new.\n");
    const ImportSummary plain = importLetters(*workbench, {noIds});
    REQUIRE(plain.committed);
    CHECK(plain.imported == 1);
    CHECK(plain.duplicates == 1);
    CHECK(letterWithReference(*workbench, u"noids.csv:3"_s).referenceIsSourceId == false);
}

TEST_CASE("label columns give labels by code, name or value map and report the unknown",
          "[letters][mapping][labels]")
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, u"labelled.csv"_s,
                                      "id,received,text,Team,Theme\n"
                                      "L1,2024-03-01,The dispute took months.,DSP,timeliness\n"
                                      "L2,2024-03-01,They charged me twice.,fees and charges,"
                                      "Accuracy\n"
                                      "L3,2024-03-01,A charge I never made.,Chargebacks,\n"
                                      "L4,2024-03-01,Who knows what this is.,Mortgage,\n"
                                      "L5,2024-03-01,The annual fee surprised me.,Fees,\n");
    Catalogue catalogue;
    Workbench &workbench = *catalogue.workbench;
    LetterColumns columns;
    columns.labelServiceColumn = u"team"_s;
    columns.labelDimensionColumn = u"Theme"_s;
    columns.serviceValueMap = {{u"Chargebacks"_s, u"DSP"_s}};
    LetterImportOptions options;
    options.columns = columns;
    const ImportSummary summary = LetterImporter(workbench).run({path}, options);
    REQUIRE(summary.committed);
    CHECK(summary.imported == 5);
    CHECK(summary.notes.contains(u"labelled.csv: label \"Mortgage\" is no service of the "
                                 "workbench (1 letter(s)); their service is suggested instead."_s));
    CHECK(summary.notes.contains(u"labelled.csv: label \"Fees\" is no service of the "
                                 "workbench (1 letter(s)); their service is suggested instead."_s));
    CHECK(summary.notes.contains(u"3 letter(s) labelled from the file's label columns."_s));

    // By code and dimension key: confirmed.
    const ComplaintLetter l1 = letterWithReference(workbench, u"L1"_s);
    CHECK(l1.labelStatus == LabelStatus::Confirmed);
    CHECK(l1.serviceId == catalogue.disputes);
    CHECK(l1.primaryDimensionId == catalogue.timeliness);
    // By name, any case.
    const ComplaintLetter l2 = letterWithReference(workbench, u"L2"_s);
    CHECK(l2.labelStatus == LabelStatus::Confirmed);
    CHECK(l2.serviceId == catalogue.fees);
    CHECK(l2.primaryDimensionId == catalogue.accuracy);
    // Through the value map, with no dimension given: the service is given
    // (no confidence) and kept; the letter awaits its dimension.
    const ComplaintLetter l3 = letterWithReference(workbench, u"L3"_s);
    CHECK(l3.labelStatus != LabelStatus::Confirmed);
    CHECK(l3.serviceId == catalogue.disputes);
    CHECK_FALSE(l3.serviceConfidence.has_value());
    // Unknown: no label taken from the file.
    const ComplaintLetter l4 = letterWithReference(workbench, u"L4"_s);
    CHECK(l4.labelStatus != LabelStatus::Confirmed);
    CHECK_FALSE(l4.attributes.contains(LetterAttribute{u"Team"_s, u"Mortgage"_s}));

    // The model learns from the given labels at once: L1 and L2 as
    // confirmed letters, L3 for its service.
    const LetterLabeller labeller = LetterLabeller::load(workbench);
    const QList<TrainingLetter> training = labeller.trainingLetters(workbench);
    REQUIRE(training.size() == 3);
    int disputes = 0;
    for (const TrainingLetter &letter : training)
        disputes += letter.serviceCode == u"DSP"_s ? 1 : 0;
    CHECK(disputes == 2);
    // A later suggestion keeps the given service.
    ComplaintLetter shown = l3;
    labeller.suggest(shown);
    CHECK(shown.serviceId == catalogue.disputes);
}

TEST_CASE("two tables of different exports go in together, each read with its own mapping",
          "[letters][mapping][labels]")
{
    QTemporaryDir dir;
    // The regulator's export and the bank's own ticket export, in one import.
    const QString regulator = writeFixture(dir, u"regulator.csv"_s, kRegulatorExport);
    const QString tickets = writeFixture(dir, u"tickets.csv"_s,
                                         "Ticket,Opened,Body,Queue\n"
                                         "T-1,2024-03-01,A charge I never made.,Chargebacks\n"
                                         "T-2,2024-03-02,The fee was charged twice.,FEE\n");
    Catalogue catalogue;
    Workbench &workbench = *catalogue.workbench;
    LetterImportOptions options; // the regulator's file: its header is recognised
    LetterColumns ticketColumns;
    ticketColumns.columns = {{LetterField::Id, u"Ticket"_s},
                             {LetterField::Received, u"Opened"_s},
                             {LetterField::Text, u"Body"_s}};
    ticketColumns.labelServiceColumn = u"Queue"_s;
    ticketColumns.serviceValueMap = {{u"Chargebacks"_s, u"DSP"_s}};
    options.tableColumns.insert(tickets, ticketColumns);

    const ImportSummary summary = LetterImporter(workbench).run({regulator, tickets}, options);
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 5);
    // The regulator's rows as without options.
    CHECK(letterWithReference(workbench, u"7012345"_s).receivedAt.date() == QDate(2023, 5, 12));
    // The tickets through their own columns and value map.
    const ComplaintLetter chargeback = letterWithReference(workbench, u"T-1"_s);
    CHECK(chargeback.text == u"A charge I never made."_s);
    CHECK(chargeback.receivedAt.date() == QDate(2024, 3, 1));
    CHECK(chargeback.serviceId == catalogue.disputes);
    CHECK_FALSE(chargeback.serviceConfidence.has_value()); // given, not suggested
    CHECK(letterWithReference(workbench, u"T-2"_s).serviceId == catalogue.fees);
    CHECK(summary.notes.contains(u"2 letter(s) labelled from the file's label columns."_s));
}
