// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opcpackagereader.h"

#include "opcpackagewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Yardstick {

namespace {

// A deck is a few megabytes; refuse what cannot be one rather than fill
// memory with it.
constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;

} // namespace

std::optional<OpcPackageReader> OpcPackageReader::open(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not an Office Open XML file (it is not a ZIP package).").arg(path);
        return std::nullopt;
    }
    OpcPackageReader reader;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder entry
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly) || entry.usize() > kMaxPartBytes) {
            *error = tr("%1: the part %2 cannot be read.").arg(path, name);
            return std::nullopt;
        }
        reader.m_parts.insert(name, entry.readAll());
    }
    const QByteArray types = reader.m_parts.value(QStringLiteral("[Content_Types].xml"));
    if (types.isEmpty()) {
        *error = tr("%1 is not an Office Open XML file (it has no [Content_Types].xml).").arg(path);
        return std::nullopt;
    }
    QXmlStreamReader xml(types);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("Default"))
            reader.m_defaults.insert(a.value(QLatin1String("Extension")).toString().toLower(),
                                     a.value(QLatin1String("ContentType")).toString());
        else if (xml.name() == QLatin1String("Override"))
            reader.m_overrides.insert(a.value(QLatin1String("PartName")).toString().mid(1),
                                      a.value(QLatin1String("ContentType")).toString());
    }
    if (xml.hasError()) {
        *error =
            tr("%1: [Content_Types].xml is not well-formed XML: %2").arg(path, xml.errorString());
        return std::nullopt;
    }
    return reader;
}

QString OpcPackageReader::contentType(const QString &name) const
{
    if (m_overrides.contains(name))
        return m_overrides.value(name);
    return m_defaults.value(QFileInfo(name).suffix().toLower());
}

QString OpcPackageReader::resolve(const QString &source, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target).mid(1);
    const QString folder = QFileInfo(QLatin1Char('/') + source).path();
    return QDir::cleanPath(folder + QLatin1Char('/') + target).mid(1);
}

QList<OpcRelationship> OpcPackageReader::relationships(const QString &source) const
{
    QList<OpcRelationship> result;
    const QByteArray bytes = m_parts.value(OpcPackageWriter::relationshipsPartOf(source));
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        OpcRelationship r;
        r.id = a.value(QLatin1String("Id")).toString();
        r.type = a.value(QLatin1String("Type")).toString();
        r.rawTarget = a.value(QLatin1String("Target")).toString();
        r.external = a.value(QLatin1String("TargetMode")) == QLatin1String("External");
        r.target = r.external ? r.rawTarget : resolve(source, r.rawTarget);
        result.append(r);
    }
    return result;
}

std::optional<OpcRelationship> OpcPackageReader::relationshipOfType(const QString &source,
                                                                    const QString &type) const
{
    for (const OpcRelationship &r : relationships(source)) {
        if (r.type == type)
            return r;
    }
    return std::nullopt;
}

} // namespace Yardstick
