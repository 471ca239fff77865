// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelwords.h"
#include "import/csvimportrun.h"
#include "import/csvreader.h"
#include "import/dateparser.h"
#include "import/valueparsers.h"
#include "letterreaders.h"
#include "textdecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CsvLetters)
};

// Column names are part of the file format, so not translated.
const QString kId = QStringLiteral("id");
const QString kReceived = QStringLiteral("received");
const QString kChannel = QStringLiteral("channel");
const QString kCustomerRef = QStringLiteral("customer_ref");
const QString kKeyCustomer = QStringLiteral("key_customer");
const QString kText = QStringLiteral("text");

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QDateTime toDateTime(const Moment &moment)
{
    const QTime time = QTime(0, 0).addSecs(moment.secondOfDay.value_or(0));
    if (moment.utcOffsetSeconds)
        return QDateTime(moment.date, time, Qt::OffsetFromUTC, *moment.utcOffsetSeconds);
    // Like every import, a time without a zone counts as UTC.
    return QDateTime(moment.date, time, Qt::UTC);
}

class CsvLetterRows
{
public:
    CsvLetterRows(const QFileInfo &file, const QString &encoding, LetterReadResult &result)
        : m_file(file)
        , m_encoding(encoding)
        , m_result(result)
    {}

    bool readHeader(CsvReader &reader)
    {
        std::optional<CsvRecord> header = reader.next();
        if (!header) {
            if (const auto &error = reader.error())
                rejectFile(error->line, QStringLiteral("row"), error->message);
            else
                rejectFile(0, QStringLiteral("file"), Tr::tr("the file is empty"));
            return false;
        }
        m_fields = header->fields.size();
        for (int i = 0; i < header->fields.size(); ++i) {
            const QString name = header->fields.at(i).trimmed().toLower();
            if (!m_columns.contains(name))
                m_columns.insert(name, i);
        }
        bool complete = true;
        for (const QString &name : {kId, kReceived, kText}) {
            if (!m_columns.contains(name)) {
                rejectFile(1, name, Tr::tr("the header has no column \"%1\"").arg(name));
                complete = false;
            }
        }
        return complete;
    }

    void readRows(CsvReader &reader)
    {
        while (std::optional<CsvRecord> record = reader.next()) {
            ++m_result.rowsRead;
            if (record->fields.size() == m_fields) {
                m_rows.append(*record);
                continue;
            }
            reject(record->line, QStringLiteral("row"),
                   Tr::tr("wrong number of fields: expected %1, found %2")
                       .arg(m_fields)
                       .arg(record->fields.size()));
        }
        if (const auto &error = reader.error()) {
            // The rest of the file cannot be read, so even skipping bad rows
            // must not keep the part before it as if it were all.
            ++m_result.rowsRead;
            reject(error->line, QStringLiteral("row"), error->message);
            m_result.fileRejected = true;
        } else if (m_result.rowsRead == 0) {
            rejectFile(1, QStringLiteral("row"), Tr::tr("the file has a header but no data rows"));
        }
    }

    void makeLetters()
    {
        QStringList sample;
        for (const CsvRecord &row : std::as_const(m_rows))
            sample.append(value(row, kReceived));
        m_dateFormat = chooseDateFormat(DateFormat::Auto, sample, m_result.notes);
        for (const CsvRecord &row : std::as_const(m_rows)) {
            std::optional<ComplaintLetter> letter = makeLetter(row);
            if (letter)
                m_result.letters.append(ReadLetter{*letter, row.line});
        }
        for (auto it = m_channelWords.cbegin(); it != m_channelWords.cend(); ++it) {
            const std::optional<LetterChannel> channel = letterChannelFromWord(it.key());
            m_result.notes.append(
                Tr::tr("%1: channel %2 read as %3 (%n letter(s)).", nullptr, it.value())
                    .arg(m_file.fileName(), quoted(it.key()), letterChannelKey(*channel)));
        }
        for (auto it = m_unknownChannels.cbegin(); it != m_unknownChannels.cend(); ++it) {
            m_result.notes.append(Tr::tr("%1: channel %2 is not one Yardstick knows; recorded "
                                         "as other (%n letter(s)).",
                                         nullptr, it.value())
                                      .arg(m_file.fileName(), quoted(it.key())));
        }
    }

private:
    QString value(const CsvRecord &row, const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 ? row.fields.at(index).trimmed() : QString();
    }

