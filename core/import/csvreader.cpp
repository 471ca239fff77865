// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "io/formulaguard.h"

#include <QIODevice>

#include <utility>

namespace Yardstick {

namespace {

// Read and decode this much at a time, so memory does not grow with the file.
constexpr qint64 ChunkSize = 64 * 1024;
// A record longer than this is not a record but a missing closing quote;
// stopping keeps memory bounded.
constexpr qsizetype MaxRecordLength = 16 * 1024 * 1024;
// The header line is searched this far for the separator.
constexpr qsizetype SeparatorProbeLength = 1024 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
{}

CsvReader::~CsvReader() = default;

void CsvReader::setSeparator(QChar separator)
{
    m_separator = separator;
    m_separatorForced = true;
}

std::optional<CsvRecord> CsvReader::next()
{
    if (!m_started)
        start();
    while (!m_error) {
        if (scanRecord()) {
            // A cell Yardstick (or another careful writer) guarded against
            // formulas reads back as it was.
            for (QString &field : m_record.fields) {
                if (field.startsWith(QLatin1Char('\'')))
                    unguardCell(field);
            }
            return std::exchange(m_record, CsvRecord());
        }
        if (m_error)
            break;
        if (!fillBuffer()) {
            if (m_error)
                break;
            if (m_errorAt >= 0) {
                failEncoding();
                break;
            }
            return finishAtEnd();
        }
    }
    return std::nullopt;
}

void CsvReader::start()
{
    m_started = true;
    m_raw.resize(ChunkSize);
    // The byte-order mark needs the first bytes together.
    qint64 got = 0;
    while (got < 4) {
        const qint64 count = m_device.read(m_raw.data() + got, ChunkSize - got);
        if (count < 0) {
            m_error = CsvReadError{
                m_line, tr("The file could not be read: %1").arg(m_device.errorString())};
            return;
        }
        if (count == 0)
            break;
        got += count;
    }
    m_bytesRead = got;
    const QByteArrayView head(m_raw.constData(), got);

    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    m_encodingName = QStringLiteral("UTF-8");
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bomLength = 3;
        m_encodingName = QStringLiteral("UTF-8 (BOM)");
    } else if (head.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
        m_bomLength = 2;
        m_utf16 = true;
        m_encodingName = QStringLiteral("UTF-16LE");
    } else if (head.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
        m_bomLength = 2;
        m_utf16 = true;
        m_encodingName = QStringLiteral("UTF-16BE");
    }
    // Invalid input becomes U+0000 so that its place can be found (see
    // decode()). The mark is skipped here, so the decoder must not also drop
    // a zero-width no-break space that opens the text.
    m_decoder = QStringDecoder(encoding, QStringConverter::Flag::ConvertInvalidToNull |
                                             QStringConverter::Flag::ConvertInitialBom);
    decode(head.sliced(m_bomLength));
    if (!m_separatorForced)
        detectSeparator();
}

bool CsvReader::fillBuffer()
{
    // Everything before m_position has been used (suspendRecord copied what
    // the current record still needs), so drop it and shift the indices.
    if (m_position > 0) {
        m_previousWasCr = m_buffer.at(m_position - 1) == u'\r';
        m_buffer.remove(0, m_position);
        if (m_errorAt >= 0)
            m_errorAt -= m_position;
        m_runStart -= m_position;
        m_runEnd -= m_position;
        m_recordStart -= m_position;
        m_position = 0;
    }
    if (m_atEnd)
        return false;
    const qint64 count = m_device.read(m_raw.data(), ChunkSize);
    if (count < 0) {
        m_atEnd = true;
        m_error =
            CsvReadError{m_line, tr("The file could not be read: %1").arg(m_device.errorString())};
        return false;
    }
    if (count == 0) {
        m_atEnd = true;
        finishDecoding();
        return false;
    }
    m_bytesRead += count;
    decode(QByteArrayView(m_raw.constData(), count));
    return true;
}

void CsvReader::decode(QByteArrayView bytes)
{
    // Decode straight into the buffer's spare capacity: no allocation per
    // chunk once the buffer has grown to size.
    const qsizetype base = m_buffer.size();
    m_buffer.resize(base + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buffer.data() + base, bytes);
    m_buffer.resize(end - m_buffer.constData());
    if (m_decoder.hasError()) {
        // The first U+0000 of this chunk marks the bad bytes. Were the file to
        // hold a real NUL earlier in the same chunk, that line would be named
        // instead: the error would be misplaced, never lost.
        const qsizetype at = m_buffer.indexOf(QChar(u'\0'), base);
        m_errorAt = at >= 0 ? at : m_buffer.size();
        m_atEnd = true; // nothing after bad bytes is worth reading
        return;
    }
    if (m_utf16)
        checkSurrogates(base);
}

void CsvReader::checkSurrogates(qsizetype from)
{
    // Qt's UTF-16 decoder passes unpaired surrogates through; they are as
    // invalid as a bad UTF-8 byte.
    bool expectLow = m_highSurrogatePending;
    for (qsizetype i = from; i < m_buffer.size(); ++i) {
        const QChar c = m_buffer.at(i);
        if (expectLow ? !c.isLowSurrogate() : c.isLowSurrogate()) {
            m_errorAt = i;
            m_atEnd = true;
            return;
        }
        expectLow = c.isHighSurrogate();
    }
    m_highSurrogatePending = expectLow;
}

void CsvReader::finishDecoding()
{
    if (m_errorAt >= 0)
        return;
    if (m_utf16) {
        if ((m_bytesRead - m_bomLength) % 2 != 0 || m_highSurrogatePending)
            m_errorAt = m_buffer.size();
        return;
    }
    // A sequence cut off by the end of the file waits in the decoder for its
    // remaining bytes; one more byte makes the decoder report it.
    const QString rest = m_decoder.decode(QByteArrayView("\n", 1));
    if (m_decoder.hasError())
        m_errorAt = m_buffer.size();
}

void CsvReader::detectSeparator()
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    qsizetype i = 0;
    bool inText = false; // past the blank lines before the header
    bool inQuotes = false;
    bool lineEnded = false;
    while (!lineEnded) {
        const qsizetype end = m_errorAt >= 0 ? m_errorAt : m_buffer.size();
        for (; i < end && !lineEnded; ++i) {
            const char16_t c = m_buffer.at(i).unicode();
            const bool lineEnd = c == u'\r' || c == u'\n';
            if (!inText && lineEnd)
                continue;
            inText = true;
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (inQuotes)
                continue;
            else if (lineEnd)
                lineEnded = true;
            else if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
        // A header longer than the first chunk is read on; a line without
        // end is judged on what there is.
        if (!lineEnded && (m_buffer.size() >= SeparatorProbeLength || !fillBuffer()))
            break;
    }
    m_separator = u',';
    qsizetype best = commas;
    if (semicolons > best) {
        m_separator = u';';
        best = semicolons;
    }
    if (tabs > best)
        m_separator = u'\t';
}

bool CsvReader::scanRecord()
{
    const QChar *data = m_buffer.constData();
    const qsizetype end = m_errorAt >= 0 ? m_errorAt : m_buffer.size();
    const char16_t separator = m_separator.unicode();
    // A line feed right after a carriage return ends the same line.
    const auto afterCr = [&](qsizetype at) {
        return at > 0 ? data[at - 1] == u'\r' : m_previousWasCr;
    };
    qsizetype pos = m_position;
    while (pos < end) {
        switch (m_state) {
        case State::RecordStart: {
            const char16_t c = data[pos].unicode();
            if (c == u'\r' || c == u'\n') {
                // A blank line: skipped, but counted.
                if (c == u'\r' || !afterCr(pos))
                    ++m_line;
                ++pos;
                break;
            }
            m_record.line = m_line;
            m_record.fields.reserve(m_fieldsHint);
            m_recordStart = pos;
            m_recordLength = 0;
            m_recordTooLong = false;
            m_state = State::FieldStart;
            break;
        }
        case State::FieldStart: {
            const char16_t c = data[pos].unicode();
            if (c == u'"') {
                m_quoteLine = m_line;
                ++pos;
                m_runStart = pos;
                m_state = State::Quoted;
            } else if (c == separator) {
                pushField(pos, pos);
                ++pos;
            } else if (c == u'\r' || c == u'\n') {
                pushField(pos, pos);
                return completeRecord(pos);
            } else {
                m_runStart = pos;
                ++pos;
                m_state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            // The common case: find the field's end, then take it as one slice.
            char16_t c = 0;
            while (pos < end) {
                c = data[pos].unicode();
                if (c == separator || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (pos == end)
                break;
            pushField(m_runStart, pos);
            if (c != separator)
                return completeRecord(pos);
            ++pos;
            m_state = State::FieldStart;
            break;
        }
        case State::Quoted: {
            while (pos < end) {
                const char16_t c = data[pos].unicode();
                if (c == u'"')
                    break;
                if (c == u'\r' || (c == u'\n' && !afterCr(pos)))
                    ++m_line;
                ++pos;
            }
            if (pos == end)
                break;
            // Closing or the first of a doubled pair: the next character tells.
            m_runEnd = pos;
            ++pos;
            m_state = State::QuoteInQuoted;
            break;
        }
        case State::QuoteInQuoted:
            appendToField(m_runStart, m_runEnd);
            if (data[pos] == u'"') {
                if (!m_recordTooLong)
                    m_field.append(u'"');
                ++pos;
                m_runStart = pos;
                m_state = State::Quoted;
            } else {
                m_state = State::AfterQuoted;
            }
            break;
        case State::AfterQuoted: {
            const char16_t c = data[pos].unicode();
            if (c == separator) {
                pushField(pos, pos);
                ++pos;
                m_state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                pushField(pos, pos);
                return completeRecord(pos);
            } else {
                // Text after the closing quote joins the field.
                m_runStart = pos;
                ++pos;
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
    suspendRecord(pos);
    if (m_errorAt >= 0 && pos == m_errorAt)
        failEncoding();
    return false;
}

void CsvReader::suspendRecord(qsizetype position)
{
    // The buffer is about to be refilled: keep the current field's text so
    // far, and count the record's length to stop a runaway quote.
    m_position = position;
    switch (m_state) {
    case State::RecordStart:
        return;
    case State::Unquoted:
    case State::Quoted:
        appendToField(m_runStart, position);
        break;
    case State::QuoteInQuoted:
        appendToField(m_runStart, m_runEnd);
        break;
    case State::FieldStart:
    case State::AfterQuoted:
        break;
    }
    m_runStart = position;
    m_runEnd = position;
    m_recordLength += position - m_recordStart;
    m_recordStart = position;
    if (!m_recordTooLong && m_recordLength > MaxRecordLength) {
        m_recordTooLong = true;
        m_record.fields = QStringList();
        m_field = QString();
    }
}

void CsvReader::appendToField(qsizetype from, qsizetype to)
{
    if (!m_recordTooLong && to > from)
        m_field.append(QStringView(m_buffer.constData() + from, to - from));
}

void CsvReader::pushField(qsizetype from, qsizetype to)
{
    if (m_recordTooLong)
        return;
    if (m_field.isEmpty()) {
        m_record.fields.append(to > from ? QString(m_buffer.constData() + from, to - from)
                                         : QString());
    } else {
        appendToField(from, to);
        m_record.fields.append(std::exchange(m_field, QString()));
    }
}

bool CsvReader::completeRecord(qsizetype position)
{
    // The record ends at a line end outside quotes, which starts a line
    // (a line feed after a carriage return is skipped at RecordStart).
    ++m_line;
    m_position = position + 1;
    m_state = State::RecordStart;
    if (m_recordTooLong) {
        failRecordTooLong();
        return false;
    }
    m_fieldsHint = m_record.fields.size();
    return true;
}

std::optional<CsvRecord> CsvReader::finishAtEnd()
{
    // The file ended without a line end after the last record.
    switch (m_state) {
    case State::RecordStart:
        return std::nullopt;
    case State::Quoted:
        m_error = CsvReadError{m_quoteLine,
                               tr("A quoted field opens here but its closing quote is missing.")};
        return std::nullopt;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
    case State::AfterQuoted:
        break;
    }
    pushField(m_position, m_position);
    m_state = State::RecordStart;
    if (m_recordTooLong) {
        failRecordTooLong();
        return std::nullopt;
    }
    return std::exchange(m_record, CsvRecord());
}

void CsvReader::failRecordTooLong()
{
    m_error = CsvReadError{m_record.line, tr("This record is longer than %L1 characters; a closing "
                                             "quote is probably missing.")
                                              .arg(MaxRecordLength)};
}

void CsvReader::failEncoding()
{
    const QString encoding = m_utf16 ? m_encodingName : QStringLiteral("UTF-8");
    m_error = CsvReadError{m_line, tr("This line holds bytes that are not valid %1 text. Save the "
                                      "file as UTF-8 and import it again.")
                                       .arg(encoding)};
}

} // namespace Yardstick
