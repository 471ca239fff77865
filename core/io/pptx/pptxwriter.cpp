// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxwriter.h"

#include "opcpackagewriter.h"
#include "pptxdefaultmaster.h"
#include "pptxslidexml.h"
#include "pptxxml.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace Yardstick {

namespace {

// A slide as written: the deck's slide and, for a paged table, its rows.
struct Page
{
    const PptxSlide *slide = nullptr;
    QString title;
    int firstRow = 0;
    int lastRow = 0;
};

QList<Page> pagesOf(const PptxDeck &deck, const PptxGeometry &geometry)
{
    QList<Page> pages;
    for (const PptxSlide &slide : deck.slides) {
        if (!slide.table || slide.kind == PptxSlide::Kind::Title) {
            pages.append({&slide, slide.title, 0, 0});
            continue;
        }
        const QRect area = slide.takeaway.isEmpty()
                               ? geometry.body
                               : geometry.belowTakeaway(!slide.takeawayDetail.isEmpty());
        const QList<std::pair<int, int>> parts = slide.table->paginate(area.width(), area.height());
        for (int i = 0; i < parts.size(); ++i) {
            const QString title = i == 0 || slide.table->continuedTitle.isEmpty()
                                      ? slide.title
                                      : slide.table->continuedTitle;
            pages.append({&slide, title, parts.at(i).first, parts.at(i).second});
        }
    }
    return pages;
}

QByteArray presentationXml(const PptxMaster &master, const QStringList &masterRels,
                           const QString &notesMasterRel, const QStringList &slideRels)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    PptxXml::startRoot(xml, QStringLiteral("p:presentation"));
    xml.writeAttribute(QStringLiteral("saveSubsetFonts"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("p:sldMasterIdLst"));
    const auto masters = master.masters();
    for (int i = 0; i < masters.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("p:sldMasterId"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(masters.at(i).second));
        xml.writeAttribute(QStringLiteral("r:id"), masterRels.at(i));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:notesMasterIdLst"));
    xml.writeEmptyElement(QStringLiteral("p:notesMasterId"));
    xml.writeAttribute(QStringLiteral("r:id"), notesMasterRel);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:sldIdLst"));
    for (int i = 0; i < slideRels.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("p:sldId"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(256 + i));
        xml.writeAttribute(QStringLiteral("r:id"), slideRels.at(i));
    }
    xml.writeEndElement();
    const QSize size = master.geometry().slideSize;
    xml.writeEmptyElement(QStringLiteral("p:sldSz"));
    xml.writeAttribute(QStringLiteral("cx"), QString::number(size.width()));
    xml.writeAttribute(QStringLiteral("cy"), QString::number(size.height()));
    xml.writeEmptyElement(QStringLiteral("p:notesSz"));
    xml.writeAttribute(QStringLiteral("cx"), QStringLiteral("6858000"));
    xml.writeAttribute(QStringLiteral("cy"), QStringLiteral("9144000"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray simpleRoot(const QString &root, const QString &ns)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(root);
    xml.writeAttribute(root.startsWith(QLatin1String("a:")) ? QStringLiteral("xmlns:a")
                                                            : QStringLiteral("xmlns:p"),
                       ns);
    if (root == QLatin1String("a:tblStyleLst"))
        xml.writeAttribute(QStringLiteral("def"),
                           QStringLiteral("{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray coreProperties(const PptxDeck &deck)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeAttribute(
        QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"),
                       QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:dcterms"),
                       QStringLiteral("http://purl.org/dc/terms/"));
    xml.writeAttribute(QStringLiteral("xmlns:xsi"),
                       QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    xml.writeTextElement(QStringLiteral("dc:title"), deck.title);
    xml.writeTextElement(QStringLiteral("dc:creator"), deck.author);
    xml.writeStartElement(QStringLiteral("dcterms:created"));
    xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray appProperties(int slides)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Properties"));
    xml.writeDefaultNamespace(QStringLiteral(
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Yardstick"));
    xml.writeTextElement(QStringLiteral("Slides"), QString::number(slides));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// A part name no copied master part has: "ppt/theme/theme2.xml" and on.
QString freeName(const OpcPackageWriter &package, const QString &pattern)
{
    for (int i = 1;; ++i) {
        const QString name = pattern.arg(i);
        if (!package.hasPart(name))
            return name;
    }
}

} // namespace

int PptxWriter::slideCount(const PptxDeck &deck, const PptxMaster &master)
{
    return int(pagesOf(deck, master.geometry()).size());
}

QString PptxWriter::write(const PptxDeck &deck, const PptxMaster &master, const QString &path,
                          const std::function<bool(int done, int total)> &progress)
{
    OpcPackageWriter package;
    master.install(package);
    const PptxGeometry &geometry = master.geometry();
    const QString presentation = QStringLiteral("ppt/presentation.xml");
    package.addRelationship(QString(), PptxXml::relOfficeDocument, presentation);
    package.addRelationship(QString(), PptxXml::relCoreProperties,
                            QStringLiteral("docProps/core.xml"));
    package.addRelationship(QString(), PptxXml::relType("extended-properties"),
                            QStringLiteral("docProps/app.xml"));

    QStringList masterRels;
    for (const auto &[name, id] : master.masters())
        masterRels.append(
            package.addRelationship(presentation, PptxXml::relType("slideMaster"), name));

    // Speaker notes need a notes master, with a theme of its own.
    const QString notesMaster =
        freeName(package, QStringLiteral("ppt/notesMasters/notesMaster%1.xml"));
    const QString notesTheme = freeName(package, QStringLiteral("ppt/theme/theme%1.xml"));
    package.addPart(notesMaster, PptxXml::contentType("presentationml.notesMaster+xml"),
                    PptxDefaultMaster::notesMasterXml());
    package.addPart(notesTheme, PptxXml::contentType("theme+xml"),
                    PptxDefaultMaster::themeXml(QStringLiteral("Yardstick notes")));
    package.addRelationship(notesMaster, PptxXml::relType("theme"), notesTheme);
    const QString notesMasterRel =
        package.addRelationship(presentation, PptxXml::relType("notesMaster"), notesMaster);
    if (!master.theme().isEmpty())
        package.addRelationship(presentation, PptxXml::relType("theme"), master.theme());

    const QList<Page> pages = pagesOf(deck, geometry);
    QStringList slideRels;
    int pictures = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const Page &page = pages.at(i);
        const PptxSlide &slide = *page.slide;
        const QString slideName = QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1);
        package.addRelationship(slideName, PptxXml::relType("slideLayout"),
                                slide.kind == PptxSlide::Kind::Title ? master.titleLayout()
                                                                     : master.contentLayout());
        PptxSlideXml::SlideLinks links;
        if (slide.picture && !slide.picture->png.isEmpty()) {
            ++pictures;
            const QString png = QStringLiteral("ppt/media/yardstick-chart%1.png").arg(pictures);
            package.addPart(png, QStringLiteral("image/png"), slide.picture->png);
            links.png = package.addRelationship(slideName, PptxXml::relType("image"), png);
            if (!slide.picture->svg.isEmpty()) {
                const QString svg = QStringLiteral("ppt/media/yardstick-chart%1.svg").arg(pictures);
                package.addPart(svg, QStringLiteral("image/svg+xml"), slide.picture->svg);
                links.svg = package.addRelationship(slideName, PptxXml::relType("image"), svg);
            }
        }
        if (!slide.notes.isEmpty()) {
            const QString notes = QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(i + 1);
            package.addPart(notes, PptxXml::contentType("presentationml.notesSlide+xml"),
                            PptxSlideXml::notesXml(slide.notes));
            package.addRelationship(notes, PptxXml::relType("notesMaster"), notesMaster);
            package.addRelationship(notes, PptxXml::relType("slide"), slideName);
            package.addRelationship(slideName, PptxXml::relType("notesSlide"), notes);
        }
        package.addPart(slideName, PptxXml::contentType("presentationml.slide+xml"),
                        PptxSlideXml::slideXml(slide, page.title, geometry, links, page.firstRow,
                                               page.lastRow));
        slideRels.append(
            package.addRelationship(presentation, PptxXml::relType("slide"), slideName));
        if (progress && !progress(i + 1, int(pages.size())))
            return tr("Creating the deck was cancelled.");
    }

    for (const auto &[name, root, ns, type] :
         {std::tuple{QStringLiteral("ppt/presProps.xml"), QStringLiteral("p:presentationPr"),
                     PptxXml::nsP, "presProps"},
          std::tuple{QStringLiteral("ppt/viewProps.xml"), QStringLiteral("p:viewPr"), PptxXml::nsP,
                     "viewProps"},
          std::tuple{QStringLiteral("ppt/tableStyles.xml"), QStringLiteral("a:tblStyleLst"),
                     PptxXml::nsA, "tableStyles"}}) {
        package.addPart(name,
                        PptxXml::contentType("presentationml.") + QLatin1String(type) +
                            QStringLiteral("+xml"),
                        simpleRoot(root, ns));
        package.addRelationship(presentation, PptxXml::relType(type), name);
    }
    package.addPart(presentation, PptxXml::contentType("presentationml.presentation.main+xml"),
                    presentationXml(master, masterRels, notesMasterRel, slideRels));
    package.addPart(QStringLiteral("docProps/core.xml"),
                    QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                    coreProperties(deck));
    package.addPart(QStringLiteral("docProps/app.xml"),
                    PptxXml::contentType("extended-properties+xml"),
                    appProperties(int(pages.size())));
    return package.write(path);
}

} // namespace Yardstick
