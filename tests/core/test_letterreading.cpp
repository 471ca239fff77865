// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "core/importtestsupport.h"
#include "letters/letterreader.h"
#include "letters/textdecoding.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray gb18030(const char *utf8)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(QString::fromUtf8(utf8));
}

// A fixed modification time, so the received time of a plain letter can be
// checked.
const QDateTime kFileTime(QDate(2024, 3, 1), QTime(8, 30), Qt::UTC);

QString writeLetter(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = writeFixture(dir, name, bytes);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(kFileTime, QFileDevice::FileModificationTime));
    return path;
}

// Reads a file that must give exactly one letter and no rejection.
ComplaintLetter onlyLetter(const QString &path, const QString &encoding = QString())
{
    const LetterReadResult result = readLetterFile(path, encoding);
    const std::string firstRejection =
        result.rejections.isEmpty() ? std::string()
                                    : formatRejection(result.rejections.first()).toStdString();
    INFO(firstRejection);
    REQUIRE(result.rejections.isEmpty());
    REQUIRE(result.letters.size() == 1);
    CHECK(result.rowsRead == 1);
    return result.letters.first().letter;
}

} // namespace

TEST_CASE("a .txt letter is its whole text, named and dated by its file", "[letters][reading]")
{
    QTemporaryDir dir;
    const QString path =
        writeLetter(dir, QStringLiteral("L-0153.txt"),
                    "\r\nDear Sir,\r\nmy card still hasn't arrived after three weeks.\r\n\r\n");
    const ComplaintLetter letter = onlyLetter(path);
    CHECK(letter.text == u8("Dear Sir,\nmy card still hasn't arrived after three weeks."));
    CHECK(letter.reference == u8("L-0153"));
    CHECK(letter.sourceFile == u8("L-0153.txt"));
    CHECK(letter.receivedAt == kFileTime);
    CHECK(letter.receivedSource == ReceivedSource::FileTime);
    CHECK(letter.channel == LetterChannel::Letter);
    CHECK(letter.language.isEmpty());
    CHECK(letter.encoding == u8("UTF-8"));
    CHECK(letter.subject.isEmpty());
    CHECK(letter.maskedCardNumbers == 0);
}

TEST_CASE("a .md letter keeps its Markdown as written", "[letters][reading]")
{
    QTemporaryDir dir;
    const QString path = writeLetter(dir, QStringLiteral("note.MD"),
                                     "# Complaint\n\nThe fee was **wrong**:\n\n- charged twice\n");
    CHECK(onlyLetter(path).text == u8("# Complaint\n\nThe fee was **wrong**:\n\n- charged twice"));
}

TEST_CASE("letters are decoded from UTF-8 with or without BOM and from UTF-16 with BOM",
          "[letters][reading][encoding]")
{
    QTemporaryDir dir;
    const QByteArray text = "Caf\xC3\xA9 card \xE2\x82\xAC 12 fee, \xE4\xB8\xAD\xE6\x96\x87";
    const QString expected = u8("Café card € 12 fee, 中文");

    const ComplaintLetter plain = onlyLetter(writeLetter(dir, QStringLiteral("a.txt"), text));
    CHECK(plain.text == expected);
    CHECK(plain.encoding == u8("UTF-8"));

    const ComplaintLetter bom =
        onlyLetter(writeLetter(dir, QStringLiteral("b.txt"), "\xEF\xBB\xBF" + text));
    CHECK(bom.text == expected); // the BOM is not part of the text
    CHECK(bom.encoding == u8("UTF-8"));

    const ComplaintLetter utf16 =
        onlyLetter(writeLetter(dir, QStringLiteral("c.txt"), utf16LeWithBom(text)));
    CHECK(utf16.text == expected);
    CHECK(utf16.encoding == u8("UTF-16LE"));
}

