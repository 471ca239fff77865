// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxxml.h"

#include <QStringList>

namespace Yardstick::PptxXml {

QString relType(const char *name)
{
    return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/") +
           QLatin1String(name);
}

QString contentType(const char *name)
{
    return QStringLiteral("application/vnd.openxmlformats-officedocument.") + QLatin1String(name);
}

void startRoot(QXmlStreamWriter &xml, const QString &name)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(name);
    xml.writeAttribute(QStringLiteral("xmlns:a"), nsA);
    xml.writeAttribute(QStringLiteral("xmlns:r"), nsR);
    xml.writeAttribute(QStringLiteral("xmlns:p"), nsP);
}

void writeRun(QXmlStreamWriter &xml, const QString &text, int size, bool bold,
              const QString &colourHex)
{
    xml.writeStartElement(QStringLiteral("a:r"));
    xml.writeStartElement(QStringLiteral("a:rPr"));
    xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-GB"));
    if (size > 0)
        xml.writeAttribute(QStringLiteral("sz"), QString::number(size));
    if (bold)
        xml.writeAttribute(QStringLiteral("b"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("dirty"), QStringLiteral("0"));
    if (!colourHex.isEmpty()) {
        xml.writeStartElement(QStringLiteral("a:solidFill"));
        xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), colourHex);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // rPr
    xml.writeTextElement(QStringLiteral("a:t"), text);
    xml.writeEndElement(); // r
}

void writeTransform(QXmlStreamWriter &xml, const char *element, qint64 x, qint64 y, qint64 cx,
                    qint64 cy)
{
    xml.writeStartElement(QLatin1String(element));
    xml.writeEmptyElement(QStringLiteral("a:off"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(x));
    xml.writeAttribute(QStringLiteral("y"), QString::number(y));
    xml.writeEmptyElement(QStringLiteral("a:ext"));
    xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
    xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
    xml.writeEndElement();
}

void writeTreeStart(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("name"), QString());
    xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:grpSpPr"));
    xml.writeStartElement(QStringLiteral("a:xfrm"));
    for (const char *name : {"a:off", "a:ext", "a:chOff", "a:chExt"}) {
        xml.writeEmptyElement(QLatin1String(name));
        const bool offset = QByteArray(name).endsWith("Off") || QByteArray(name) == "a:off";
        xml.writeAttribute(offset ? QStringLiteral("x") : QStringLiteral("cx"),
                           QStringLiteral("0"));
        xml.writeAttribute(offset ? QStringLiteral("y") : QStringLiteral("cy"),
                           QStringLiteral("0"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void writePlaceholder(QXmlStreamWriter &xml, int id, const QString &name, const QString &type,
                      int idx, const QStringList &paragraphs)
{
    xml.writeStartElement(QStringLiteral("p:sp"));
    xml.writeStartElement(QStringLiteral("p:nvSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(id));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeStartElement(QStringLiteral("p:cNvSpPr"));
    xml.writeEmptyElement(QStringLiteral("a:spLocks"));
    xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:nvPr"));
    xml.writeEmptyElement(QStringLiteral("p:ph"));
    if (!type.isEmpty())
        xml.writeAttribute(QStringLiteral("type"), type);
    if (idx >= 0)
        xml.writeAttribute(QStringLiteral("idx"), QString::number(idx));
    xml.writeEndElement(); // nvPr
    xml.writeEndElement(); // nvSpPr
    xml.writeEmptyElement(QStringLiteral("p:spPr"));
    xml.writeStartElement(QStringLiteral("p:txBody"));
    // Shrink rather than spill when a title runs long.
    xml.writeStartElement(QStringLiteral("a:bodyPr"));
    xml.writeEmptyElement(QStringLiteral("a:normAutofit"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    for (const QString &paragraph : paragraphs) {
        xml.writeStartElement(QStringLiteral("a:p"));
        if (!paragraph.isEmpty())
            writeRun(xml, paragraph);
        xml.writeEndElement();
    }
    if (paragraphs.isEmpty())
        xml.writeEmptyElement(QStringLiteral("a:p"));
    xml.writeEndElement(); // txBody
    xml.writeEndElement(); // sp
}

} // namespace Yardstick::PptxXml
