// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Yardstick::PptxDefaultMaster {

// Yardstick's own plain 16:9 slide master when the organisation gives none:
// one master, a title layout (type="title") and a title-and-content layout
// (type="obj"), a theme with DejaVu-like sans fonts and Yardstick's blue;
// and the notes master every deck with speaker notes needs.

QByteArray slideMasterXml();   // relationships: rId1 title layout, rId2 content layout, rId3 theme
QByteArray titleLayoutXml();   // rId1 → master
QByteArray contentLayoutXml(); // rId1 → master
QByteArray themeXml(const QString &name);
QByteArray notesMasterXml(); // rId1 → its theme

} // namespace Yardstick::PptxDefaultMaster