TEST_CASE("a Chinese letter written in GB18030 is detected and decoded",
          "[letters][reading][encoding]")
{
    const char *const chinese = "您好，我的信用卡三个星期了还没有收到，没人回复。";
    const QByteArray bytes = gb18030(chinese);
    // Hand-known code points of GB2312 (which GB18030 keeps): 中 D6D0, 文 CEC4,
    // 您 C4FA.
    CHECK(gb18030("中文") == QByteArray("\xD6\xD0\xCE\xC4"));
    CHECK(bytes.startsWith("\xC4\xFA"));

    QTemporaryDir dir;
    const ComplaintLetter letter = onlyLetter(writeLetter(dir, QStringLiteral("zh.txt"), bytes));
    CHECK(letter.text == u8(chinese));
    CHECK(letter.encoding == u8("GB18030"));

    // The same bytes read with the encoding given.
    CHECK(onlyLetter(writeLetter(dir, QStringLiteral("zh2.txt"), bytes), u8("GB18030")).text ==
          u8(chinese));
}

TEST_CASE("a Windows-1252 letter with accents and the euro sign is decoded",
          "[letters][reading][encoding]")
{
    QTemporaryDir dir;
    // é is 0xE9 and € is 0x80 in Windows-1252; neither is valid UTF-8 here.
    const QByteArray bytes = "Le caf\xE9 m'a factur\xE9 12 \x80 de trop.";
    const ComplaintLetter letter = onlyLetter(writeLetter(dir, QStringLiteral("fr.txt"), bytes));
    CHECK(letter.text == u8("Le café m'a facturé 12 € de trop."));
    CHECK(letter.encoding == u8("Windows-1252"));

    // 0xFC 0x6C ("ül") is also a valid GBK pair, but a pair with an ASCII
    // trail byte after an accented letter is Western text, not Chinese.
    const ComplaintLetter german =
        onlyLetter(writeLetter(dir, QStringLiteral("de.txt"), "Herr M\xFCller schreibt"));
    CHECK(german.text == u8("Herr Müller schreibt"));
    CHECK(german.encoding == u8("Windows-1252"));
}

TEST_CASE("a letter that cannot be decoded is reported on the line of its bad byte",
          "[letters][reading][encoding]")
{
    QTemporaryDir dir;
    // 0x81 followed by a space: not UTF-8, not a GB18030 pair (a trail byte is
    // 0x30-0x39 or 0x40-0xFE), and undefined in Windows-1252. "line one\n"
    // and "line two " are 9 bytes each, so it is byte 18, on line 2.
    const QString path =
        writeLetter(dir, QStringLiteral("bad.txt"), "line one\nline two \x81 bad\nline three\n");
    const LetterReadResult result = readLetterFile(path);
    CHECK(result.letters.isEmpty());
    CHECK(result.fileRejected);
    REQUIRE(result.rejections.size() == 1);
    CHECK(result.rejections.first().file == u8("bad.txt"));
    CHECK(result.rejections.first().line == 2);
    CHECK(result.rejections.first().column == u8("encoding"));
    CHECK(result.rejections.first().reason.contains(
        u8("cannot decode as UTF-8, GB18030 or Windows-1252")));
    CHECK(result.rejections.first().reason.contains(u8("byte 18 (0x81)")));
}

TEST_CASE("an encoding the user gives is used exactly, and bad bytes in it are reported",
          "[letters][reading][encoding]")
{
    // 0xFF is never a GB18030 byte; "abc\n" is 4 bytes, so it is byte 4 on line 2.
    const DecodedText bad = decodeText("abc\n\xFF", u8("GB18030"));
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == u8("not valid GB18030 at byte 4 (0xFF)"));
    CHECK(bad.errorOffset == 4);
    CHECK(lineOfOffset("abc\n\xFF", bad.errorOffset) == 2);

    // A GB18030 pair cut off at the end is an error too, not dropped.
    const DecodedText cut = decodeText("\xD6\xD0\xCE", u8("GB18030"));
    CHECK_FALSE(cut.ok);
    CHECK(cut.errorOffset == 2);

    // Bytes that are valid UTF-8 read differently when told they are Latin-1.
    const DecodedText latin = decodeText("caf\xC3\xA9", u8("latin1"));
    REQUIRE(latin.ok);
    CHECK(latin.text == u8("cafÃ©"));
    CHECK(latin.encoding == u8("ISO-8859-1"));

    CHECK_FALSE(decodeText("abc", u8("no-such-encoding")).ok);
    CHECK_FALSE(isKnownEncoding(u8("no-such-encoding")));
    CHECK(isKnownEncoding(u8("gbk")));
    CHECK(isKnownEncoding(u8("Windows-1252")));
}

