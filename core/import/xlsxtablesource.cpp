// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxtablesource.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Yardstick {

namespace {

constexpr qsizetype kMaxColumns = 16384; // XFD, Excel's last column

// The column of a cell reference ("C5" is 2); -1 if it names none.
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
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
    return m_file ? qMin(m_file->pos(), m_size) : 0;
}

QString XlsxTableSource::displayName() const
{
    return m_fileName % u'[' % m_sheet.name % u']';
}

std::optional<CsvRecord> XlsxTableSource::next()
{
    while (!m_error && !m_xml.atEnd()) {
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
    const QXmlStreamAttributes attributes = m_xml.attributes();
    bool numbered = false;
    const qint64 number = attributes.value(QLatin1String("r")).toLongLong(&numbered);
    m_row = numbered && number > m_row ? number : m_row + 1;
    record.line = m_row;
    qsizetype column = 0;
    record.fields.reserve(m_headerWidth > 0 ? m_headerWidth : 8);
    while (!m_xml.atEnd()) {
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
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    if (!reference.isEmpty()) {
        const qsizetype referenced = columnOf(reference);
        if (referenced < 0) {
            fail(tr("the cell reference %1 names no column").arg(reference.toString()));
            return false;
        }
        column = referenced;
    } else if (column >= kMaxColumns) {
        fail(tr("the row has more than %1 cells").arg(kMaxColumns));
        return false;
    }
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"c")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == u"v")
            value = m_xml.readElementText();
        else if (m_xml.name() == u"is")
            value = readXlsxStringItem(m_xml);
        else
            m_xml.skipCurrentElement(); // a formula: its cached value is in <v>
    }
    if (m_xml.hasError()) {
        fail(m_xml.errorString());
        return false;
    }
    QString text;
    if (!cellText(type, style, value, text))
        return false;
    if (column >= fields.size())
        fields.resize(column + 1);
    fields[column] = std::move(text);
    ++column;
    return true;
}

bool XlsxTableSource::cellText(QStringView type, int style, const QString &value, QString &text)
{
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        const QStringList &strings = m_workbook->sharedStrings();
        if (!ok || index < 0 || index >= strings.size()) {
            fail(tr("a cell refers to shared string %1, which the workbook does not have")
                     .arg(value));
            return false;
        }
        text = strings.at(index);
        return true;
    }
    if (type == u"b") {
        text = value.isEmpty() ? QString()
               : value == u"0" ? QStringLiteral("false")
                               : QStringLiteral("true");
        return true;
    }
    if (type == u"str") {
        text = decodeXlsxEscapes(value);
        return true;
    }
    // Inline strings are decoded already; errors (#N/A) and ISO dates (t="d")
    // are text as they stand.
    if (!type.isEmpty() && type != u"n") {
        text = value;
        return true;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok) {
        text = value;
        return true;
    }
    const QList<XlsxNumberStyle> &styles = m_workbook->cellStyles();
    const XlsxNumberStyle numberStyle =
        style >= 0 && style < styles.size() ? styles.at(style) : XlsxNumberStyle();
    switch (numberStyle.kind) {
    case XlsxNumberStyle::Kind::Date:
        text = xlsxDateText(number, m_workbook->date1904(), numberStyle.showsTime);
        break;
    case XlsxNumberStyle::Kind::Time:
        text = xlsxTimeText(number);
        break;
    case XlsxNumberStyle::Kind::Number:
        text = xlsxNumberText(number);
        break;
    }
    return true;
}

void XlsxTableSource::fail(const QString &message)
{
    m_error = CsvReadError{m_row, tr("the workbook is damaged here (%1)").arg(message)};
}

} // namespace Yardstick
