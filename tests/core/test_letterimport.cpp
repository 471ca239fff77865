// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "core/importtestsupport.h"
#include "core/testsupport.h"
#include "letters/letterimporter.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray kCsv = "id,received,channel,customer_ref,key_customer,text\n"
                        "C-1,2024-03-05,email,K1,yes,Card 4111 1111 1111 1111 charged twice\n"
                        "C-2,2024-03-06,phone,K2,no,Nobody called back\n";

// A folder "inbox" with two letters and a CSV of two more.
QString inbox(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("inbox"));
    writeFixture(dir, QStringLiteral("inbox/one.txt"), "My card is three weeks late.");
    writeFixture(dir, QStringLiteral("inbox/two.eml"),
                 "From: b@example.com\nSubject: fee\nDate: Tue, 5 Mar 2024 09:14:00 +0000\n\n"
                 "Wrong fee on my statement.\n");
    writeFixture(dir, QStringLiteral("inbox/letters.csv"), kCsv);
    writeFixture(dir, QStringLiteral("inbox/readme.pdf"), "%PDF-1.4");
    return dir.filePath(QStringLiteral("inbox"));
}

QStringList storedTexts(Workbench &workbench)
{
    QStringList texts;
    for (const ComplaintLetter &letter : workbench.letters().all())
        texts.append(letter.text);
    texts.sort();
    return texts;
}

} // namespace

TEST_CASE("a folder of letters is imported in one go with labels suggested", "[letters][import]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    LetterImportOptions options;
    int suggested = 0;
    options.suggestLabels = [&suggested](ComplaintLetter &letter) {
        ++suggested;
        letter.labelStatus = LabelStatus::Suggested;
        letter.severity = Severity::Medium;
    };
    const ImportSummary summary = LetterImporter(*workbench).run({inbox(dir)}, options);
    INFO(summary.summaryLine().toStdString());
    CHECK(summary.committed);
    CHECK(summary.rejections.isEmpty());
    CHECK(summary.file == u8("inbox"));
    // one.txt, two.eml and the CSV's two rows; readme.pdf is not a letter file.
    CHECK(summary.rowsRead == 4);
    CHECK(summary.imported == 4);
    CHECK(summary.duplicates == 0);
    CHECK(summary.rejected == 0);
    CHECK(suggested == 4);
    CHECK(
        summary.notes.contains(u8("1 card number(s) masked: only the last four digits are kept")));

    const QList<ComplaintLetter> stored = workbench->letters().all();
    REQUIRE(stored.size() == 4);
    CHECK(storedTexts(*workbench) == QStringList{u8("Card •••• •••• •••• 1111 charged twice"),
                                                 u8("My card is three weeks late."),
                                                 u8("Nobody called back"),
                                                 u8("Wrong fee on my statement.")});
    for (const ComplaintLetter &letter : stored) {
        CHECK(letter.labelStatus == LabelStatus::Suggested);
        CHECK(letter.severity == Severity::Medium);
        if (letter.reference == u8("C-1")) {
            CHECK(letter.maskedCardNumbers == 1);
            CHECK(letter.keyCustomer);
            CHECK(letter.receivedSource == ReceivedSource::Csv);
            CHECK(letter.sourceFile == u8("letters.csv"));
        }
    }
}

TEST_CASE("letter import is all or nothing unless bad letters are skipped", "[letters][import]")
{
    QTemporaryDir dir;
    writeFixture(dir, QStringLiteral("good.txt"), "A good letter.");
    // 0x81 0x20: no encoding Yardstick detects reads it.
    writeFixture(dir, QStringLiteral("bad.txt"), "A bad \x81 letter.");
    writeFixture(dir, QStringLiteral("rows.csv"),
                 "id,received,channel,customer_ref,key_customer,text\n"
                 "R-1,2024-02-30,web,K1,yes,No such day\n"
                 "R-2,2024-03-05,web,K1,yes,A good row\n");
    const QStringList paths = {dir.filePath(QStringLiteral("good.txt")),
                               dir.filePath(QStringLiteral("bad.txt")),
                               dir.filePath(QStringLiteral("rows.csv"))};

    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    const ImportSummary strict = LetterImporter(*workbench).run(paths, LetterImportOptions());
    CHECK_FALSE(strict.committed);
    CHECK_FALSE(strict.fileRejected);
    CHECK(strict.file == u8("3 files"));
    CHECK(strict.rowsRead == 4);
    CHECK(strict.rejected == 2);
    CHECK(strict.imported == 0);
    REQUIRE(strict.rejections.size() == 2);
    CHECK(strict.rejections.at(0).file == u8("bad.txt"));
    CHECK(strict.rejections.at(0).line == 1);
    CHECK(strict.rejections.at(1) == rejection(u8("rows.csv"), 2, u8("received"),
                                               u8("cannot read \"2024-02-30\" as a date (ISO)")));
    CHECK(workbench->letters().count() == 0);

    LetterImportOptions skipping;
    skipping.skipBadRows = true;
    const ImportSummary lenient = LetterImporter(*workbench).run(paths, skipping);
    CHECK(lenient.committed);
    CHECK(lenient.imported == 2);
    CHECK(lenient.rejected == 2);
    CHECK(lenient.rejections.size() == 2);
    CHECK(storedTexts(*workbench) == QStringList{u8("A good letter."), u8("A good row")});
}