TEST_CASE("binary files and empty letters are refused", "[letters][reading][encoding]")
{
    QTemporaryDir dir;
    const LetterReadResult binary = readLetterFile(
        writeLetter(dir, QStringLiteral("x.txt"), QByteArray("PK\x03\x04\x00\x00\x01", 7)));
    REQUIRE(binary.rejections.size() == 1);
    CHECK(binary.rejections.first().reason.contains(u8("binary")));
    CHECK(binary.letters.isEmpty());

    const LetterReadResult empty =
        readLetterFile(writeLetter(dir, QStringLiteral("e.txt"), " \n\n"));
    REQUIRE(empty.rejections.size() == 1);
    CHECK(empty.rejections.first() ==
          rejection(u8("e.txt"), 1, u8("text"), u8("the letter is empty")));
    CHECK(empty.rowsRejected == 1);
}

TEST_CASE("card numbers are masked in a letter file's text", "[letters][reading]")
{
    QTemporaryDir dir;
    const ComplaintLetter letter =
        onlyLetter(writeLetter(dir, QStringLiteral("card.txt"),
                               "Card 4111 1111 1111 1111 was charged twice; call 0800 123 "
                               "4567.\n卡号5500-0000-0000-0004。"));
    CHECK(letter.text == u8("Card •••• •••• •••• 1111 was charged twice; call 0800 123 4567.\n"
                            "卡号•••• •••• •••• 0004。"));
    CHECK(letter.maskedCardNumbers == 2);
}

TEST_CASE("an .eml letter takes its date, subject, sender and id from the headers",
          "[letters][reading][eml]")
{
    QTemporaryDir dir;
    const QString path = writeLetter(dir, QStringLiteral("mail.eml"),
                                     "From: Jane Doe <jane.doe@example.com>\r\n"
                                     "To: complaints@bank.example\r\n"
                                     "Subject: My card\r\n"
                                     " still has not arrived\r\n"
                                     "Date: Tue, 5 Mar 2024 09:14:00 +0100\r\n"
                                     "Message-ID: <20240305.abc@example.com>\r\n"
                                     "Content-Type: text/plain; charset=\"utf-8\"\r\n"
                                     "\r\n"
                                     "Three weeks and still no card.\r\n"
                                     "Nobody called back.\r\n");
    const ComplaintLetter letter = onlyLetter(path);
    CHECK(letter.channel == LetterChannel::Email);
    // Folded: the line break goes, the space stays.
    CHECK(letter.subject == u8("My card still has not arrived"));
    // 09:14 at +01:00 is 08:14 UTC.
    CHECK(letter.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 5), QTime(8, 14), Qt::UTC));
    CHECK(letter.receivedSource == ReceivedSource::EmailHeader);
    CHECK(letter.customerRef == u8("jane.doe@example.com"));
    CHECK(letter.reference == u8("20240305.abc@example.com"));
    CHECK(letter.text == u8("Three weeks and still no card.\nNobody called back."));
    CHECK(letter.sourceFile == u8("mail.eml"));
    CHECK(letter.encoding == u8("UTF-8"));
}

