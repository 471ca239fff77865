// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Yardstick {

namespace {

constexpr QByteArrayView kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr QByteArrayView kZipMagic("PK", 2);

// The directory entry every encrypted Office file has, in UTF-16LE.
QByteArray encryptionInfoName()
{
    QByteArray name;
    for (char c : QByteArrayView("EncryptionInfo")) {
        name.append(c);
        name.append('\0');
    }
    return name;
}

// An OLE file holding an encrypted workbook, rather than an old .xls: the
// directory may sit anywhere, so the file is scanned in chunks.
bool hasEncryptionInfo(QFile &file)
{
    const QByteArray needle = encryptionInfoName();
    constexpr qint64 kChunk = 1 << 16;
    QByteArray tail;
    file.seek(0);
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(kChunk);
        if (chunk.contains(needle))
            return true;
        tail = chunk.right(needle.size() - 1);
        if (chunk.size() <= tail.size())
            break;
    }
    return false;
}

bool hasWorkbookExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(u"xlsx", Qt::CaseInsensitive) == 0 ||
           suffix.compare(u"xlsm", Qt::CaseInsensitive) == 0;
}

// A relationship's target is relative to the folder of the part that has it,
// or absolute from the root of the container.
QString resolveTarget(const QString &fromPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : fromPart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) % u"_rels/" % part.mid(slash + 1) % u".rels";
}

} // namespace

bool xlsxXmlGoesOn(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

QString readXlsxStringItem(QXmlStreamReader &xml)
{
    QString text;
    // Elements inside the item are counted, so that its own end tag ends it
    // without a copy of its name for every cell.
    int depth = 0;
    while (xlsxXmlGoesOn(xml)) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && depth-- == 0)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"t")
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"rPh")
            xml.skipCurrentElement();
        else
            ++depth;
    }
    return decodeXlsxEscapes(text);
}

XlsxWorkbook::XlsxWorkbook(const QString &path)
    : m_path(path)
    , m_zip(std::make_unique<QuaZip>(path))
{}

XlsxWorkbook::~XlsxWorkbook() = default;

QString XlsxWorkbook::unreadable(const QString &detail)
{
    return tr("is not a readable Excel workbook (%1)").arg(detail);
}

bool XlsxWorkbook::checkContainer()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray start = file.read(kOleMagic.size());
    if (start.startsWith(kOleMagic)) {
        // Office saves a workbook with a password as an encrypted package in
        // an OLE file; Excel 97-2003 workbooks are OLE files too.
        if (hasWorkbookExtension(m_path) || hasEncryptionInfo(file))
            m_error = tr("is password-protected (encrypted); save it without a password or "
                         "as CSV");
        else
            m_error = tr("is an Excel 97-2003 workbook (.xls), which Yardstick does not read; "
                         "save it as .xlsx or as CSV");
        return false;
    }
    if (!start.startsWith(kZipMagic)) {
        m_error = unreadable(tr("it is not a ZIP archive"));
        return false;
    }
    return true;
}

bool XlsxWorkbook::open()
{
    if (!checkContainer())
        return false;
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = unreadable(tr("the ZIP archive is damaged, error %1").arg(m_zip->getZipError()));
        return false;
    }
    QList<Relationship> relationships;
    if (!readRelationships(QStringLiteral("_rels/.rels"), relationships))
        return false;
    m_workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type == u"officeDocument")
            m_workbookPart = relationship.target;
    }

    relationships.clear();
    if (!readRelationships(m_workbookPart, relationships))
        return false;
    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    const bool read = readPart(m_workbookPart, false, [&](QXmlStreamReader &xml) {
        if (xml.name() == u"workbookPr") {
            const QXmlStreamAttributes attributes = xml.attributes();
            m_date1904 = attributes.value(QLatin1String("date1904")) == u"1" ||
                         attributes.value(QLatin1String("date1904")) == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id, whatever prefix the relationships namespace has here.
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id")
                    id = attribute.value().toString();
            }
            sheetIds.append({attributes.value(QLatin1String("name")).toString(), id});
        }
    });
    if (!read)
        return false;
    for (const auto &[name, id] : std::as_const(sheetIds)) {
        for (const Relationship &relationship : std::as_const(relationships)) {
            if (relationship.id == id && relationship.type == u"worksheet")
                m_sheets.append({name, relationship.target});
        }
    }
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type == u"sharedStrings")
            m_sharedStringsPart = relationship.target;
        else if (relationship.type == u"styles")
            m_stylesPart = relationship.target;
    }
    if (m_sheets.isEmpty()) {
        m_error = unreadable(tr("it has no worksheet"));
        return false;
    }
    return true;
}

