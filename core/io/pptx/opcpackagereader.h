// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Yardstick {

// A relationship as a package states it, its target resolved to a part
// name ("ppt/slideLayouts/slideLayout2.xml").
struct OpcRelationship
{
    QString id;
    QString type;
    QString target; // resolved; the raw text for an external target
    QString rawTarget;
    bool external = false;
};

// An Open Packaging Conventions package read whole (decks are small): its
// parts, their content types and the relationships between them. Reads the
// organisation's master deck and lets the tests look inside what the writer
// made.
class OpcPackageReader final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::OpcPackageReader)

public:
    // The package, or nullopt with why in *error.
    static std::optional<OpcPackageReader> open(const QString &path, QString *error);

    QStringList partNames() const { return m_parts.keys(); }
    bool hasPart(const QString &name) const { return m_parts.contains(name); }
    QByteArray part(const QString &name) const { return m_parts.value(name); }
    // From the part name's Override, else its extension's Default; empty
    // when [Content_Types].xml gives it none.
    QString contentType(const QString &name) const;
    // The relationships of source ("" for the package's own).
    QList<OpcRelationship> relationships(const QString &source) const;
    // The first relationship of source with this type, if any.
    std::optional<OpcRelationship> relationshipOfType(const QString &source,
                                                      const QString &type) const;

    // target relative to source's folder, resolved to a part name.
    static QString resolve(const QString &source, const QString &target);

private:
    QMap<QString, QByteArray> m_parts; // including the _rels and content types parts
    QMap<QString, QString> m_defaults; // extension (lower case) → content type
    QMap<QString, QString> m_overrides;
};

} // namespace Yardstick
