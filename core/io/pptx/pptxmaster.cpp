// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxmaster.h"

#include "opcpackagereader.h"
#include "opcpackagewriter.h"
#include "pptxdefaultmaster.h"
#include "pptxxml.h"

#include <QSet>
#include <QXmlStreamReader>

namespace Yardstick {

namespace {

struct Placeholder
{
    QString type; // "" when the ph element has none (a body placeholder)
    int idx = -1;
    std::optional<QRect> rect;
};

// The placeholders of a master or layout and where they sit, if they say.
QList<Placeholder> placeholdersOf(const QByteArray &bytes)
{
    QList<Placeholder> result;
    QXmlStreamReader xml(bytes);
    int depth = 0;
    int shapeDepth = -1;
    std::optional<Placeholder> current;
    bool inTransform = false;
    QRect rect;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == QLatin1String("sp") && shapeDepth < 0) {
                shapeDepth = depth;
                current.reset();
                rect = QRect();
            } else if (shapeDepth >= 0 && name == QLatin1String("ph")) {
                const QXmlStreamAttributes a = xml.attributes();
                Placeholder ph;
                ph.type = a.value(QLatin1String("type")).toString();
                ph.idx = a.hasAttribute(QLatin1String("idx"))
                             ? a.value(QLatin1String("idx")).toInt()
                             : -1;
                current = ph;
            } else if (shapeDepth >= 0 && name == QLatin1String("xfrm") && !rect.isValid()) {
                inTransform = true;
            } else if (inTransform && name == QLatin1String("off")) {
                rect.moveTo(xml.attributes().value(QLatin1String("x")).toInt(),
                            xml.attributes().value(QLatin1String("y")).toInt());
            } else if (inTransform && name == QLatin1String("ext")) {
                rect.setSize(QSize(xml.attributes().value(QLatin1String("cx")).toInt(),
                                   xml.attributes().value(QLatin1String("cy")).toInt()));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("xfrm"))
                inTransform = false;
            if (depth == shapeDepth) {
                if (current) {
                    if (rect.isValid())
                        current->rect = rect;
                    result.append(*current);
                }
                shapeDepth = -1;
            }
            --depth;
        }
    }
    return result;
}

bool isTitle(const Placeholder &ph)
{
    return ph.type == QLatin1String("title") || ph.type == QLatin1String("ctrTitle");
}

bool isBody(const Placeholder &ph)
{
    // A layout's content placeholder has no type (or "obj"/"body") and idx 1.
    return (ph.type.isEmpty() || ph.type == QLatin1String("body") ||
            ph.type == QLatin1String("obj")) &&
           ph.idx >= 0;
}

std::optional<QRect> rectOf(const QList<Placeholder> &placeholders,
                            bool (*which)(const Placeholder &))
{
    for (const Placeholder &ph : placeholders) {
        if (which(ph) && ph.rect && !ph.rect->isEmpty())
            return ph.rect;
    }
    return std::nullopt;
}

// The root element's attribute (a layout's type), read without a DOM.
QString rootAttribute(const QByteArray &bytes, const QString &attribute)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            return xml.attributes().value(attribute).toString();
    }
    return {};
}

// A layout's name (p:cSld name="…").
QString cSldName(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("cSld"))
            return xml.attributes().value(QLatin1String("name")).toString();
    }
    return {};
}

const QString kPresentationTypeWord = QStringLiteral("presentationml");

} // namespace

QStringList PptxMaster::partNames() const
{
    QStringList names;
    for (const Part &part : m_parts)
        names.append(part.name);
    return names;
}

PptxMaster PptxMaster::builtIn()
{
    PptxMaster master;
    const QString masterName = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    const QString title = QStringLiteral("ppt/slideLayouts/slideLayout1.xml");
    const QString content = QStringLiteral("ppt/slideLayouts/slideLayout2.xml");
    const QString theme = QStringLiteral("ppt/theme/theme1.xml");
    const QString layoutType = PptxXml::relType("slideLayout");
    const QString masterType = PptxXml::relType("slideMaster");
    master.m_parts = {
        {masterName,
         PptxXml::contentType("presentationml.slideMaster+xml"),
         PptxDefaultMaster::slideMasterXml(),
         {{QStringLiteral("rId1"), layoutType, title, false},
          {QStringLiteral("rId2"), layoutType, content, false},
          {QStringLiteral("rId3"), PptxXml::relType("theme"), theme, false}}},
        {title,
         PptxXml::contentType("presentationml.slideLayout+xml"),
         PptxDefaultMaster::titleLayoutXml(),
         {{QStringLiteral("rId1"), masterType, masterName, false}}},
        {content,
         PptxXml::contentType("presentationml.slideLayout+xml"),
         PptxDefaultMaster::contentLayoutXml(),
         {{QStringLiteral("rId1"), masterType, masterName, false}}},
        {theme,
         PptxXml::contentType("theme+xml"),
         PptxDefaultMaster::themeXml(QStringLiteral("Yardstick")),
         {}},
    };
    master.m_masters = {{masterName, 2147483648LL}};
    master.chooseLayouts();
    return master;
}