bool XlsxWorkbook::loadCellTables()
{
    if (!m_sharedStringsPart.isEmpty()) {
        const bool read = readPart(m_sharedStringsPart, false, [&](QXmlStreamReader &xml) {
            if (xml.name() == u"sst") {
                const qsizetype count =
                    xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                m_sharedStrings.reserve(qBound(qsizetype(0), count, qsizetype(1) << 20));
            } else if (xml.name() == u"si") {
                m_sharedStrings.append(readXlsxStringItem(xml));
            }
        });
        if (!read)
            return false;
    }
    if (m_stylesPart.isEmpty())
        return true;
    // Custom formats come first in the part; cellXfs refer to them by id.
    QHash<int, QString> formatCodes;
    bool inCellFormats = false;
    return readPart(m_stylesPart, false, [&](QXmlStreamReader &xml) {
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            formatCodes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                               attributes.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (xml.name() == u"cellStyleXfs" || xml.name() == u"dxfs") {
            inCellFormats = false;
        } else if (xml.name() == u"xf" && inCellFormats) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            m_cellStyles.append(xlsxNumberStyle(id, formatCodes.value(id)));
        }
    });
}

bool XlsxWorkbook::readRelationships(const QString &part, QList<Relationship> &relationships)
{
    return readPart(relationshipsPart(part), true, [&](QXmlStreamReader &xml) {
        if (xml.name() != u"Relationship")
            return;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            return;
        const QStringView type = attributes.value(QLatin1String("Type"));
        relationships.append(
            {attributes.value(QLatin1String("Id")).toString(),
             type.mid(type.lastIndexOf(u'/') + 1).toString(),
             resolveTarget(part, attributes.value(QLatin1String("Target")).toString())});
    });
}

bool XlsxWorkbook::readPart(const QString &part, bool optional, const Visitor &visit)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        if (optional)
            return true;
        m_error = unreadable(tr("it has no %1").arg(part));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error =
            unreadable(tr("%1 cannot be unpacked, error %2").arg(part).arg(file.getZipError()));
        return false;
    }
    QXmlStreamReader xml(&file);
    while (xlsxXmlGoesOn(xml)) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            visit(xml);
    }
    file.close();
    if (xml.hasError()) {
        m_error = unreadable(tr("%1 is damaged: %2").arg(part, xml.errorString()));
        return false;
    }
    if (file.getZipError() != UNZ_OK) {
        m_error = unreadable(tr("%1 is damaged, error %2").arg(part).arg(file.getZipError()));
        return false;
    }
    return true;
}

QStringList xlsxSheetNames(const QString &path)
{
    XlsxWorkbook workbook(path);
    QStringList names;
    if (!workbook.open())
        return names;
    for (const XlsxSheetEntry &sheet : workbook.sheets())
        names.append(sheet.name);
    return names;
}

bool looksLikeXlsx(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray start = file.read(kOleMagic.size());
        if (start.startsWith(kOleMagic) || start.startsWith("PK\x03\x04") ||
            start.startsWith("PK\x05\x06"))
            return true;
    }
    return hasWorkbookExtension(path);
}

QString decodeXlsxEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    // _xHHHH_ stands for the UTF-16 unit HHHH (Excel writes CR as _x000D_);
    // "_x005F_" escapes an underscore that would otherwise start one.
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort unit = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                decoded += QChar(unit);
                i += 6;
                continue;
            }
        }
        decoded += text.at(i);
    }
    return decoded;
}

} // namespace Yardstick
