// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Yardstick {

// One row of a CSV file. `line` is the physical line of the file on which the
// record starts, the header being line 1; a quoted field spanning lines pushes
// later records down.
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;
};

// Why reading stopped early: the line is where the problem starts (for an
// unterminated quote, the line where the quote opens).
struct CsvReadError
{
    qint64 line = 0;
    QString message;
};

// Streams an RFC 4180 CSV file record by record in constant memory.
//
// Encoding: a UTF-8 or UTF-16 (LE/BE) byte-order mark is honoured and skipped;
// without one the text must be UTF-8. Bytes that are not valid in the encoding
// stop the reader with a located error rather than being replaced.
// Separator: comma, semicolon or tab, detected from the first line (the one of
// the three that occurs most often outside quotes; comma on a tie) unless set.
// Quoted fields may hold separators, doubled quotes and line breaks. CRLF, LF
// and CR line ends are accepted. Blank lines are skipped (they still count).
// A quote inside an unquoted field is an ordinary character, and text after a
// closing quote is kept as part of the field (as spreadsheets read it).
// An empty file (or one holding only a byte-order mark or blank lines) gives
// no record and no error. A record longer than 16 Mi characters stops the
// reader with an error, so a stray quote cannot pull a whole file into memory.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CsvReader)

public:
    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice &device);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Forces a separator instead of detecting it; call before the first next().
    void setSeparator(QChar separator);

    // The next record, or nullopt at the end of the file or on an error (see
    // error()). The first record returned is the header line.
    std::optional<CsvRecord> next();

    const std::optional<CsvReadError> &error() const { return m_error; }
    // The separator and encoding are known once next() has been called.
    QChar separator() const { return m_separator; }
    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE".
    QString encodingName() const { return m_encodingName; }
    // Bytes consumed from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // Where the scanner is within a record; kept between calls because a
    // record may span chunks.
    enum class State
    {
        RecordStart,   // between records: line ends here are blank lines
        FieldStart,    // before the first character of a field
        Unquoted,      // inside an unquoted field
        Quoted,        // inside a quoted field
        QuoteInQuoted, // just after a quote inside a quoted field
        AfterQuoted,   // after a closing quote: the field text is in m_field
    };

    void start();
    bool fillBuffer();
    void decode(QByteArrayView bytes);
    void finishDecoding();
    void checkSurrogates(qsizetype from);
    void detectSeparator();
    bool scanRecord();
    void suspendRecord(qsizetype position);
    void appendToField(qsizetype from, qsizetype to);
    void pushField(qsizetype from, qsizetype to);
    bool completeRecord(qsizetype position);
    std::optional<CsvRecord> finishAtEnd();
    void failEncoding();
    void failRecordTooLong();

    QIODevice &m_device;
    QStringDecoder m_decoder;
    QByteArray m_raw; // one chunk of undecoded bytes
    QString m_buffer; // decoded text not yet consumed
    qsizetype m_position = 0;
    qint64 m_line = 1; // physical line at m_position
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_atEnd = false;
    QChar m_separator = u',';
    bool m_separatorForced = false;
    QString m_encodingName;
    std::optional<CsvReadError> m_error;

    // Decoding. m_errorAt is the index in m_buffer of the first character that
    // could not be decoded; the scanner stops there and reports its line.
    qsizetype m_errorAt = -1;
    bool m_utf16 = false;
    qsizetype m_bomLength = 0;
    bool m_highSurrogatePending = false;
    bool m_previousWasCr = false; // the character before m_buffer[0]

    // The record being read.
    State m_state = State::RecordStart;
    CsvRecord m_record;
    QString m_field;              // text of the current field from earlier chunks
    qsizetype m_runStart = 0;     // start of the current field's text in m_buffer
    qsizetype m_runEnd = 0;       // its end, in QuoteInQuoted
    qint64 m_quoteLine = 0;       // where the open quoted field started
    qsizetype m_recordStart = 0;  // start of the record in m_buffer
    qsizetype m_recordLength = 0; // characters of the record in earlier chunks
    bool m_recordTooLong = false;
    qsizetype m_fieldsHint = 0; // fields in the last record, to reserve
};

} // namespace Yardstick