TEST_CASE("an .eml subject's encoded-words are decoded and its card numbers masked",
          "[letters][reading][eml]")
{
    QTemporaryDir dir;
    // 中 is D6D0 and 文 CEC4 in GB2312; white space between two encoded-words
    // is not part of the text (RFC 2047 6.2).
    const QByteArray subject =
        "=?UTF-8?B?" + QString(u8("我的卡")).toUtf8().toBase64() +
        "?= =?GB2312?Q?=D6=D0=CE=C4?= 4111 1111 1111 1111 =?utf-8?q?caf=C3=A9_bar?=";
    const QString path = writeLetter(dir, QStringLiteral("subject.eml"),
                                     "From: a@example.com\n"
                                     "Subject: " +
                                         subject +
                                         "\n"
                                         "Date: 5 Mar 2024 09:14 GMT\n"
                                         "\n"
                                         "Body.\n");
    const ComplaintLetter letter = onlyLetter(path);
    CHECK(letter.subject == u8("我的卡中文 •••• •••• •••• 1111 café bar"));
    CHECK(letter.maskedCardNumbers == 1);
    CHECK(letter.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 5), QTime(9, 14), Qt::UTC));
    // No Message-ID: the file's name stands in.
    CHECK(letter.reference == u8("subject"));
}

TEST_CASE("a multipart .eml gives its text parts decoded, without html twin or attachments",
          "[letters][reading][eml]")
{
    const char *const chinese = "我的信用卡没有收到";
    const QByteArray gbBase64 = gb18030(chinese).toBase64();
    const QByteArray mail = "From: \"Li Wei\" <li.wei@example.cn>\n"
                            "Subject: complaint\n"
                            "Date: Mon, 4 Mar 2024 18:00:00 +0800 (CST)\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                            "\n"
                            "This is a multi-part message in MIME format.\n"
                            "--outer\n"
                            "Content-Type: multipart/alternative; boundary=inner\n"
                            "\n"
                            "--inner\n"
                            "Content-Type: text/plain; charset=utf-8\n"
                            "Content-Transfer-Encoding: quoted-printable\n"
                            "\n"
                            "The caf=C3=A9 charged me 12 =E2=82=AC for a very long=\n"
                            " line.\n"
                            "--inner\n"
                            "Content-Type: text/html; charset=utf-8\n"
                            "\n"
                            "<p>The HTML twin must not be read.</p>\n"
                            "--inner--\n"
                            "--outer\n"
                            "Content-Type: text/plain; charset=gb2312\n"
                            "Content-Transfer-Encoding: base64\n"
                            "\n" +
                            gbBase64 +
                            "\n"
                            "--outer\n"
                            "Content-Type: text/plain; name=\"statement.txt\"\n"
                            "Content-Disposition: attachment; filename=\"statement.txt\"\n"
                            "\n"
                            "An attachment is not the letter.\n"
                            "--outer--\n"
                            "epilogue\n";
    QTemporaryDir dir;
    const ComplaintLetter letter = onlyLetter(writeLetter(dir, QStringLiteral("multi.eml"), mail));
    CHECK(letter.text == u8("The café charged me 12 € for a very long line.\n\n") + u8(chinese));
    CHECK(letter.encoding == u8("UTF-8"));
    CHECK(letter.customerRef == u8("li.wei@example.cn"));
    // 18:00 at +08:00 is 10:00 UTC; the comment "(CST)" is ignored.
    CHECK(letter.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 4), QTime(10, 0), Qt::UTC));
}

TEST_CASE("an html-only .eml is read without its tags", "[letters][reading][eml]")
{
    QTemporaryDir dir;
    const QString path = writeLetter(dir, QStringLiteral("html.eml"),
                                     "From: x@example.com\n"
                                     "Content-Type: text/html; charset=windows-1252\n"
                                     "\n"
                                     "<html><head><style>p {color: red}</style></head><body>\n"
                                     "<p>Fees &amp; charges: 12&nbsp;\x80</p><p>Second<br>line</p>"
                                     "</body></html>\n");
    const ComplaintLetter letter = onlyLetter(path);
    CHECK(letter.text == u8("Fees & charges: 12 €\n\nSecond\nline"));
    CHECK(letter.encoding == u8("Windows-1252"));
    // No Date header: the file's time, and the analyst can see so.
    CHECK(letter.receivedSource == ReceivedSource::FileTime);
    CHECK(letter.receivedAt == kFileTime);
}