TEST_CASE("re-imported letters are skipped as duplicates, also within one import",
          "[letters][import]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    const QString folder = inbox(dir);
    REQUIRE(LetterImporter(*workbench).run({folder}, LetterImportOptions()).imported == 4);

    const ImportSummary again = LetterImporter(*workbench).run({folder}, LetterImportOptions());
    CHECK(again.committed);
    CHECK(again.rowsRead == 4);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 4);
    CHECK(workbench->letters().count() == 4);
    CHECK(again.notes.contains(u8("inbox/one.txt:1: the same text is already in the workbench "
                                  "or earlier in this import; skipped")));

    // The same text twice in one import goes in once.
    writeFixture(dir, QStringLiteral("x.txt"), "Same words.");
    writeFixture(dir, QStringLiteral("y.md"), "\nSame words.\n");
    const ImportSummary twice =
        LetterImporter(*workbench)
            .run({dir.filePath(QStringLiteral("x.txt")), dir.filePath(QStringLiteral("y.md"))},
                 LetterImportOptions());
    CHECK(twice.imported == 1);
    CHECK(twice.duplicates == 1);
    CHECK(workbench->letters().count() == 5);
}

TEST_CASE("a cancelled letter import stores nothing", "[letters][import]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    LetterImportOptions options;
    QList<qint64> seen;
    options.progress = [&seen](qint64 done, qint64 total) {
        seen.append(done);
        CHECK(total == 3);
        return done < 2; // cancel before the third file
    };
    const ImportSummary summary = LetterImporter(*workbench).run({inbox(dir)}, options);
    CHECK(summary.cancelled);
    CHECK_FALSE(summary.committed);
    CHECK(summary.imported == 0);
    CHECK(seen == QList<qint64>{0, 1, 2});
    CHECK(workbench->letters().count() == 0);
    CHECK(summary.summaryLine().contains(u8("cancelled")));
}

TEST_CASE("unsupported and missing paths are reported", "[letters][import]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    writeFixture(dir, QStringLiteral("scan.pdf"), "%PDF");
    const ImportSummary pdf =
        LetterImporter(*workbench)
            .run({dir.filePath(QStringLiteral("scan.pdf"))}, LetterImportOptions());
    CHECK_FALSE(pdf.committed);
    CHECK(pdf.fileRejected);
    CHECK(pdf.file == u8("scan.pdf"));
    REQUIRE(pdf.rejections.size() == 1);
    CHECK(pdf.rejections.first().line == 0);
    CHECK(pdf.rejections.first().reason.contains(u8(".txt, .md, .eml, .csv and .xlsx")));

    const ImportSummary missing =
        LetterImporter(*workbench)
            .run({dir.filePath(QStringLiteral("nowhere.txt"))}, LetterImportOptions());
    CHECK_FALSE(missing.committed);
    REQUIRE(missing.rejections.size() == 1);
    CHECK(missing.rejections.first() ==
          rejection(u8("nowhere.txt"), 0, u8("file"), u8("no such file or folder")));
}

TEST_CASE("the encoding option reaches every file of an import", "[letters][import]")
{
    QTemporaryDir dir;
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    // "caf\xE9" in ISO-8859-1; forced to be read as such.
    writeFixture(dir, QStringLiteral("fr.txt"), "caf\xE9");
    LetterImportOptions options;
    options.encoding = u8("ISO-8859-1");
    const ImportSummary summary =
        LetterImporter(*workbench).run({dir.filePath(QStringLiteral("fr.txt"))}, options);
    REQUIRE(summary.committed);
    const QList<ComplaintLetter> stored = workbench->letters().all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().text == u8("café"));
    CHECK(stored.first().encoding == u8("ISO-8859-1"));
}
