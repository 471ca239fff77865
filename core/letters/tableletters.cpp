// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelwords.h"
#include "import/csvimportrun.h"
#include "import/csvreader.h"
#include "import/dateparser.h"
#include "import/missingvalues.h"
#include "import/tablesource.h"
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

// A CSV file already decoded (so GB18030 and Windows-1252 files read like
// UTF-8 ones; CsvReader itself takes only UTF-8 and UTF-16), as a table.
class DecodedCsvSource final : public TableSource
{
public:
    DecodedCsvSource(QByteArray utf8, QString name, QString encoding)
        : m_utf8(std::move(utf8))
        , m_buffer(&m_utf8)
        , m_name(std::move(name))
        , m_encoding(std::move(encoding))
    {
        m_buffer.open(QIODevice::ReadOnly);
        m_reader = std::make_unique<CsvReader>(m_buffer);
    }

    std::optional<CsvRecord> next() override { return m_reader->next(); }
    const std::optional<CsvReadError> &error() const override { return m_reader->error(); }
    qint64 position() const override { return m_reader->bytesRead(); }
    qint64 size() const override { return m_utf8.size(); }
    QString displayName() const override { return m_name; }
    QChar separator() const override { return m_reader->separator(); }
    QString encodingName() const override { return m_encoding; }

private:
    QByteArray m_utf8;
    QBuffer m_buffer;
    QString m_name;
    QString m_encoding;
    std::unique_ptr<CsvReader> m_reader;
};

constexpr LetterField kFields[] = {
    LetterField::Id,          LetterField::Received, LetterField::Channel, LetterField::CustomerRef,
    LetterField::KeyCustomer, LetterField::Subject,  LetterField::Text};

// The rows of a letters table, each a letter: the columns found from the
// header (by the mapping, the field's own name or a known export's word),
// every other column kept as an attribute.
class LetterTable
{
public:
    LetterTable(const QFileInfo &file, const QString &encoding, const LetterColumns &columns,
                LetterReadResult &result)
        : m_file(file)
        , m_encoding(encoding)
        , m_mapping(columns)
        , m_result(result)
    {}

    bool readHeader(TableSource &source)
    {
        std::optional<CsvRecord> header = source.next();
        if (!header) {
            if (const auto &error = source.error())
                rejectFile(error->line, QStringLiteral("row"), error->message);
            else
                rejectFile(0, QStringLiteral("file"), Tr::tr("the file is empty"));
            return false;
        }
        m_header = header->fields;
        m_fields = m_header.size();
        QStringList normalised;
        for (const QString &name : std::as_const(m_header))
            normalised.append(normalisedHeader(name));
        const auto find = [&normalised](const QString &name) {
            return int(normalised.indexOf(normalisedHeader(name)));
        };

        bool complete = true;
        QStringList guessed;
        for (const LetterField field : kFields) {
            const QString key = letterFieldKey(field);
            int index = -1;
            if (m_mapping.columns.contains(field)) {
                const QString named = m_mapping.columns.value(field);
                index = find(named);
                if (index < 0) {
                    rejectFile(1, key,
                               Tr::tr("the header has no column %1 (mapped to %2)")
                                   .arg(quoted(named), key));
                    complete = false;
                }
            } else if (!m_mapping.setValues.contains(field)) {
                index = find(key);
                for (const QString &alias : letterFieldAliases(field)) {
                    if (index >= 0)
                        break;
                    if ((index = find(alias)) >= 0)
                        guessed.append(
                            Tr::tr("%1 from %2").arg(key, quoted(m_header.at(index).trimmed())));
                }
            }
            if (index >= 0 && !m_used.contains(index))
                m_columns.insert(field, index);
            if (index >= 0)
                m_used.insert(index);
        }
        for (const LetterField field : {LetterField::Received, LetterField::Text}) {
            if (!m_columns.contains(field) && !m_mapping.columns.contains(field)) {
                const QString key = letterFieldKey(field);
                rejectFile(1, key,
                           Tr::tr("the header has no column \"%1\" (name one with --map %1=COLUMN)")
                               .arg(key));
                complete = false;
            }
        }
        for (const auto &[column, label] :
             {std::pair{&m_mapping.labelServiceColumn, &m_serviceLabelColumn},
              std::pair{&m_mapping.labelDimensionColumn, &m_dimensionLabelColumn}}) {
            if (column->isEmpty())
                continue;
            *label = find(*column);
            if (*label < 0) {
                rejectFile(
                    1, QStringLiteral("label"),
                    Tr::tr("the header has no column %1 to read labels from").arg(quoted(*column)));
                complete = false;
            }
            m_used.insert(*label);
        }
        if (!complete)
            return false;

        QStringList kept;
        for (int i = 0; i < m_header.size(); ++i) {
            if (!m_used.contains(i) && !m_header.at(i).trimmed().isEmpty()) {
                m_attributeColumns.append(i);
                kept.append(m_header.at(i).trimmed());
            }
        }
        if (!guessed.isEmpty())
            m_result.notes.append(Tr::tr("%1: read %2.").arg(m_result.file, guessed.join(u", ")));
        if (!kept.isEmpty() && !guessed.isEmpty()) {
            m_result.notes.append(Tr::tr("%1: %n other column(s) kept with each letter: %2.",
                                         nullptr, int(kept.size()))
                                      .arg(m_result.file, kept.join(u", ")));
        }
        return true;
    }

