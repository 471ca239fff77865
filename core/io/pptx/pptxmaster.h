// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pptxdeck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

class OpcPackageWriter;

// The slide master(s), layouts and theme a deck's slides are put on:
// Yardstick's own plain one, or those of the organisation's deck (.pptx or
// .potx), copied part for part with every part they refer to. Knows which
// layout takes the title slide and which the content slides (the one of
// type "obj", Title and Content), and where that layout puts the title and
// the body.
class PptxMaster final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PptxMaster)

public:
    static PptxMaster builtIn();
    // The masters of a deck, or nullopt with why in *error.
    static std::optional<PptxMaster> load(const QString &path, QString *error);

    const PptxGeometry &geometry() const { return m_geometry; }
    QString titleLayout() const { return m_titleLayout; }
    QString contentLayout() const { return m_contentLayout; }
    QString theme() const { return m_theme; }
    // The copied master part names and their ids for sldMasterIdLst.
    QList<std::pair<QString, qint64>> masters() const { return m_masters; }
    QStringList partNames() const;

    // Adds the parts and their relationships to package.
    void install(OpcPackageWriter &package) const;

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target; // a part name, or the raw target when external
        bool external = false;
    };
    struct Part
    {
        QString name;
        QString contentType;
        QByteArray bytes;
        QList<Relationship> relationships;
    };
    // Chooses the layouts and reads the content layout's geometry.
    QString chooseLayouts();

    QList<Part> m_parts;
    QList<std::pair<QString, qint64>> m_masters;
    QString m_theme;
    QString m_titleLayout;
    QString m_contentLayout;
    PptxGeometry m_geometry;
};

} // namespace Yardstick
