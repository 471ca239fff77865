// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcpackagewriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Yardstick {

namespace {

const QString kContentTypesNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString kRelationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

// Every package part: the relationships and the content types are the
// package's own and have Default entries.
const QString kRelsType =
    QStringLiteral("application/vnd.openxmlformats-package.relationships+xml");

} // namespace

void OpcPackageWriter::addPart(const QString &name, const QString &contentType,
                               const QByteArray &bytes)
{
    m_parts.insert(name, {contentType, bytes});
}

QString OpcPackageWriter::addRelationship(const QString &source, const QString &type,
                                          const QString &target)
{
    QList<Relationship> &list = m_relationships[source];
    // Ids unique within the source; copied relationships may use rIdN
    // already, so count past the highest.
    int next = 1;
    for (const Relationship &r : std::as_const(list)) {
        if (r.id.startsWith(QLatin1String("rId")))
            next = std::max(next, r.id.mid(3).toInt() + 1);
    }
    const QString id = QStringLiteral("rId%1").arg(next);
    list.append({id, type, relativeTarget(source, target), false});
    return id;
}

void OpcPackageWriter::addRawRelationship(const QString &source, const QString &id,
                                          const QString &type, const QString &target, bool external)
{
    m_relationships[source].append({id, type, target, external});
}

QString OpcPackageWriter::relativeTarget(const QString &source, const QString &target)
{
    if (source.isEmpty())
        return target;
    const QString from = QFileInfo(QLatin1Char('/') + source).path();
    return QDir(from).relativeFilePath(QLatin1Char('/') + target);
}

QString OpcPackageWriter::relationshipsPartOf(const QString &source)
{
    if (source.isEmpty())
        return QStringLiteral("_rels/.rels");
    const int slash = int(source.lastIndexOf(QLatin1Char('/')));
    return source.left(slash + 1) + QStringLiteral("_rels/") + source.mid(slash + 1) +
           QStringLiteral(".rels");
}

QByteArray OpcPackageWriter::contentTypesXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(kContentTypesNs);
    // Pictures by extension, every other part by name: a part of an
    // unexpected type then still says what it is.
    const QList<std::pair<QString, QString>> defaults = {
        {QStringLiteral("rels"), kRelsType},
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
    };
    for (const auto &[extension, type] : defaults) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    }
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        const QString extension = QFileInfo(it.key()).suffix().toLower();
        bool covered = false;
        for (const auto &[e, type] : defaults)
            covered = covered || (e == extension && type == it->contentType);
        if (covered)
            continue;
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), QLatin1Char('/') + it.key());
        xml.writeAttribute(QStringLiteral("ContentType"), it->contentType);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OpcPackageWriter::relationshipsXml(const QList<Relationship> &relationships)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(kRelationshipsNs);
    for (const Relationship &r : relationships) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), r.id);
        xml.writeAttribute(QStringLiteral("Type"), r.type);
        xml.writeAttribute(QStringLiteral("Target"), r.target);
        if (r.external)
            xml.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString OpcPackageWriter::write(const QString &path) const
{
    QList<std::pair<QString, QByteArray>> entries;
    // [Content_Types].xml first, as Office writes it.
    entries.append({QStringLiteral("[Content_Types].xml"), contentTypesXml()});
    for (auto it = m_relationships.cbegin(); it != m_relationships.cend(); ++it)
        entries.append({relationshipsPartOf(it.key()), relationshipsXml(*it)});
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it)
        entries.append({it.key(), it->bytes});

    // Zipped in memory (QuaZip closes its device, which a QSaveFile must
    // not be), then saved in one go so a failure leaves no half file.
    QByteArray zipped;
    {
        QBuffer buffer(&zipped);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return tr("Cannot write %1: the ZIP container could not be started.").arg(path);
        for (const auto &[name, bytes] : std::as_const(entries)) {
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
            if (!entry.open(QIODevice::WriteOnly, info) || entry.write(bytes) != bytes.size()) {
                zip.close();
                return tr("Cannot write %1: the part %2 could not be stored.").arg(path, name);
            }
            entry.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return tr("Cannot write %1: the ZIP container could not be finished.").arg(path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zipped) != zipped.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace Yardstick