    void readRows(TableSource &source, bool padShortRows)
    {
        while (std::optional<CsvRecord> record = source.next()) {
            ++m_result.rowsRead;
            if (padShortRows && record->fields.size() < m_fields)
                record->fields.resize(m_fields);
            if (record->fields.size() == m_fields) {
                m_rows.append(*record);
                continue;
            }
            reject(record->line, QStringLiteral("row"),
                   Tr::tr("wrong number of fields: expected %1, found %2")
                       .arg(m_fields)
                       .arg(record->fields.size()));
        }
        if (const auto &error = source.error()) {
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
            sample.append(value(row, LetterField::Received));
        m_dateFormat = chooseDateFormat(DateFormat::Auto, sample, m_result.notes);
        for (const CsvRecord &row : std::as_const(m_rows)) {
            std::optional<ReadLetter> letter = makeLetter(row);
            if (letter)
                m_result.letters.append(std::move(*letter));
        }
        for (auto it = m_channelWords.cbegin(); it != m_channelWords.cend(); ++it) {
            const std::optional<LetterChannel> channel = letterChannelFromWord(it.key());
            m_result.notes.append(
                Tr::tr("%1: channel %2 read as %3 (%n letter(s)).", nullptr, it.value())
                    .arg(m_result.file, quoted(it.key()), letterChannelKey(*channel)));
        }
        for (auto it = m_unknownChannels.cbegin(); it != m_unknownChannels.cend(); ++it) {
            m_result.notes.append(Tr::tr("%1: channel %2 is not one Yardstick knows; recorded "
                                         "as other (%n letter(s)).",
                                         nullptr, it.value())
                                      .arg(m_result.file, quoted(it.key())));
        }
    }

private:
    QString cell(const CsvRecord &row, int index) const
    {
        if (index < 0)
            return QString();
        const QString text = row.fields.at(index).trimmed();
        return m_missing.isMissing(text) ? QString() : text;
    }

    // The field's value in the row: its column's cell, or the value the
    // mapping gives every row. Missing-value words ("?", "N/A"...) are empty.
    QString value(const CsvRecord &row, LetterField field) const
    {
        if (const auto set = m_mapping.setValues.constFind(field);
            set != m_mapping.setValues.cend())
            return set->trimmed();
        return cell(row, m_columns.value(field, -1));
    }

    std::optional<ReadLetter> makeLetter(const CsvRecord &row)
    {
        m_rowOk = true;
        m_line = row.line;
        ReadLetter read;
        read.line = row.line;
        ComplaintLetter &letter = read.letter;
        letter.reference = value(row, LetterField::Id);
        letter.referenceIsSourceId = !letter.reference.isEmpty();
        if (letter.reference.isEmpty()) {
            // A letter without an id is known by where it was found; its text
            // alone tells it from others.
            letter.reference = QStringLiteral("%1:%2").arg(m_result.file).arg(row.line);
        }

        const QString received = value(row, LetterField::Received);
        if (received.isEmpty()) {
            problem(LetterField::Received, Tr::tr("empty value"));
        } else if (const std::optional<Moment> moment = parseDate(received, m_dateFormat)) {
            letter.receivedAt = toDateTime(*moment);
            letter.receivedSource = ReceivedSource::Csv;
        } else {
            problem(LetterField::Received,
                    Tr::tr("cannot read %1 as a date (%2)")
                        .arg(quoted(received), dateFormatKey(m_dateFormat).toUpper()));
        }

        const QString channel = value(row, LetterField::Channel);
        if (!channel.isEmpty()) {
            // An export's own words are read, and told once each when
            // guessed; a word nobody knows is no reason to lose a complaint.
            if (const std::optional<LetterChannel> parsed = letterChannelFromKey(channel)) {
                letter.channel = *parsed;
            } else if (const std::optional<LetterChannel> word = letterChannelFromWord(channel)) {
                letter.channel = *word;
                ++m_channelWords[channel];
            } else {
                letter.channel = LetterChannel::Other;
                ++m_unknownChannels[channel];
            }
        }

        const QString key = value(row, LetterField::KeyCustomer);
        if (!key.isEmpty()) {
            if (const std::optional<bool> parsed = parseBoolean(key))
                letter.keyCustomer = *parsed;
            else
                problem(LetterField::KeyCustomer,
                        Tr::tr("%1 is not yes/no, true/false, 1/0 or Y/N").arg(quoted(key)));
        }

        letter.customerRef = value(row, LetterField::CustomerRef);
        letter.subject = value(row, LetterField::Subject);
        const int textIndex = m_columns.value(LetterField::Text, -1);
        const QString text = textIndex >= 0 ? row.fields.at(textIndex) : QString();
        letter.text = m_missing.isMissing(text.trimmed()) ? QString() : normalisedLetterText(text);
        if (letter.text.isEmpty())
            problem(LetterField::Text, Tr::tr("the letter's text is empty"));

        for (const int index : std::as_const(m_attributeColumns)) {
            const QString attribute = cell(row, index);
            if (!attribute.isEmpty())
                letter.attributes.append({m_header.at(index).trimmed(), attribute});
        }
        read.serviceLabel = cell(row, m_serviceLabelColumn);
        read.dimensionLabel = cell(row, m_dimensionLabelColumn);

        if (!m_rowOk)
            return std::nullopt;
        letter.sourceFile = m_file.fileName();
        letter.encoding = m_encoding;
        return read;
    }

    void problem(LetterField field, const QString &reason)
    {
        if (m_rowOk)
            ++m_result.rowsRejected;
        m_rowOk = false;
        m_result.rejections.append({m_result.file, m_line, letterFieldKey(field), reason});
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
    const LetterColumns &m_mapping;
    LetterReadResult &m_result;
    MissingValues m_missing;
    QStringList m_header;
    QHash<LetterField, int> m_columns; // field -> its column
    QSet<int> m_used;                  // columns read as a field or a label
    QList<int> m_attributeColumns;     // the others, in file order
    int m_serviceLabelColumn = -1;
    int m_dimensionLabelColumn = -1;
    qsizetype m_fields = 0;
    QList<CsvRecord> m_rows;
    DateFormat m_dateFormat = DateFormat::Iso;
    QMap<QString, int> m_channelWords;    // word -> letters read through it
    QMap<QString, int> m_unknownChannels; // word -> letters recorded as other
    bool m_rowOk = true;
    qint64 m_line = 0;
};

void readTable(const QFileInfo &file, TableSource &source, const QString &encoding,
               const LetterColumns &columns, bool padShortRows, LetterReadResult &result)
{
    LetterTable table(file, encoding, columns, result);
    if (!table.readHeader(source))
        return;
    table.readRows(source, padShortRows);
    if (result.fileRejected)
        return;
    table.makeLetters();
    // Rows with the wrong number of fields were refused while reading, the
    // others after it: put them back in file order.
    std::stable_sort(
        result.rejections.begin(), result.rejections.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
}

} // namespace

// The file is decoded whole first, then handed to CsvReader as UTF-8: line
// breaks are unchanged, so its line numbers are the file's.
void readCsvLetters(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                    const LetterColumns &columns, LetterReadResult &result)
{
    if (!columns.sheet.isEmpty()) {
        result.rejections.append(
            {result.file, 0, QStringLiteral("sheet"),
             Tr::tr("is not an Excel workbook, so it has no sheet %1").arg(quoted(columns.sheet))});
        result.fileRejected = true;
        return;
    }
    const DecodedText decoded = decodeText(bytes, encoding);
    if (!decoded.ok) {
        result.rejections.append({result.file, lineOfOffset(bytes, decoded.errorOffset),
                                  QStringLiteral("encoding"), decoded.error});
        result.fileRejected = true;
        return;
    }
    DecodedCsvSource source(decoded.text.toUtf8(), result.file, decoded.encoding);
    readTable(file, source, decoded.encoding, columns, false, result);
}

void readWorkbookLetters(const QFileInfo &file, const LetterColumns &columns,
                         LetterReadResult &result)
{
    TableOpening opened = openTableSource(file.filePath(), columns.sheet);
    if (!opened.source) {
        result.rejections.append({result.file, 0, opened.column, opened.error});
        result.fileRejected = true;
        return;
    }
    // Rejections name the sheet: "complaints.xlsx[Sheet1]".
    result.file = opened.source->displayName();
    readTable(file, *opened.source, opened.source->encodingName(), columns, true, result);
}

} // namespace Yardstick
