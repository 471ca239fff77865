// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxtablesource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <charconv>

namespace Yardstick {

namespace {

constexpr qsizetype kMaxColumns = 16384; // XFD, Excel's last column

// The column of a cell reference ("C5" is 2); -1 if it names none.
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        char16_t c = reference.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - (u'a' - u'A'));
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

// The value of a shared-string cell as an index; nullopt if it is none. Excel
// writes bare digits, read here without a conversion; anything else (spaces,
// a sign) goes the way QString reads numbers.
std::optional<qint64> sharedStringIndex(QStringView text)
{
    qint64 index = 0;
    bool digits = !text.isEmpty() && text.size() <= 18;
    for (qsizetype i = 0; digits && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        digits = c >= u'0' && c <= u'9';
        index = index * 10 + (c - u'0');
    }
    if (digits)
        return index;
    bool ok = false;
    index = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(index) : std::nullopt;
}

// The number a <v> holds: std::from_chars on the ASCII text Excel writes,
// QString's reading (the C locale, surrounding spaces allowed) for the rest.
std::optional<double> cellNumber(QStringView text)
{
    char ascii[64];
    double number = 0;
    if (text.size() <= qsizetype(sizeof ascii)) {
        qsizetype size = 0;
        for (; size < text.size() && text.at(size).unicode() < 0x80; ++size)
            ascii[size] = char(text.at(size).unicode());
        if (size == text.size() && size > 0) {
            const std::from_chars_result result = std::from_chars(ascii, ascii + size, number);
            if (result.ec == std::errc() && result.ptr == ascii + size)
                return number;
        }
    }
    bool ok = false;
    number = text.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

} // namespace

XlsxTableSource::XlsxTableSource(std::unique_ptr<XlsxWorkbook> workbook, XlsxSheetEntry sheet,
                                 const QString &fileName)
    : m_workbook(std::move(workbook))
    , m_sheet(std::move(sheet))
    , m_fileName(fileName)
{}

// The reader lets go of the entry before the entry of the container.
XlsxTableSource::~XlsxTableSource()
{
    m_xml.setDevice(nullptr);
}

bool XlsxTableSource::open(QString &errorString)
{
    QuaZip &zip = m_workbook->zip();
    if (!zip.setCurrentFile(m_sheet.part, QuaZip::csInsensitive)) {
        errorString = XlsxWorkbook::unreadable(tr("it has no %1").arg(m_sheet.part));
        return false;
    }
    m_file = std::make_unique<QuaZipFile>(&zip);
    if (!m_file->open(QIODevice::ReadOnly)) {
        errorString = XlsxWorkbook::unreadable(
            tr("%1 cannot be unpacked, error %2").arg(m_sheet.part).arg(m_file->getZipError()));
        return false;
    }
    m_size = m_file->usize();
    m_xml.setDevice(m_file.get());
    return true;
}

qint64 XlsxTableSource::position() const
{
    if (!m_file)
        return 0;
    // The entry is closed at the end of the sheet, to check its checksum.
    return m_file->isOpen() ? qMin(m_file->pos(), m_size) : m_size;
}

QString XlsxTableSource::displayName() const
{
    return m_fileName % u'[' % m_sheet.name % u']';
}

std::optional<CsvRecord> XlsxTableSource::next()
{
    while (!m_error && xlsxXmlGoesOn(m_xml)) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.name() != u"row")
            continue;
        CsvRecord record;
        if (!readRow(record))
            return std::nullopt;
        // Formatted but empty cells at the end of a row are not fields.
        while (!record.fields.isEmpty() && record.fields.constLast().isEmpty())
            record.fields.removeLast();
        if (record.fields.isEmpty())
            continue;
        if (m_headerWidth < 0)
            m_headerWidth = record.fields.size();
        else if (record.fields.size() < m_headerWidth)
            record.fields.resize(m_headerWidth);
        return record;
    }
    if (m_error)
        return std::nullopt;
    if (m_xml.hasError()) {
        ++m_row;
        fail(m_xml.errorString());
        return std::nullopt;
    }
    if (m_file && m_file->isOpen()) {
        // A damaged entry can inflate to well-formed XML; its checksum,
        // checked on closing, tells.
        m_file->close();
        if (m_file->getZipError() != UNZ_OK) {
            ++m_row;
            fail(tr("checksum error %1").arg(m_file->getZipError()));
        }
    }
    return std::nullopt;
}

bool XlsxTableSource::readRow(CsvRecord &record)
{
    bool numbered = false;
    const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong(&numbered);
    m_row = numbered && number > m_row ? number : m_row + 1;
    record.line = m_row;
    qsizetype column = 0;
    record.fields.reserve(m_headerWidth > 0 ? m_headerWidth : 8);
    while (xlsxXmlGoesOn(m_xml)) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"row")
            return true;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != u"c")
            m_xml.skipCurrentElement();
        else if (!readCell(record.fields, column))
            return false;
    }
    fail(m_xml.hasError() ? m_xml.errorString() : tr("the sheet ends inside a row"));
    return false;
}

