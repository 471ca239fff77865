// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>

#include <vector>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// A buffer that hands out at most `step` bytes per read, so that every
// position of a small input falls on a chunk boundary in some run.
class TrickleBuffer : public QBuffer
{
public:
    explicit TrickleBuffer(qint64 step)
        : m_step(step)
    {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        return QBuffer::readData(data, m_step > 0 ? qMin(maxSize, m_step) : maxSize);
    }

private:
    qint64 m_step;
};

struct ReadResult
{
    std::vector<qint64> lines;
    std::vector<QStringList> fields;
    std::optional<CsvReadError> error;
    QChar separator;
    QString encoding;
    qint64 bytesRead = 0;
};

// step 0 reads in the reader's own chunks.
ReadResult readAll(const QByteArray &bytes, qint64 step = 0, QChar separator = QChar())
{
    TrickleBuffer buffer(step);
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader reader(buffer);
    if (!separator.isNull())
        reader.setSeparator(separator);
    ReadResult result;
    while (const std::optional<CsvRecord> record = reader.next()) {
        result.lines.push_back(record->line);
        result.fields.push_back(record->fields);
    }
    // Reading on after the end or an error gives nothing more.
    CHECK_FALSE(reader.next());
    result.error = reader.error();
    result.separator = reader.separator();
    result.encoding = reader.encodingName();
    result.bytesRead = reader.bytesRead();
    return result;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

TEST_CASE("the separator is the commonest of comma, semicolon and tab on the first line", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2, 5);
    CAPTURE(step);

    SECTION("comma")
    {
        const ReadResult r = readAll("service,case_id,received\nAPP,C1,2025-02-01\n", step);
        CHECK(r.separator == u',');
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[0] == QStringList{u"service"_s, u"case_id"_s, u"received"_s});
        CHECK(r.fields[1] == QStringList{u"APP"_s, u"C1"_s, u"2025-02-01"_s});
        CHECK_FALSE(r.error);
    }
    SECTION("semicolon, with decimal commas in the data")
    {
        const ReadResult r = readAll("a;b;c\n1;2,5;3\n", step);
        CHECK(r.separator == u';');
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[1] == QStringList{u"1"_s, u"2,5"_s, u"3"_s});
    }
    SECTION("tab")
    {
        const ReadResult r = readAll("a\tb, c\td\n1\t2\t3\n", step);
        CHECK(r.separator == u'\t');
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[0] == QStringList{u"a"_s, u"b, c"_s, u"d"_s});
    }
    SECTION("a tie goes to comma")
    {
        const ReadResult r = readAll("a,b;c\n", step);
        CHECK(r.separator == u',');
        REQUIRE(r.fields.size() == 1);
        CHECK(r.fields[0] == QStringList{u"a"_s, u"b;c"_s});
    }
    SECTION("separators inside quotes do not count")
    {
        const ReadResult r = readAll("\"x;y;z\",b\n", step);
        CHECK(r.separator == u',');
        REQUIRE(r.fields.size() == 1);
        CHECK(r.fields[0] == QStringList{u"x;y;z"_s, u"b"_s});
    }
    SECTION("blank lines before the header are passed over")
    {
        const ReadResult r = readAll("\n\na;b\n", step);
        CHECK(r.separator == u';');
        CHECK(r.lines == std::vector<qint64>{3});
    }
    SECTION("a line without any candidate reads as comma-separated")
    {
        const ReadResult r = readAll("single\nvalue\n", step);
        CHECK(r.separator == u',');
        CHECK(r.fields.size() == 2);
    }
}

TEST_CASE("a forced separator replaces detection", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 3);
    CAPTURE(step);
    const ReadResult semicolon = readAll("a,b;c,d\n1,2;3\n", step, u';');
    CHECK(semicolon.separator == u';');
    REQUIRE(semicolon.fields.size() == 2);
    CHECK(semicolon.fields[0] == QStringList{u"a,b"_s, u"c,d"_s});
    CHECK(semicolon.fields[1] == QStringList{u"1,2"_s, u"3"_s});

    const ReadResult pipe = readAll("a|b,c\n", step, u'|');
    REQUIRE(pipe.fields.size() == 1);
    CHECK(pipe.fields[0] == QStringList{u"a"_s, u"b,c"_s});
}

