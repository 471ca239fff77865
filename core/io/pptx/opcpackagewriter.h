// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Yardstick {

// An Open Packaging Conventions package (ECMA-376 Part 2) being put
// together: parts with their content types and the relationships between
// them. write() adds [Content_Types].xml and the _rels parts and zips it all
// with QuaZip; a failed write leaves no file behind.
class OpcPackageWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::OpcPackageWriter)

public:
    // name without a leading slash: "ppt/slides/slide1.xml".
    void addPart(const QString &name, const QString &contentType, const QByteArray &bytes);
    bool hasPart(const QString &name) const { return m_parts.contains(name); }
    // A relationship from source ("" for the package) to target (a part
    // name, turned into a path relative to the source); returns its id.
    QString addRelationship(const QString &source, const QString &type, const QString &target);
    // A relationship whose id and target the caller chose (copied parts).
    void addRawRelationship(const QString &source, const QString &id, const QString &type,
                            const QString &target, bool external = false);

    // Empty on success, else why.
    QString write(const QString &path) const;

    // The path from the part source to the part target ("../media/a.png").
    static QString relativeTarget(const QString &source, const QString &target);
    // "ppt/slides/_rels/slide1.xml.rels" for "ppt/slides/slide1.xml".
    static QString relationshipsPartOf(const QString &source);

private:
    struct Part
    {
        QString contentType;
        QByteArray bytes;
    };
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
        bool external = false;
    };
    QByteArray contentTypesXml() const;
    static QByteArray relationshipsXml(const QList<Relationship> &relationships);

    QMap<QString, Part> m_parts; // sorted: a stable order in the ZIP
    QMap<QString, QList<Relationship>> m_relationships;
};

} // namespace Yardstick
