// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Looking inside a .pptx the way a reader of ECMA-376 would, with QuaZip
// and QXmlStreamReader and none of the writer's code: the parts, their
// content types, the relationships, the text of a slide, and LibreOffice's
// opinion of the deck (its page count as a PDF).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PptxReading {

struct Relationship
{
    QString id;
    QString type;   // the last word: "slide", "image", "notesSlide"…
    QString target; // resolved to a part name
    bool external = false;
};

struct Package
{
    QMap<QString, QByteArray> parts;
    QMap<QString, QString> defaults;  // extension → content type
    QMap<QString, QString> overrides; // part name → content type

    bool ok() const { return parts.contains(QStringLiteral("[Content_Types].xml")); }
    QString contentType(const QString &part) const;
    QList<Relationship> relationships(const QString &source) const;
    // The one relationship of source with this type word; empty when none.
    QList<Relationship> relationshipsOfType(const QString &source, const QString &type) const;
    // The slide parts in presentation order (p:sldIdLst).
    QStringList slides() const;
    // Every a:t text of a part, in order.
    QStringList texts(const QString &part) const;
    // What is wrong with the package: parts without a content type,
    // relationships to missing parts, XML that does not parse. Empty: none.
    QStringList problems() const;
};

Package read(const QString &path);

// Converts the deck with LibreOffice (a private profile) and returns the
// PDF's page count by pdfinfo; -1 (with a WARN) when soffice or pdfinfo is
// missing, so the test skips what it cannot check.
int libreOfficePages(const QString &pptx, const QString &workDir);

} // namespace PptxReading