TEST_CASE("quoted fields hold separators, doubled quotes and line breaks", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2, 3, 7);
    CAPTURE(step);

    SECTION("separators and doubled quotes")
    {
        const ReadResult r = readAll("name,comment\n\"Smith, J\",\"He said \"\"no\"\"\"\n"
                                     "\"\",\"\"\"\"\n",
                                     step);
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[1] == QStringList{u"Smith, J"_s, u"He said \"no\""_s});
        // An empty quoted field, and one holding only a quote.
        CHECK(r.fields[2] == QStringList{QString(), u"\""_s});
    }
    SECTION("line breaks inside quotes push later records down")
    {
        // line 1: header; 2-3: record 1; 4: record 2; 5-7: record 3 (CRLF
        // inside and after); 8: record 4.
        const ReadResult r = readAll("id,text\n"
                                     "1,\"first\nsecond\"\n"
                                     "2,plain\n"
                                     "3,\"a\r\nb\r\nc\"\r\n"
                                     "4,x\n",
                                     step);
        CHECK_FALSE(r.error);
        CHECK(r.lines == std::vector<qint64>{1, 2, 4, 5, 8});
        REQUIRE(r.fields.size() == 5);
        CHECK(r.fields[1] == QStringList{u"1"_s, u"first\nsecond"_s});
        CHECK(r.fields[2] == QStringList{u"2"_s, u"plain"_s});
        CHECK(r.fields[3] == QStringList{u"3"_s, u"a\r\nb\r\nc"_s});
        CHECK(r.fields[4] == QStringList{u"4"_s, u"x"_s});
    }
    SECTION("a CR-only break inside quotes counts one line")
    {
        const ReadResult r = readAll("a\r\"x\ry\"\rb\r", step);
        CHECK(r.lines == std::vector<qint64>{1, 2, 4});
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[1] == QStringList{u"x\ry"_s});
    }
    SECTION("text after a closing quote stays in the field")
    {
        const ReadResult r = readAll("a,b\n\"ab\"cd,e\n", step);
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[1] == QStringList{u"abcd"_s, u"e"_s});
    }
}

TEST_CASE("a quote inside an unquoted field is an ordinary character", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2);
    CAPTURE(step);
    const ReadResult r = readAll("size,note\n5\" pipe,x\"y\"\n", step);
    CHECK_FALSE(r.error);
    REQUIRE(r.fields.size() == 2);
    CHECK(r.fields[1] == QStringList{u"5\" pipe"_s, u"x\"y\""_s});
}

TEST_CASE("line ends: LF, CRLF and CR, blank lines counted, last line without end", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2, 3);
    CAPTURE(step);

    SECTION("blank lines are skipped but counted")
    {
        // 1 header, 2 blank, 3 record, 4 blank (CRLF), 5 blank, 6 record.
        const ReadResult r = readAll("a,b\n\n1,2\n\r\n\n3,4\n", step);
        CHECK(r.lines == std::vector<qint64>{1, 3, 6});
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[2] == QStringList{u"3"_s, u"4"_s});
    }
    SECTION("CRLF leaves no carriage return in the last field")
    {
        const ReadResult r = readAll("a,b\r\n1,2\r\n\r\n3,4\r\n", step);
        CHECK(r.lines == std::vector<qint64>{1, 2, 4});
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[1] == QStringList{u"1"_s, u"2"_s});
    }
    SECTION("CR alone ends a line")
    {
        // 1 header, 2 record, 3 blank, 4 record without line end.
        const ReadResult r = readAll("a,b\r1,2\r\r3,4", step);
        CHECK(r.lines == std::vector<qint64>{1, 2, 4});
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[1] == QStringList{u"1"_s, u"2"_s});
        CHECK(r.fields[2] == QStringList{u"3"_s, u"4"_s});
    }
    SECTION("the last line needs no line end")
    {
        const ReadResult r = readAll("a,b\n1,2", step);
        CHECK_FALSE(r.error);
        REQUIRE(r.fields.size() == 2);
        CHECK(r.fields[1] == QStringList{u"1"_s, u"2"_s});
    }
    SECTION("nor when it ends in a quoted field or a separator")
    {
        CHECK(readAll("a\n\"x,y\"", step).fields.back() == QStringList{u"x,y"_s});
        CHECK(readAll("a,b\n1,", step).fields.back() == QStringList{u"1"_s, QString()});
    }
    SECTION("empty fields")
    {
        const ReadResult r = readAll("a,b,c\n,,\n1,,3\n", step);
        REQUIRE(r.fields.size() == 3);
        CHECK(r.fields[1] == QStringList{QString(), QString(), QString()});
        CHECK(r.fields[2] == QStringList{u"1"_s, QString(), u"3"_s});
    }
    SECTION("a line of spaces is not blank")
    {
        const ReadResult r = readAll("a\n  \nb\n", step);
        CHECK(r.lines == std::vector<qint64>{1, 2, 3});
    }
}

