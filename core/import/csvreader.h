// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QChar separator() const { return m_separator; }
    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE".
    QString encodingName() const { return m_encodingName; }
    // Bytes consumed from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fillBuffer();
    void detectEncoding();
    void detectSeparator();

    QIODevice &m_device;
    QStringDecoder m_decoder;
    QString m_buffer; // decoded text not yet consumed
    qsizetype m_position = 0;
    qint64 m_line = 1; // physical line at m_position
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_atEnd = false;
    QChar m_separator;
    bool m_separatorForced = false;
    QString m_encodingName;
    std::optional<CsvReadError> m_error;
};

} // namespace Yardstick