std::optional<PptxMaster> PptxMaster::load(const QString &path, QString *error)
{
    const std::optional<OpcPackageReader> package = OpcPackageReader::open(path, error);
    if (!package)
        return std::nullopt;
    const std::optional<OpcRelationship> document =
        package->relationshipOfType(QString(), PptxXml::relOfficeDocument);
    if (!document || !package->hasPart(document->target) ||
        !package->contentType(document->target).contains(kPresentationTypeWord)) {
        *error = tr("%1 is not a PowerPoint deck or template.").arg(path);
        return std::nullopt;
    }
    const QString presentation = document->target;

    // The masters in the order the deck lists them, with their ids.
    QMap<QString, QString> masterIdByRel;
    QSize slideSize;
    {
        QXmlStreamReader xml(package->part(presentation));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("sldMasterId"))
                masterIdByRel.insert(a.value(PptxXml::nsR, QLatin1String("id")).toString(),
                                     a.value(QLatin1String("id")).toString());
            else if (xml.name() == QLatin1String("sldSz"))
                slideSize = QSize(a.value(QLatin1String("cx")).toInt(),
                                  a.value(QLatin1String("cy")).toInt());
        }
        if (xml.hasError()) {
            *error =
                tr("%1: %2 is not well-formed XML: %3").arg(path, presentation, xml.errorString());
            return std::nullopt;
        }
    }
    PptxMaster master;
    // Parts the slides' masters need, and nothing of the deck's own slides.
    const QSet<QString> skipped = {PptxXml::relType("slide"), PptxXml::relType("notesSlide"),
                                   PptxXml::relType("notesMaster"),
                                   PptxXml::relType("handoutMaster")};
    QStringList queue;
    for (const OpcRelationship &r : package->relationships(presentation)) {
        if (r.type != PptxXml::relType("slideMaster") || !package->hasPart(r.target))
            continue;
        bool ok = false;
        const qint64 id = masterIdByRel.value(r.id).toLongLong(&ok);
        master.m_masters.append(
            {r.target, ok ? id : 2147483648LL + 1000 * master.m_masters.size()});
        queue.append(r.target);
    }
    if (queue.isEmpty()) {
        *error = tr("%1 has no slide master.").arg(path);
        return std::nullopt;
    }
    QSet<QString> seen(queue.cbegin(), queue.cend());
    while (!queue.isEmpty()) {
        const QString name = queue.takeFirst();
        Part part{name, package->contentType(name), package->part(name), {}};
        if (part.contentType.isEmpty()) {
            *error = tr("%1: the part %2 has no content type.").arg(path, name);
            return std::nullopt;
        }
        for (const OpcRelationship &r : package->relationships(name)) {
            if (skipped.contains(r.type))
                continue;
            if (!r.external && !package->hasPart(r.target))
                continue; // a dangling link: PowerPoint drops it too
            part.relationships.append({r.id, r.type, r.target, r.external});
            if (!r.external && !seen.contains(r.target)) {
                seen.insert(r.target);
                queue.append(r.target);
            }
        }
        master.m_parts.append(part);
    }
    if (const std::optional<OpcRelationship> theme = package->relationshipOfType(
            master.m_masters.constFirst().first, PptxXml::relType("theme")))
        master.m_theme = theme->target;
    if (slideSize.isValid() && !slideSize.isEmpty())
        master.m_geometry.slideSize = slideSize;
    const QString layoutError = master.chooseLayouts();
    if (!layoutError.isEmpty()) {
        *error = tr("%1: %2").arg(path, layoutError);
        return std::nullopt;
    }
    return master;
}