TEST_CASE("a file with only a header, or nothing at all", "[csv]")
{
    const ReadResult header = readAll("service,case_id\n");
    CHECK_FALSE(header.error);
    CHECK(header.lines == std::vector<qint64>{1});

    const ReadResult empty = readAll(QByteArray());
    CHECK_FALSE(empty.error);
    CHECK(empty.lines.empty());
    CHECK(empty.encoding == u"UTF-8"_s);

    const ReadResult bomOnly = readAll("\xEF\xBB\xBF");
    CHECK_FALSE(bomOnly.error);
    CHECK(bomOnly.lines.empty());
    CHECK(bomOnly.encoding == u"UTF-8 (BOM)"_s);

    const ReadResult blank = readAll("\n\r\n\n");
    CHECK_FALSE(blank.error);
    CHECK(blank.lines.empty());
}

TEST_CASE("UTF-8 with and without a byte-order mark", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2, 4);
    CAPTURE(step);
    // 没有收到 ("not received") is three bytes a character in UTF-8.
    const QByteArray body =
        "id,text\n1,\xE6\xB2\xA1\xE6\x9C\x89\xE6\x94\xB6\xE5\x88\xB0\n2,caf\xC3\xA9\n";

    const ReadResult plain = readAll(body, step);
    CHECK(plain.encoding == u"UTF-8"_s);
    REQUIRE(plain.fields.size() == 3);
    CHECK(plain.fields[0] == QStringList{u"id"_s, u"text"_s});
    CHECK(plain.fields[1] == QStringList{u"1"_s, u"没有收到"_s});
    CHECK(plain.fields[2] == QStringList{u"2"_s, u"café"_s});

    const ReadResult marked = readAll("\xEF\xBB\xBF" + body, step);
    CHECK(marked.encoding == u"UTF-8 (BOM)"_s);
    REQUIRE(marked.fields.size() == 3);
    // The mark is not part of the first header name.
    CHECK(marked.fields[0] == QStringList{u"id"_s, u"text"_s});
    CHECK(marked.fields[1] == QStringList{u"1"_s, u"没有收到"_s});
    CHECK(marked.lines == std::vector<qint64>{1, 2, 3});
    CHECK(marked.bytesRead == body.size() + 3);
}

TEST_CASE("UTF-16 little- and big-endian with a byte-order mark", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 3);
    CAPTURE(step);
    const QString text = u"id;text\r\n1;没有收到\r\n2;\"a;b\"\r\n"_s;

    const ReadResult le = readAll(utf16(text, QStringConverter::Utf16LE), step);
    CHECK(le.encoding == u"UTF-16LE"_s);
    CHECK(le.separator == u';');
    CHECK_FALSE(le.error);
    CHECK(le.lines == std::vector<qint64>{1, 2, 3});
    REQUIRE(le.fields.size() == 3);
    CHECK(le.fields[0] == QStringList{u"id"_s, u"text"_s});
    CHECK(le.fields[1] == QStringList{u"1"_s, u"没有收到"_s});
    CHECK(le.fields[2] == QStringList{u"2"_s, u"a;b"_s});

    const ReadResult be = readAll(utf16(text, QStringConverter::Utf16BE), step);
    CHECK(be.encoding == u"UTF-16BE"_s);
    CHECK(be.separator == u';');
    CHECK(be.fields == le.fields);
    CHECK(be.lines == le.lines);
}

