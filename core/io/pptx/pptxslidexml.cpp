// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxslidexml.h"

#include "pptxxml.h"

#include <QXmlStreamWriter>

namespace Yardstick::PptxSlideXml {

namespace {

void writeTextBox(QXmlStreamWriter &xml, int id, const QString &name, const QRect &box,
                  const QString &text, int size, bool bold, const QString &detail)
{
    xml.writeStartElement(QStringLiteral("p:sp"));
    xml.writeStartElement(QStringLiteral("p:nvSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(id));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
    xml.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:spPr"));
    PptxXml::writeTransform(xml, "a:xfrm", box.x(), box.y(), box.width(), box.height());
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("a:noFill"));
    xml.writeEndElement(); // spPr
    xml.writeStartElement(QStringLiteral("p:txBody"));
    xml.writeStartElement(QStringLiteral("a:bodyPr"));
    xml.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
    xml.writeAttribute(QStringLiteral("lIns"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("rIns"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("anchor"), QStringLiteral("t"));
    xml.writeEmptyElement(QStringLiteral("a:normAutofit"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    xml.writeStartElement(QStringLiteral("a:p"));
    PptxXml::writeRun(xml, text, size, bold, QStringLiteral("0072B2"));
    xml.writeEndElement();
    if (!detail.isEmpty()) {
        xml.writeStartElement(QStringLiteral("a:p"));
        PptxXml::writeRun(xml, detail, size * 6 / 10, false, QStringLiteral("4D4D4D"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // txBody
    xml.writeEndElement(); // sp
}

void writePicture(QXmlStreamWriter &xml, int id, const PptxPicture &picture, const QRect &box,
                  const SlideLinks &links)
{
    xml.writeStartElement(QStringLiteral("p:pic"));
    xml.writeStartElement(QStringLiteral("p:nvPicPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(id));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart %1").arg(id));
    xml.writeAttribute(QStringLiteral("descr"), picture.description);
    xml.writeStartElement(QStringLiteral("p:cNvPicPr"));
    xml.writeEmptyElement(QStringLiteral("a:picLocks"));
    xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    xml.writeEndElement(); // nvPicPr
    xml.writeStartElement(QStringLiteral("p:blipFill"));
    xml.writeStartElement(QStringLiteral("a:blip"));
    xml.writeAttribute(QStringLiteral("r:embed"), links.png);
    if (!links.svg.isEmpty()) {
        // How PowerPoint stores a vector picture: the PNG for older
        // readers, the SVG in an extension newer ones draw instead.
        xml.writeStartElement(QStringLiteral("a:extLst"));
        xml.writeStartElement(QStringLiteral("a:ext"));
        xml.writeAttribute(QStringLiteral("uri"), PptxXml::svgBlipExtension);
        xml.writeEmptyElement(QStringLiteral("asvg:svgBlip"));
        xml.writeAttribute(QStringLiteral("xmlns:asvg"), PptxXml::nsSvg);
        xml.writeAttribute(QStringLiteral("r:embed"), links.svg);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // blip
    xml.writeStartElement(QStringLiteral("a:stretch"));
    xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    xml.writeEndElement();
    xml.writeEndElement(); // blipFill
    xml.writeStartElement(QStringLiteral("p:spPr"));
    PptxXml::writeTransform(xml, "a:xfrm", box.x(), box.y(), box.width(), box.height());
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // spPr
    xml.writeEndElement(); // pic
}

void writeCellBorder(QXmlStreamWriter &xml, const char *side, bool visible)
{
    xml.writeStartElement(QLatin1String(side));
    xml.writeAttribute(QStringLiteral("w"), visible ? QStringLiteral("6350") : QStringLiteral("0"));
    if (visible) {
        xml.writeStartElement(QStringLiteral("a:solidFill"));
        xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("B0B0B0"));
        xml.writeEndElement();
    } else {
        xml.writeEmptyElement(QStringLiteral("a:noFill"));
    }
    xml.writeEndElement();
}

void writeCell(QXmlStreamWriter &xml, const QString &text, const PptxTable &table, bool header,
               bool right, const QString &fill, const QString &colour)
{
    xml.writeStartElement(QStringLiteral("a:tc"));
    xml.writeStartElement(QStringLiteral("a:txBody"));
    xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    xml.writeStartElement(QStringLiteral("a:p"));
    if (right) {
        xml.writeEmptyElement(QStringLiteral("a:pPr"));
        xml.writeAttribute(QStringLiteral("algn"), QStringLiteral("r"));
    }
    PptxXml::writeRun(xml, text, table.fontPoints * 100, header,
                      header ? QStringLiteral("FFFFFF") : colour);
    xml.writeEndElement(); // p
    xml.writeEndElement(); // txBody
    xml.writeStartElement(QStringLiteral("a:tcPr"));
    xml.writeAttribute(QStringLiteral("marL"), QStringLiteral("91440"));
    xml.writeAttribute(QStringLiteral("marR"), QStringLiteral("91440"));
    xml.writeAttribute(QStringLiteral("marT"), QStringLiteral("45720"));
    xml.writeAttribute(QStringLiteral("marB"), QStringLiteral("45720"));
    writeCellBorder(xml, "a:lnL", false);
    writeCellBorder(xml, "a:lnR", false);
    writeCellBorder(xml, "a:lnT", false);
    writeCellBorder(xml, "a:lnB", true);
    if (fill.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("a:noFill"));
    } else {
        xml.writeStartElement(QStringLiteral("a:solidFill"));
        xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), fill);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // tcPr
    xml.writeEndElement(); // tc
}

void writeTable(QXmlStreamWriter &xml, int id, const PptxTable &table, const QRect &area, int first,
                int last)
{
    const QList<qint64> widths = table.columnWidths(area.width());
    qint64 height = table.rowHeight(table.header, area.width(), true);
    for (int i = first; i < last; ++i)
        height += table.rowHeight(table.rows.at(i), area.width(), false);

    xml.writeStartElement(QStringLiteral("p:graphicFrame"));
    xml.writeStartElement(QStringLiteral("p:nvGraphicFramePr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(id));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Table %1").arg(id));
    xml.writeStartElement(QStringLiteral("p:cNvGraphicFramePr"));
    xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    xml.writeEndElement(); // nvGraphicFramePr
    PptxXml::writeTransform(xml, "p:xfrm", area.x(), area.y(), area.width(), height);
    xml.writeStartElement(QStringLiteral("a:graphic"));
    xml.writeStartElement(QStringLiteral("a:graphicData"));
    xml.writeAttribute(QStringLiteral("uri"),
                       QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/table"));
    xml.writeStartElement(QStringLiteral("a:tbl"));
    xml.writeEmptyElement(QStringLiteral("a:tblPr"));
    xml.writeAttribute(QStringLiteral("firstRow"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("bandRow"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("a:tblGrid"));
    for (qint64 w : widths) {
        xml.writeEmptyElement(QStringLiteral("a:gridCol"));
        xml.writeAttribute(QStringLiteral("w"), QString::number(w));
    }
    xml.writeEndElement();
    auto right = [&](int c) {
        return c < table.alignRight.size() && table.alignRight.at(c);
    };
    xml.writeStartElement(QStringLiteral("a:tr"));
    xml.writeAttribute(QStringLiteral("h"),
                       QString::number(table.rowHeight(table.header, area.width(), true)));
    for (int c = 0; c < table.header.size(); ++c)
        writeCell(xml, table.header.at(c), table, true, right(c), QStringLiteral("0072B2"), {});
    xml.writeEndElement();
    for (int i = first; i < last; ++i) {
        const QStringList &row = table.rows.at(i);
        xml.writeStartElement(QStringLiteral("a:tr"));
        xml.writeAttribute(QStringLiteral("h"),
                           QString::number(table.rowHeight(row, area.width(), false)));
        for (int c = 0; c < table.header.size(); ++c) {
            const QString colour =
                i < table.textColours.size() && c < table.textColours.at(i).size()
                    ? table.textColours.at(i).at(c)
                    : QString();
            writeCell(xml, row.value(c), table, false, right(c),
                      (i - first) % 2 == 1 ? QStringLiteral("F2F2F2") : QString(), colour);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // tbl
    xml.writeEndElement(); // graphicData
    xml.writeEndElement(); // graphic
    xml.writeEndElement(); // graphicFrame
}

} // namespace

QByteArray slideXml(const PptxSlide &slide, const QString &title, const PptxGeometry &geometry,
                    const SlideLinks &links, int firstRow, int lastRow)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:sld"));
    xml.writeStartElement(QStringLiteral("p:cSld"));
    xml.writeStartElement(QStringLiteral("p:spTree"));
    PptxXml::writeTreeStart(xml);
    int id = 2;
    if (slide.kind == PptxSlide::Kind::Title) {
        PptxXml::writePlaceholder(xml, id++, QStringLiteral("Title"), geometry.coverTitleType, -1,
                                  {title});
        PptxXml::writePlaceholder(xml, id++, QStringLiteral("Subtitle"), geometry.coverSubtitleType,
                                  geometry.coverSubtitleIdx, slide.subtitle);
    } else {
        PptxXml::writePlaceholder(xml, id++, QStringLiteral("Title"), QStringLiteral("title"), -1,
                                  {title});
        const bool detail = !slide.takeawayDetail.isEmpty();
        QRect area = geometry.body;
        if (!slide.takeaway.isEmpty()) {
            writeTextBox(xml, id++, QStringLiteral("Takeaway"), geometry.takeawayBox(detail),
                         slide.takeaway, 2400, true, slide.takeawayDetail);
            area = geometry.belowTakeaway(detail);
        }
        if (slide.picture && !links.png.isEmpty())
            writePicture(xml, id++, *slide.picture,
                         PptxGeometry::fitted(area, slide.picture->pixels), links);
        if (slide.table)
            writeTable(xml, id++, *slide.table, area, firstRow, lastRow);
    }
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
    xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray notesXml(const QStringList &notes)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:notes"));
    xml.writeStartElement(QStringLiteral("p:cSld"));
    xml.writeStartElement(QStringLiteral("p:spTree"));
    PptxXml::writeTreeStart(xml);
    PptxXml::writePlaceholder(xml, 2, QStringLiteral("Slide Image"), QStringLiteral("sldImg"), -1,
                              {});
    PptxXml::writePlaceholder(xml, 3, QStringLiteral("Notes"), QStringLiteral("body"), 1, notes);
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
    xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Yardstick::PptxSlideXml
