// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxdefaultmaster.h"

#include "pptxxml.h"

#include <QXmlStreamWriter>

namespace Yardstick::PptxDefaultMaster {

namespace {

// 16:9 at 13.333 × 7.5 in, as PowerPoint's own widescreen default; the
// placeholders leave half an inch round the edge.
constexpr qint64 kWidth = 12192000;
constexpr qint64 kMargin = 457200;
constexpr qint64 kTitleTop = 300000;
constexpr qint64 kTitleHeight = 900000;
constexpr qint64 kBodyTop = 1300000;
constexpr qint64 kBodyHeight = 5250000;

const QString kClrMap[][2] = {{QStringLiteral("bg1"), QStringLiteral("lt1")},
                              {QStringLiteral("tx1"), QStringLiteral("dk1")},
                              {QStringLiteral("bg2"), QStringLiteral("lt2")},
                              {QStringLiteral("tx2"), QStringLiteral("dk2")},
                              {QStringLiteral("accent1"), QStringLiteral("accent1")},
                              {QStringLiteral("accent2"), QStringLiteral("accent2")},
                              {QStringLiteral("accent3"), QStringLiteral("accent3")},
                              {QStringLiteral("accent4"), QStringLiteral("accent4")},
                              {QStringLiteral("accent5"), QStringLiteral("accent5")},
                              {QStringLiteral("accent6"), QStringLiteral("accent6")},
                              {QStringLiteral("hlink"), QStringLiteral("hlink")},
                              {QStringLiteral("folHlink"), QStringLiteral("folHlink")}};

void writeClrMap(QXmlStreamWriter &xml)
{
    xml.writeEmptyElement(QStringLiteral("p:clrMap"));
    for (const auto &pair : kClrMap)
        xml.writeAttribute(pair[0], pair[1]);
}

void writeBackground(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("p:bg"));
    xml.writeStartElement(QStringLiteral("p:bgRef"));
    xml.writeAttribute(QStringLiteral("idx"), QStringLiteral("1001"));
    xml.writeEmptyElement(QStringLiteral("a:schemeClr"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("bg1"));
    xml.writeEndElement();
    xml.writeEndElement();
}

// A placeholder with its own position: what a master or layout holds.
void writePositioned(QXmlStreamWriter &xml, int id, const QString &name, const QString &type,
                     int idx, qint64 x, qint64 y, qint64 cx, qint64 cy, const QString &anchor)
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
    xml.writeEndElement();
    xml.writeEndElement(); // nvSpPr
    xml.writeStartElement(QStringLiteral("p:spPr"));
    PptxXml::writeTransform(xml, "a:xfrm", x, y, cx, cy);
    xml.writeStartElement(QStringLiteral("a:prstGeom"));
    xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    xml.writeEmptyElement(QStringLiteral("a:avLst"));
    xml.writeEndElement();
    xml.writeEndElement(); // spPr
    xml.writeStartElement(QStringLiteral("p:txBody"));
    xml.writeStartElement(QStringLiteral("a:bodyPr"));
    xml.writeAttribute(QStringLiteral("anchor"), anchor);
    xml.writeEmptyElement(QStringLiteral("a:normAutofit"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    xml.writeStartElement(QStringLiteral("a:p"));
    PptxXml::writeRun(xml, name);
    xml.writeEndElement();
    xml.writeEndElement(); // txBody
    xml.writeEndElement(); // sp
}

void writeLevel(QXmlStreamWriter &xml, const char *element, int size, bool bold,
                const QString &font, const QString &colour, bool bullet = false)
{
    xml.writeStartElement(QLatin1String(element));
    xml.writeAttribute(QStringLiteral("algn"), QStringLiteral("l"));
    if (!bullet) {
        xml.writeAttribute(QStringLiteral("marL"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("indent"), QStringLiteral("0"));
    }
    xml.writeStartElement(QStringLiteral("a:spcBef"));
    xml.writeEmptyElement(QStringLiteral("a:spcPts"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("600"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("a:buNone"));
    xml.writeStartElement(QStringLiteral("a:defRPr"));
    xml.writeAttribute(QStringLiteral("sz"), QString::number(size));
    xml.writeAttribute(QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("a:solidFill"));
    xml.writeEmptyElement(QStringLiteral("a:schemeClr"));
    xml.writeAttribute(QStringLiteral("val"), colour);
    xml.writeEndElement();
    for (const char *script : {"a:latin", "a:ea", "a:cs"}) {
        xml.writeEmptyElement(QLatin1String(script));
        xml.writeAttribute(QStringLiteral("typeface"),
                           font + (QByteArray(script) == "a:latin" ? QStringLiteral("-lt")
                                   : QByteArray(script) == "a:ea"  ? QStringLiteral("-ea")
                                                                   : QStringLiteral("-cs")));
    }
    xml.writeEndElement(); // defRPr
    xml.writeEndElement();
}

QByteArray layout(const QString &type, const QString &name, bool title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:sldLayout"));
    xml.writeAttribute(QStringLiteral("type"), type);
    xml.writeAttribute(QStringLiteral("preserve"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("p:cSld"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeStartElement(QStringLiteral("p:spTree"));
    PptxXml::writeTreeStart(xml);
    if (title) {
        writePositioned(xml, 2, QStringLiteral("Title 1"), QStringLiteral("ctrTitle"), -1,
                        kMargin * 2, 2000000, kWidth - 4 * kMargin, 1500000, QStringLiteral("b"));
        writePositioned(xml, 3, QStringLiteral("Subtitle 2"), QStringLiteral("subTitle"), 1,
                        kMargin * 2, 3650000, kWidth - 4 * kMargin, 2200000, QStringLiteral("t"));
    } else {
        writePositioned(xml, 2, QStringLiteral("Title 1"), QStringLiteral("title"), -1, kMargin,
                        kTitleTop, kWidth - 2 * kMargin, kTitleHeight, QStringLiteral("b"));
        writePositioned(xml, 3, QStringLiteral("Content Placeholder 2"), QString(), 1, kMargin,
                        kBodyTop, kWidth - 2 * kMargin, kBodyHeight, QStringLiteral("t"));
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

} // namespace

QByteArray slideMasterXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:sldMaster"));
    xml.writeStartElement(QStringLiteral("p:cSld"));
    writeBackground(xml);
    xml.writeStartElement(QStringLiteral("p:spTree"));
    PptxXml::writeTreeStart(xml);
    writePositioned(xml, 2, QStringLiteral("Title Placeholder 1"), QStringLiteral("title"), -1,
                    kMargin, kTitleTop, kWidth - 2 * kMargin, kTitleHeight, QStringLiteral("b"));
    writePositioned(xml, 3, QStringLiteral("Text Placeholder 2"), QStringLiteral("body"), 1,
                    kMargin, kBodyTop, kWidth - 2 * kMargin, kBodyHeight, QStringLiteral("t"));
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    writeClrMap(xml);
    xml.writeStartElement(QStringLiteral("p:sldLayoutIdLst"));
    for (int i = 1; i <= 2; ++i) {
        xml.writeEmptyElement(QStringLiteral("p:sldLayoutId"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(2147483648LL + i));
        xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId%1").arg(i));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:txStyles"));
    xml.writeStartElement(QStringLiteral("p:titleStyle"));
    writeLevel(xml, "a:lvl1pPr", 3000, true, QStringLiteral("+mj"), QStringLiteral("tx1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:bodyStyle"));
    writeLevel(xml, "a:lvl1pPr", 2000, false, QStringLiteral("+mn"), QStringLiteral("tx1"));
    writeLevel(xml, "a:lvl2pPr", 1800, false, QStringLiteral("+mn"), QStringLiteral("tx1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:otherStyle"));
    writeLevel(xml, "a:lvl1pPr", 1800, false, QStringLiteral("+mn"), QStringLiteral("tx1"));
    xml.writeEndElement();
    xml.writeEndElement(); // txStyles
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray titleLayoutXml()
{
    return layout(QStringLiteral("title"), QStringLiteral("Title Slide"), true);
}

QByteArray contentLayoutXml()
{
    return layout(QStringLiteral("obj"), QStringLiteral("Title and Content"), false);
}

QByteArray themeXml(const QString &name)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("a:theme"));
    xml.writeAttribute(QStringLiteral("xmlns:a"), PptxXml::nsA);
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeStartElement(QStringLiteral("a:themeElements"));

    xml.writeStartElement(QStringLiteral("a:clrScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Yardstick"));
    // The chart palette's colours, so the deck's text matches its charts.
    const std::pair<const char *, const char *> colours[] = {
        {"a:dk1", "1A1A1A"},     {"a:lt1", "FFFFFF"},     {"a:dk2", "1F3A5F"},
        {"a:lt2", "EEF2F6"},     {"a:accent1", "0072B2"}, {"a:accent2", "E69F00"},
        {"a:accent3", "009E73"}, {"a:accent4", "D55E00"}, {"a:accent5", "CC79A7"},
        {"a:accent6", "56B4E9"}, {"a:hlink", "0072B2"},   {"a:folHlink", "CC79A7"}};
    for (const auto &[element, hex] : colours) {
        xml.writeStartElement(QLatin1String(element));
        xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), QLatin1String(hex));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // clrScheme

    xml.writeStartElement(QStringLiteral("a:fontScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Yardstick"));
    for (const char *kind : {"a:majorFont", "a:minorFont"}) {
        xml.writeStartElement(QLatin1String(kind));
        // Chinese text falls to Noto Sans CJK, which Debian's fonts-noto-cjk
        // installs; PowerPoint substitutes its own where it is missing.
        const std::pair<const char *, const char *> faces[] = {
            {"a:latin", "DejaVu Sans"}, {"a:ea", "Noto Sans CJK SC"}, {"a:cs", ""}};
        for (const auto &[script, face] : faces) {
            xml.writeEmptyElement(QLatin1String(script));
            xml.writeAttribute(QStringLiteral("typeface"), QLatin1String(face));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // fontScheme

    // The format scheme ECMA-376 requires: three fills, lines, effects and
    // background fills, the plainest there are.
    xml.writeStartElement(QStringLiteral("a:fmtScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Yardstick"));
    auto phFill = [&] {
        xml.writeStartElement(QStringLiteral("a:solidFill"));
        xml.writeEmptyElement(QStringLiteral("a:schemeClr"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("phClr"));
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("a:fillStyleLst"));
    for (int i = 0; i < 3; ++i)
        phFill();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:lnStyleLst"));
    for (int width : {6350, 12700, 19050}) {
        xml.writeStartElement(QStringLiteral("a:ln"));
        xml.writeAttribute(QStringLiteral("w"), QString::number(width));
        phFill();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:effectStyleLst"));
    for (int i = 0; i < 3; ++i) {
        xml.writeStartElement(QStringLiteral("a:effectStyle"));
        xml.writeEmptyElement(QStringLiteral("a:effectLst"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:bgFillStyleLst"));
    for (int i = 0; i < 3; ++i)
        phFill();
    xml.writeEndElement();
    xml.writeEndElement(); // fmtScheme

    xml.writeEndElement(); // themeElements
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray notesMasterXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:notesMaster"));
    xml.writeStartElement(QStringLiteral("p:cSld"));
    writeBackground(xml);
    xml.writeStartElement(QStringLiteral("p:spTree"));
    PptxXml::writeTreeStart(xml);
    // A portrait notes page (7.5 × 10 in): the slide on top, the notes under it.
    writePositioned(xml, 2, QStringLiteral("Slide Image Placeholder 1"), QStringLiteral("sldImg"),
                    -1, 381000, 685800, 6096000, 3429000, QStringLiteral("t"));
    writePositioned(xml, 3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("body"), 1,
                    685800, 4400550, 5486400, 3600450, QStringLiteral("t"));
    xml.writeEndElement(); // spTree
    xml.writeEndElement(); // cSld
    writeClrMap(xml);
    xml.writeStartElement(QStringLiteral("p:notesStyle"));
    writeLevel(xml, "a:lvl1pPr", 1200, false, QStringLiteral("+mn"), QStringLiteral("tx1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Yardstick::PptxDefaultMaster