TEST_CASE("an .eml part that does not decode in its charset is reported on its line",
          "[letters][reading][eml]")
{
    QTemporaryDir dir;
    const QString path = writeLetter(dir, QStringLiteral("broken.eml"),
                                     "From: x@example.com\n"                      // line 1
                                     "Content-Type: text/plain; charset=gb2312\n" // line 2
                                     "Content-Transfer-Encoding: 8bit\n"          // line 3
                                     "\n"                                         // line 4
                                     "\xD6\xD0\xCE\xC4\n"                         // line 5
                                     "ok \xFF\xFF\n");                            // line 6
    const LetterReadResult result = readLetterFile(path);
    CHECK(result.letters.isEmpty());
    REQUIRE(result.rejections.size() == 1);
    CHECK(result.rejections.first().line == 6);
    CHECK(result.rejections.first().reason.contains(u8("not valid GB18030")));

    const LetterReadResult noHeaders =
        readLetterFile(writeLetter(dir, QStringLiteral("plain.eml"), "Dear Sir, my card.\n"));
    REQUIRE(noHeaders.rejections.size() == 1);
    CHECK(noHeaders.rejections.first().column == u8("headers"));
}

TEST_CASE("a letters CSV gives one letter per row, with quoted text over several lines",
          "[letters][reading][csv]")
{
    QTemporaryDir dir;
    const QString path = writeLetter(
        dir, QStringLiteral("letters.csv"),
        "ID,Received,channel,customer_ref,key_customer,text,ignored\n"                    // line 1
        "L-1,2024-03-05T09:14:00+08:00,email,C-100,yes,\"Card late,\n"                    // line 2
        "three weeks.\n"                                                                  // line 3
        "Nobody called back.\",x\n"                                                       // line 4
        "L-2,2024-03-06,complaint_card,,N,\"Card 4111 1111 1111 1111 \"\"twice\"\"\",y\n" // 5
        "\n"                                                                              // line 6
        "L-3,2024-03-07 10:00,web,C-7,0,Wrong amount,z\n");                               // line 7
    const LetterReadResult result = readLetterFile(path);
    REQUIRE(result.rejections.isEmpty());
    CHECK(result.rowsRead == 3);
    REQUIRE(result.letters.size() == 3);
    const ComplaintLetter &first = result.letters.at(0).letter;
    CHECK(result.letters.at(0).line == 2);
    CHECK(first.reference == u8("L-1"));
    CHECK(first.channel == LetterChannel::Email);
    CHECK(first.customerRef == u8("C-100"));
    CHECK(first.keyCustomer);
    CHECK(first.text == u8("Card late,\nthree weeks.\nNobody called back."));
    // 09:14 at +08:00 is 01:14 UTC.
    CHECK(first.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 5), QTime(1, 14), Qt::UTC));
    CHECK(first.receivedSource == ReceivedSource::Csv);
    CHECK(first.sourceFile == u8("letters.csv"));

    // The quoted text spanned lines 2-4, so the next row starts on line 5.
    CHECK(result.letters.at(1).line == 5);
    const ComplaintLetter &second = result.letters.at(1).letter;
    CHECK(second.channel == LetterChannel::ComplaintCard);
    CHECK_FALSE(second.keyCustomer);
    CHECK(second.text == u8("Card •••• •••• •••• 1111 \"twice\""));
    CHECK(second.maskedCardNumbers == 1);
    CHECK(second.receivedAt.toUTC() == QDateTime(QDate(2024, 3, 6), QTime(0, 0), Qt::UTC));

    CHECK(result.letters.at(2).line == 7);
    CHECK(result.letters.at(2).letter.channel == LetterChannel::Web);
}