TEST_CASE("UTF-16 that cannot be decoded stops with a located error", "[csv]")
{
    SECTION("an unpaired surrogate")
    {
        // "a\nb\n" then a lone high surrogate on line 3.
        QByteArray bytes = "\xFF\xFE" + QByteArray("a\0\n\0b\0\n\0x\0\x00\xD8\n\0", 14);
        const ReadResult r = readAll(bytes);
        CHECK(r.lines == std::vector<qint64>{1, 2});
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
    }
    SECTION("an odd number of bytes")
    {
        const ReadResult r = readAll("\xFE\xFF" + QByteArray("\0a\0\n\0b\0", 7));
        CHECK(r.lines == std::vector<qint64>{1});
        REQUIRE(r.error);
        CHECK(r.error->line == 2);
    }
}

TEST_CASE("bytes that are not UTF-8 stop the reader at their line", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 2, 3);
    CAPTURE(step);

    SECTION("in a plain field")
    {
        const ReadResult r = readAll("a,b\n1,2\n3,\xFF\n4,5\n", step);
        CHECK(r.lines == std::vector<qint64>{1, 2});
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
        CHECK(r.error->message.contains(u"UTF-8"_s));
    }
    SECTION("inside a quoted field that spans lines")
    {
        // The record starts on line 2; the bad byte is on line 4.
        const ReadResult r = readAll("a\n\"x\ny\nz\xC3(\"\n", step);
        CHECK(r.lines == std::vector<qint64>{1});
        REQUIRE(r.error);
        CHECK(r.error->line == 4);
    }
    SECTION("on the header line")
    {
        const ReadResult r = readAll("na\xE9me,b\n1,2\n", step);
        CHECK(r.lines.empty());
        REQUIRE(r.error);
        CHECK(r.error->line == 1);
    }
    SECTION("a character cut off by the end of the file")
    {
        const ReadResult r = readAll("a\nb\n\xE6\xB2", step);
        CHECK(r.lines == std::vector<qint64>{1, 2});
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
    }
    SECTION("an encoded surrogate")
    {
        const ReadResult r = readAll("a\n\xED\xA0\x80\n", step);
        REQUIRE(r.error);
        CHECK(r.error->line == 2);
    }
}

TEST_CASE("an unterminated quote is reported where it opens", "[csv]")
{
    const qint64 step = GENERATE(0, 1, 4);
    CAPTURE(step);

    SECTION("at the start of a record")
    {
        const ReadResult r = readAll("a,b\n1,2\n3,\"open\n4,5\n6,7\n", step);
        CHECK(r.lines == std::vector<qint64>{1, 2});
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
    }
    SECTION("in a record that started lines earlier")
    {
        // The record starts on line 2; its second quoted field opens on 3.
        const ReadResult r = readAll("a,b,c\n1,\"ok\nstill\",\"bad\n\n2,3,4\n", step);
        CHECK(r.lines == std::vector<qint64>{1});
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
    }
    SECTION("a doubled quote at the end does not close the field")
    {
        const ReadResult r = readAll("a\n\"x\"\"", step);
        REQUIRE(r.error);
        CHECK(r.error->line == 2);
    }
}

TEST_CASE("an unterminated quote in a file of many chunks", "[csv]")
{
    QByteArray bytes = "id,text\n1,ok\n2,\"never closed\n";
    while (bytes.size() < 300 * 1024)
        bytes += "3,filler line that is swallowed by the open quote\n";
    const ReadResult r = readAll(bytes);
    CHECK(r.lines == std::vector<qint64>{1, 2});
    REQUIRE(r.error);
    CHECK(r.error->line == 3);
    CHECK(r.bytesRead == bytes.size());
}

