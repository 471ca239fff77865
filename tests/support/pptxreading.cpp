// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxreading.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace PptxReading {

namespace {

QString relsOf(const QString &source)
{
    if (source.isEmpty())
        return QStringLiteral("_rels/.rels");
    const QFileInfo info(source);
    const QString folder =
        info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

QString resolve(const QString &source, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target).mid(1);
    const QString folder = QFileInfo(QLatin1Char('/') + source).path();
    return QDir::cleanPath(folder + QLatin1Char('/') + target).mid(1);
}

} // namespace

Package read(const QString &path)
{
    Package package;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return package;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        if (entry.open(QIODevice::ReadOnly))
            package.parts.insert(zip.getCurrentFileName(), entry.readAll());
    }
    QXmlStreamReader xml(package.parts.value(QStringLiteral("[Content_Types].xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("Default"))
            package.defaults.insert(a.value(QLatin1String("Extension")).toString().toLower(),
                                    a.value(QLatin1String("ContentType")).toString());
        else if (xml.name() == QLatin1String("Override"))
            package.overrides.insert(a.value(QLatin1String("PartName")).toString().mid(1),
                                     a.value(QLatin1String("ContentType")).toString());
    }
    return package;
}

QString Package::contentType(const QString &part) const
{
    if (overrides.contains(part))
        return overrides.value(part);
    return defaults.value(QFileInfo(part).suffix().toLower());
}

QList<Relationship> Package::relationships(const QString &source) const
{
    QList<Relationship> result;
    QXmlStreamReader xml(parts.value(relsOf(source)));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        Relationship r;
        r.id = a.value(QLatin1String("Id")).toString();
        r.type = a.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1);
        r.external = a.value(QLatin1String("TargetMode")) == QLatin1String("External");
        const QString target = a.value(QLatin1String("Target")).toString();
        r.target = r.external ? target : resolve(source, target);
        result.append(r);
    }
    return result;
}

QList<Relationship> Package::relationshipsOfType(const QString &source, const QString &type) const
{
    QList<Relationship> result;
    for (const Relationship &r : relationships(source)) {
        if (r.type == type)
            result.append(r);
    }
    return result;
}

QStringList Package::slides() const
{
    const QList<Relationship> document =
        relationshipsOfType(QString(), QStringLiteral("officeDocument"));
    if (document.isEmpty())
        return {};
    const QString presentation = document.constFirst().target;
    QMap<QString, QString> byId;
    for (const Relationship &r : relationships(presentation))
        byId.insert(r.id, r.target);
    QStringList result;
    QXmlStreamReader xml(parts.value(presentation));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sldId"))
            result.append(byId.value(xml.attributes()
                                         .value(QStringLiteral("http://schemas.openxmlformats.org/"
                                                               "officeDocument/2006/relationships"),
                                                QLatin1String("id"))
                                         .toString()));
    }
    return result;
}

QStringList Package::texts(const QString &part) const
{
    QStringList result;
    QXmlStreamReader xml(parts.value(part));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("a:t"))
            result.append(xml.readElementText());
    }
    return result;
}

QStringList Package::problems() const
{
    QStringList found;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString &name = it.key();
        if (name == QLatin1String("[Content_Types].xml"))
            continue;
        if (!name.endsWith(QLatin1String(".rels")) && contentType(name).isEmpty())
            found.append(QStringLiteral("no content type: ") + name);
        if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"))) {
            QXmlStreamReader xml(it.value());
            while (!xml.atEnd())
                xml.readNext();
            if (xml.hasError())
                found.append(QStringLiteral("not well-formed: ") + name + QStringLiteral(": ") +
                             xml.errorString());
        }
        if (name.endsWith(QLatin1String(".rels"))) {
            // The source of _rels/x.xml.rels is x.xml beside the _rels folder.
            QString source = name;
            source.remove(QStringLiteral("_rels/"));
            source.chop(5);
            if (name == QLatin1String("_rels/.rels"))
                source.clear();
            else if (!parts.contains(source))
                found.append(QStringLiteral("relationships of a missing part: ") + name);
            for (const Relationship &r : relationships(source)) {
                if (!r.external && !parts.contains(r.target))
                    found.append(QStringLiteral("missing target: ") + name + QStringLiteral(" → ") +
                                 r.target);
            }
        }
    }
    return found;
}

int libreOfficePages(const QString &pptx, const QString &workDir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        WARN("soffice or pdfinfo is missing: LibreOffice's reading of the deck is not checked");
        return -1;
    }
    QProcess convert;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), workDir);
    convert.setProcessEnvironment(environment);
    convert.start(
        QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=file://") + workDir + QStringLiteral("/lo-profile"),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), workDir, pptx});
    REQUIRE(convert.waitForFinished(120000));
    const QString pdf =
        QDir(workDir).filePath(QFileInfo(pptx).completeBaseName() + QStringLiteral(".pdf"));
    INFO(convert.readAllStandardError().toStdString());
    REQUIRE(QFileInfo::exists(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(QString::fromUtf8(info.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace PptxReading