TEST_CASE("bad letter rows are rejected on their own lines", "[letters][reading][csv]")
{
    QTemporaryDir dir;
    const QString path =
        writeLetter(dir, QStringLiteral("bad.csv"),
                    "id,received,channel,customer_ref,key_customer,text\n" // 1
                    "A,2024-03-05,email,c,yes,\"first\n"                   // 2
                    "spans two lines\"\n"                                  // 3
                    "B,2024-03-05,fax,c,yes,text\n"                        // 4: fax, a letter
                    "C,2024-03-05,email,c,maybe,text\n"                    // 5: boolean
                    "D,2024-02-30,email,c,no,text\n"                       // 6: date
                    "E,2024-03-05,email,c,no,\"  \"\n"                     // 7: empty text
                    "F,2024-03-05,email,c,no\n"                            // 8: fields
                    "A,2024-03-05,letter,c,no,again\n"  // 9: repeated id, for the import
                    "G,2024-03-05,Letter,c,No,fine\n"); // 10: good
    const LetterReadResult result = readLetterFile(path);
    // A (lines 2-3), B, C, D, E, F, A again, G: 8 rows.
    CHECK(result.rowsRead == 8);
    // A repeated id is the importer's to judge (the same text is a
    // duplicate, another text a conflict), against the workbench too.
    CHECK(result.rowsRejected == 4);
    CHECK_FALSE(result.fileRejected);
    const QString file = u8("bad.csv");
    const QList<ImportRejection> expected = {
        rejection(file, 5, u8("key_customer"),
                  u8("\"maybe\" is not yes/no, true/false, 1/0 or Y/N")),
        rejection(file, 6, u8("received"), u8("cannot read \"2024-02-30\" as a date (ISO)")),
        rejection(file, 7, u8("text"), u8("the letter's text is empty")),
        rejection(file, 8, u8("row"), u8("wrong number of fields: expected 6, found 5")),
    };
    CHECK(result.rejections == expected);
    REQUIRE(result.letters.size() == 4);
    CHECK(result.letters.at(0).letter.reference == u8("A"));
    CHECK(result.letters.at(0).letter.referenceIsSourceId);
    CHECK(result.letters.at(1).letter.reference == u8("B"));
    CHECK(result.letters.at(1).letter.channel == LetterChannel::Letter);
    CHECK(result.letters.at(2).letter.reference == u8("A"));
    CHECK(result.letters.at(2).line == 9);
    CHECK(result.letters.at(3).letter.reference == u8("G"));
    CHECK(result.letters.at(3).line == 10);
}

TEST_CASE("a letters CSV without its columns or rows is refused as a whole",
          "[letters][reading][csv]")
{
    QTemporaryDir dir;
    const LetterReadResult missing = readLetterFile(
        writeLetter(dir, QStringLiteral("m.csv"), "id,channel,content\nA,email,text\n"));
    CHECK(missing.fileRejected);
    CHECK(missing.letters.isEmpty());
    CHECK(
        missing.rejections ==
        QList<ImportRejection>{
            rejection(u8("m.csv"), 1, u8("received"),
                      u8("the header has no column \"received\" (name one with --map "
                         "received=COLUMN)")),
            rejection(u8("m.csv"), 1, u8("text"),
                      u8("the header has no column \"text\" (name one with --map text=COLUMN)"))});

    const LetterReadResult empty = readLetterFile(writeLetter(dir, QStringLiteral("e.csv"), ""));
    CHECK(empty.fileRejected);
    CHECK(empty.rejections ==
          QList<ImportRejection>{rejection(u8("e.csv"), 0, u8("file"), u8("the file is empty"))});

    const LetterReadResult headerOnly =
        readLetterFile(writeLetter(dir, QStringLiteral("h.csv"), "id,received,text\n"));
    CHECK(headerOnly.fileRejected);
    CHECK(headerOnly.rejections ==
          QList<ImportRejection>{
              rejection(u8("h.csv"), 1, u8("row"), u8("the file has a header but no data rows"))});
}