QString PptxMaster::chooseLayouts()
{
    // Layouts of the first master, in its order.
    QList<std::pair<QString, QString>> layouts; // name, type
    const QString firstMaster = m_masters.constFirst().first;
    const Part *masterPart = nullptr;
    for (const Part &part : std::as_const(m_parts)) {
        if (part.name == firstMaster)
            masterPart = &part;
    }
    if (!masterPart)
        return tr("the slide master is missing.");
    for (const Relationship &r : masterPart->relationships) {
        if (r.type != PptxXml::relType("slideLayout"))
            continue;
        for (const Part &part : std::as_const(m_parts)) {
            if (part.name == r.target)
                layouts.append({part.name, rootAttribute(part.bytes, QStringLiteral("type"))});
        }
    }
    if (layouts.isEmpty())
        return tr("the slide master has no layouts.");
    auto ofType = [&](const QStringList &types) -> QString {
        for (const QString &type : types) {
            for (const auto &[name, layoutType] : layouts) {
                if (layoutType == type)
                    return name;
            }
        }
        return {};
    };
    // Title and Content; else the nearest: a title over a body, a title only.
    m_contentLayout = ofType({QStringLiteral("obj"), QStringLiteral("tx"),
                              QStringLiteral("titleOnly"), QStringLiteral("twoObj")});
    if (m_contentLayout.isEmpty())
        m_contentLayout = layouts.constFirst().first;
    m_titleLayout = ofType({QStringLiteral("title")});
    // LibreOffice writes its title layout as type "tx", named "Title Slide".
    for (const auto &[name, type] : layouts) {
        if (!m_titleLayout.isEmpty())
            break;
        for (const Part &part : std::as_const(m_parts)) {
            if (part.name == name &&
                cSldName(part.bytes).compare(QLatin1String("Title Slide"), Qt::CaseInsensitive) ==
                    0)
                m_titleLayout = name;
        }
    }
    if (m_titleLayout.isEmpty())
        m_titleLayout = m_contentLayout;
    for (const Part &part : std::as_const(m_parts)) {
        if (part.name != m_titleLayout)
            continue;
        bool centred = false;
        std::optional<Placeholder> subtitle;
        for (const Placeholder &ph : placeholdersOf(part.bytes)) {
            centred = centred || ph.type == QLatin1String("ctrTitle");
            if (ph.type == QLatin1String("subTitle") && !subtitle)
                subtitle = ph;
        }
        m_geometry.coverTitleType = centred ? QStringLiteral("ctrTitle") : QStringLiteral("title");
        m_geometry.coverSubtitleType = subtitle ? QStringLiteral("subTitle") : QString();
        m_geometry.coverSubtitleIdx = subtitle ? subtitle->idx : 1;
    }

    // Where the content layout puts its title and body; what it leaves to
    // the master, the master's.
    QList<Placeholder> layoutPh;
    for (const Part &part : std::as_const(m_parts)) {
        if (part.name == m_contentLayout)
            layoutPh = placeholdersOf(part.bytes);
    }
    const QList<Placeholder> masterPh = placeholdersOf(masterPart->bytes);
    const QSize size = m_geometry.slideSize;
    const int margin = int(size.width() * 0.0375);
    const QRect defaultTitle(margin, int(size.height() * 0.04), size.width() - 2 * margin,
                             int(size.height() * 0.13));
    m_geometry.title =
        rectOf(layoutPh, isTitle).value_or(rectOf(masterPh, isTitle).value_or(defaultTitle));
    const int bodyTop = m_geometry.title.bottom() + 1 + int(size.height() * 0.02);
    const QRect defaultBody(m_geometry.title.x(), bodyTop, m_geometry.title.width(),
                            size.height() - bodyTop - int(size.height() * 0.06));
    m_geometry.body =
        rectOf(layoutPh, isBody).value_or(rectOf(masterPh, isBody).value_or(defaultBody));
    // A body that overlaps the title or leaves the slide is no place to draw.
    if (m_geometry.body.intersects(m_geometry.title) ||
        !QRect(QPoint(0, 0), size).contains(m_geometry.body))
        m_geometry.body = defaultBody;
    return {};
}

void PptxMaster::install(OpcPackageWriter &package) const
{
    for (const Part &part : m_parts) {
        package.addPart(part.name, part.contentType, part.bytes);
        for (const Relationship &r : part.relationships)
            package.addRawRelationship(
                part.name, r.id, r.type,
                r.external ? r.target : OpcPackageWriter::relativeTarget(part.name, r.target),
                r.external);
    }
}

} // namespace Yardstick