    std::optional<ComplaintLetter> makeLetter(const CsvRecord &row)
    {
        m_rowOk = true;
        m_line = row.line;
        ComplaintLetter letter;
        letter.reference = value(row, kId);
        if (letter.reference.isEmpty()) {
            problem(kId, Tr::tr("the id is empty"));
        } else if (const auto seen = m_ids.constFind(letter.reference); seen != m_ids.cend()) {
            problem(kId, Tr::tr("the id %1 is already used on line %2")
                             .arg(quoted(letter.reference))
                             .arg(*seen));
        } else {
            m_ids.insert(letter.reference, row.line);
        }

        const QString received = value(row, kReceived);
        if (received.isEmpty()) {
            problem(kReceived, Tr::tr("empty value"));
        } else if (const std::optional<Moment> moment = parseDate(received, m_dateFormat)) {
            letter.receivedAt = toDateTime(*moment);
            letter.receivedSource = ReceivedSource::Csv;
        } else {
            problem(kReceived, Tr::tr("cannot read %1 as a date (%2)")
                                   .arg(quoted(received), dateFormatKey(m_dateFormat).toUpper()));
        }

        const QString channel = value(row, kChannel);
        if (!channel.isEmpty()) {
            // An export's own words are read, and told once each when
            // guessed; a word nobody knows is no reason to lose a complaint.
            if (const std::optional<LetterChannel> parsed = letterChannelFromKey(channel)) {
                letter.channel = *parsed;
            } else if (const std::optional<LetterChannel> word = letterChannelFromWord(channel)) {
                letter.channel = *word;
                ++m_channelWords[channel.trimmed()];
            } else {
                letter.channel = LetterChannel::Other;
                ++m_unknownChannels[channel.trimmed()];
            }
        }

        const QString key = value(row, kKeyCustomer);
        if (!key.isEmpty()) {
            if (const std::optional<bool> parsed = parseBoolean(key))
                letter.keyCustomer = *parsed;
            else
                problem(kKeyCustomer,
                        Tr::tr("%1 is not yes/no, true/false, 1/0 or Y/N").arg(quoted(key)));
        }

        letter.customerRef = value(row, kCustomerRef);
        const int textIndex = m_columns.value(kText);
        letter.text = normalisedLetterText(row.fields.at(textIndex));
        if (letter.text.isEmpty())
            problem(kText, Tr::tr("the letter's text is empty"));

        if (!m_rowOk)
            return std::nullopt;
        letter.sourceFile = m_file.fileName();
        letter.encoding = m_encoding;
        return letter;
    }

    void problem(const QString &column, const QString &reason)
    {
        if (m_rowOk)
            ++m_result.rowsRejected;
        m_rowOk = false;
        m_result.rejections.append({m_result.file, m_line, column, reason});
    }

    void reject(qint64 line, const QString &column, const QString &reason)
    {
        ++m_result.rowsRejected;
        m_result.rejections.append({m_result.file, line, column, reason});
    }

    void rejectFile(qint64 line, const QString &column, const QString &reason)
    {
        m_result.fileRejected = true;
        m_result.rejections.append({m_result.file, line, column, reason});
    }

    const QFileInfo &m_file;
    QString m_encoding;
    LetterReadResult &m_result;
    QHash<QString, int> m_columns; // lower-case name -> first column with it
    qsizetype m_fields = 0;
    QList<CsvRecord> m_rows;
    DateFormat m_dateFormat = DateFormat::Iso;
    QHash<QString, qint64> m_ids;         // id -> line where it first appeared
    QMap<QString, int> m_channelWords;    // word -> letters read through it
    QMap<QString, int> m_unknownChannels; // word -> letters recorded as other
    bool m_rowOk = true;
    qint64 m_line = 0;
};

} // namespace

// The file is decoded whole first (so GB18030 and Windows-1252 files read
// like UTF-8 ones; CsvReader itself takes only UTF-8 and UTF-16), then handed
// to CsvReader as UTF-8: line breaks are unchanged, so its line numbers are
// the file's.
void readCsvLetters(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                    LetterReadResult &result)
{
    const DecodedText decoded = decodeText(bytes, encoding);
    if (!decoded.ok) {
        result.rejections.append({result.file, lineOfOffset(bytes, decoded.errorOffset),
                                  QStringLiteral("encoding"), decoded.error});
        result.fileRejected = true;
        return;
    }
    QByteArray utf8 = decoded.text.toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvLetterRows rows(file, decoded.encoding, result);
    if (!rows.readHeader(reader))
        return;
    rows.readRows(reader);
    if (result.fileRejected)
        return;
    rows.makeLetters();
    // Rows with the wrong number of fields were refused while reading, the
    // others after it: put them back in file order.
    std::stable_sort(
        result.rejections.begin(), result.rejections.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
}

} // namespace Yardstick