bool XlsxTableSource::readCell(QStringList &fields, qsizetype &column)
{
    CellType type = CellType::Number;
    int style = 0;
    bool referenced = false;
    {
        // One pass over the attributes, and the copy let go before the next
        // token, so the reader's own list is not detached and copied.
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QStringView name = attribute.qualifiedName();
            const QStringView value = attribute.value();
            if (name == u"r" && !value.isEmpty()) {
                const qsizetype referencedColumn = columnOf(value);
                if (referencedColumn < 0) {
                    fail(tr("the cell reference %1 names no column").arg(value));
                    return false;
                }
                column = referencedColumn;
                referenced = true;
            } else if (name == u"t") {
                type = value.isEmpty() || value == u"n" ? CellType::Number
                       : value == u"s"                  ? CellType::SharedString
                       : value == u"b"                  ? CellType::Boolean
                       : value == u"str"                ? CellType::FormulaString
                                                        : CellType::AsWritten;
            } else if (name == u"s") {
                style = value.toInt();
            }
        }
    }
    if (!referenced && column >= kMaxColumns) {
        fail(tr("the row has more than %1 cells").arg(kMaxColumns));
        return false;
    }
    m_value.resize(0); // keeps the capacity
    while (xlsxXmlGoesOn(m_xml)) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        // Every element inside the cell is read to its end below, so the
        // only end tag met here is the cell's own.
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"v") {
            m_value.resize(0);
            if (!readValue(m_value))
                break;
        } else if (m_xml.name() == u"is") {
            m_value = readXlsxStringItem(m_xml);
        } else {
            m_xml.skipCurrentElement(); // a formula: its cached value is in <v>
        }
    }
    if (m_xml.hasError()) {
        fail(m_xml.errorString());
        return false;
    }
    QString text;
    if (!cellText(type, style, text))
        return false;
    if (column == fields.size()) {
        fields.append(std::move(text));
    } else {
        if (column > fields.size())
            fields.resize(column + 1);
        fields[column] = std::move(text);
    }
    ++column;
    return true;
}

// QXmlStreamReader::readElementText() into a buffer the caller reuses,
// rather than a new string for every cell.
bool XlsxTableSource::readValue(QString &value)
{
    while (xlsxXmlGoesOn(m_xml)) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            value.append(m_xml.text());
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::StartElement:
            m_xml.raiseError(tr("a value holds an element <%1>").arg(m_xml.name()));
            return false;
        default: // comments and processing instructions
            break;
        }
    }
    return false;
}

bool XlsxTableSource::cellText(CellType type, int style, QString &text)
{
    const QStringView value = m_value;
    switch (type) {
    case CellType::SharedString: {
        const std::optional<qint64> index = sharedStringIndex(value);
        const QStringList &strings = m_workbook->sharedStrings();
        if (!index || *index < 0 || *index >= strings.size()) {
            fail(tr("a cell refers to shared string %1, which the workbook does not have")
                     .arg(value));
            return false;
        }
        text = strings.at(*index);
        return true;
    }
    case CellType::Boolean:
        text = value.isEmpty() ? QString()
               : value == u"0" ? QStringLiteral("false")
                               : QStringLiteral("true");
        return true;
    case CellType::FormulaString:
        text = decodeXlsxEscapes(value.toString());
        return true;
    case CellType::AsWritten:
        // Inline strings are decoded already; errors (#N/A) and ISO dates
        // (t="d") are text as they stand.
        text = value.toString();
        return true;
    case CellType::Number:
        break;
    }
    const std::optional<double> number = cellNumber(value);
    if (!number) {
        text = value.toString();
        return true;
    }
    const QList<XlsxNumberStyle> &styles = m_workbook->cellStyles();
    const XlsxNumberStyle numberStyle =
        style >= 0 && style < styles.size() ? styles.at(style) : XlsxNumberStyle();
    switch (numberStyle.kind) {
    case XlsxNumberStyle::Kind::Date:
        text = xlsxDateText(*number, m_workbook->date1904(), numberStyle.showsTime);
        break;
    case XlsxNumberStyle::Kind::Time:
        text = xlsxTimeText(*number);
        break;
    case XlsxNumberStyle::Kind::Number:
        text = xlsxNumberText(*number);
        break;
    }
    return true;
}

void XlsxTableSource::fail(const QString &message)
{
    m_error = CsvReadError{m_row, tr("the workbook is damaged here (%1)").arg(message)};
}

} // namespace Yardstick