TEST_CASE("a letters CSV in GB18030 with day-first dates is read", "[letters][reading][csv]")
{
    QTemporaryDir dir;
    const QByteArray bytes =
        gb18030("id,received,channel,customer_ref,key_customer,text\n"
                "Z-1,25/03/2024 14:30,letter,客户一,是,\"卡三个星期了还没有收到\"\n");
    const LetterReadResult bad = readLetterFile(writeLetter(dir, QStringLiteral("zh.csv"), bytes));
    // "是" is not one of the booleans the other imports take either.
    REQUIRE(bad.rejections.size() == 1);
    CHECK(bad.rejections.first().column == u8("key_customer"));

    const QByteArray good =
        gb18030("id,received,channel,customer_ref,key_customer,text\n"
                "Z-1,25/03/2024 14:30,letter,客户一,1,\"卡三个星期了还没有收到\"\n");
    const LetterReadResult result =
        readLetterFile(writeLetter(dir, QStringLiteral("zh2.csv"), good));
    REQUIRE(result.rejections.isEmpty());
    REQUIRE(result.letters.size() == 1);
    CHECK(result.letters.first().letter.text == u8("卡三个星期了还没有收到"));
    CHECK(result.letters.first().letter.customerRef == u8("客户一"));
    CHECK(result.letters.first().letter.encoding == u8("GB18030"));
    CHECK(result.letters.first().letter.receivedAt.toUTC() ==
          QDateTime(QDate(2024, 3, 25), QTime(14, 30), Qt::UTC));
}

TEST_CASE("a folder's letter files are found in subfolders, sorted, others left out",
          "[letters][reading]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("2024/march"));
    writeFixture(dir, QStringLiteral("b.txt"), "b");
    writeFixture(dir, QStringLiteral("a.eml"), "a");
    writeFixture(dir, QStringLiteral("2024/march/c.CSV"), "c");
    writeFixture(dir, QStringLiteral("2024/scan.pdf"), "%PDF");
    writeFixture(dir, QStringLiteral("notes.md"), "n");
    const QStringList files = letterFilesIn(dir.path());
    CHECK(files == QStringList{dir.filePath(QStringLiteral("2024/march/c.CSV")),
                               dir.filePath(QStringLiteral("a.eml")),
                               dir.filePath(QStringLiteral("b.txt")),
                               dir.filePath(QStringLiteral("notes.md"))});

    const LetterReadResult pdf = readLetterFile(dir.filePath(QStringLiteral("2024/scan.pdf")));
    CHECK(pdf.fileRejected);
    REQUIRE(pdf.rejections.size() == 1);
    CHECK(pdf.rejections.first().line == 0);
    CHECK(pdf.rejections.first().file == u8("scan.pdf"));
}

TEST_CASE("an e-mail cut off inside its multipart body is refused, located at its end",
          "[letters][reading][eml]")
{
    QTemporaryDir dir;
    const QByteArray whole = "From: jane@example.com\n"              // 1
                             "Subject: Late card\n"                  // 2
                             "Content-Type: multipart/alternative; " // 3
                             "boundary=\"b1\"\n"
                             "\n"                                              // 4
                             "--b1\n"                                          // 5
                             "Content-Type: text/plain\n"                      // 6
                             "\n"                                              // 7
                             "My card has not arrived after three weeks and\n" // 8
                             "--b1--\n";                                       // 9
    const LetterReadResult complete = readLetterFile(writeLetter(dir, u8("whole.eml"), whole));
    CHECK(complete.rejections.isEmpty());
    REQUIRE(complete.letters.size() == 1);

    // The same message cut after line 8: no closing boundary.
    const QByteArray cut = whole.left(whole.indexOf("--b1--"));
    const LetterReadResult truncated = readLetterFile(writeLetter(dir, u8("cut.eml"), cut));
    CHECK(truncated.letters.isEmpty());
    CHECK(truncated.rowsRejected == 1);
    CHECK(truncated.rejections ==
          QList<ImportRejection>{rejection(u8("cut.eml"), 9, u8("text"),
                                           u8("the e-mail ends inside its body (the closing "
                                              "boundary \"--b1--\" is missing): the file looks "
                                              "cut off"))});
}