TEST_CASE("a runaway record stops the reader instead of filling memory", "[csv]")
{
    // 17 Mi characters in one quoted field, closed at the end.
    QByteArray bytes = "id,text\n1,ok\n2,\"";
    bytes += QByteArray(17 * 1024 * 1024, 'x');
    bytes += "\"\n3,after\n";
    const ReadResult r = readAll(bytes);
    CHECK(r.lines == std::vector<qint64>{1, 2});
    REQUIRE(r.error);
    CHECK(r.error->line == 3);
}

TEST_CASE("records across the reader's 64 KiB chunk boundaries", "[csv]")
{
    // Filler records bring each tricky record to a byte offset where the
    // reader's chunk ends inside it. Expected lines are counted as they are
    // written.
    constexpr qsizetype chunk = 64 * 1024;
    QByteArray bytes = "id,text\n";
    std::vector<qint64> lines{1};
    std::vector<QStringList> fields{{u"id"_s, u"text"_s}};
    qint64 line = 2;
    const auto fillTo = [&](qsizetype offset) {
        REQUIRE(offset - bytes.size() >= 3);
        while (bytes.size() < offset) {
            const qsizetype room = offset - bytes.size();
            const qsizetype length = room > 200 ? 100 : room; // "f," + x... + "\n"
            const QByteArray pad(length - 3, 'x');
            bytes += "f," + pad + "\n";
            lines.push_back(line++);
            fields.push_back({u"f"_s, QString::fromLatin1(pad)});
        }
        REQUIRE(bytes.size() == offset);
    };

    // The CR of a CRLF inside a quoted field is the last byte of chunk 1.
    fillTo(chunk - 7);
    bytes += "q,\"one\r\ntwo\"\n";
    REQUIRE(bytes.at(chunk - 1) == '\r');
    lines.push_back(line);
    line += 2;
    fields.push_back({u"q"_s, u"one\r\ntwo"_s});

    // 没 (E6 B2 A1) has one byte in chunk 2 and two in chunk 3.
    fillTo(2 * chunk - 3);
    bytes += "m,\xE6\xB2\xA1\xE6\x9C\x89\n";
    REQUIRE(bytes.at(2 * chunk - 1) == '\xE6');
    lines.push_back(line++);
    fields.push_back({u"m"_s, u"没有"_s});

    // A record's CRLF line end split between chunks 3 and 4.
    fillTo(3 * chunk - 4);
    bytes += "c,d\r\n";
    REQUIRE(bytes.at(3 * chunk - 1) == '\r');
    lines.push_back(line++);
    fields.push_back({u"c"_s, u"d"_s});

    // A doubled quote split between chunks 4 and 5.
    fillTo(4 * chunk - 8);
    bytes += "p,\"say \"\"hi\"\"\"\n";
    REQUIRE(bytes.at(4 * chunk - 1) == '"');
    REQUIRE(bytes.at(4 * chunk) == '"');
    lines.push_back(line++);
    fields.push_back({u"p"_s, u"say \"hi\""_s});

    // A closing quote as the last byte of chunk 5, the separator in chunk 6.
    fillTo(5 * chunk - 7);
    bytes += "e,\"end\",z\n";
    REQUIRE(bytes.at(5 * chunk - 1) == '"');
    lines.push_back(line++);
    fields.push_back({u"e"_s, u"end"_s, u"z"_s});

    // An unquoted field split between chunks 6 and 7, and a last line
    // without a line end.
    fillTo(6 * chunk - 4);
    bytes += "split,field\nlast,one";
    lines.push_back(line++);
    fields.push_back({u"split"_s, u"field"_s});
    lines.push_back(line++);
    fields.push_back({u"last"_s, u"one"_s});

    const ReadResult r = readAll(bytes);
    CHECK_FALSE(r.error);
    CHECK(r.bytesRead == bytes.size());
    REQUIRE(r.lines.size() == lines.size());
    CHECK(r.lines == lines);
    CHECK(r.fields == fields);
}
