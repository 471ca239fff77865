// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace Yardstick::PptxXml {

// The names ECMA-376 gives the parts of a deck and the links between them.
// Prefixed element names are written as they are ("p:sld"); the root
// element declares the prefixes (declareNamespaces).

inline const QString nsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString nsR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString nsP =
    QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
// PowerPoint's vector pictures (Office 2016): the SVG beside the PNG blip.
inline const QString nsSvg =
    QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main");
inline const QString svgBlipExtension = QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}");

QString relType(const char *name); // ".../relationships/" + name
inline const QString relOfficeDocument = QStringLiteral(
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
inline const QString relCoreProperties = QStringLiteral(
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");

QString contentType(const char *name); // "application/vnd.openxmlformats-officedocument." + name

// <root xmlns:a=… xmlns:r=… xmlns:p=…>
void startRoot(QXmlStreamWriter &xml, const QString &name);
// A run of text in a paragraph: <a:r><a:rPr lang sz b/><a:t>text</a:t></a:r>.
// size in hundredths of a point, 0: inherited.
void writeRun(QXmlStreamWriter &xml, const QString &text, int size = 0, bool bold = false,
              const QString &colourHex = {});
void writeTransform(QXmlStreamWriter &xml, const char *element, qint64 x, qint64 y, qint64 cx,
                    qint64 cy);
// The empty group-shape properties every shape tree begins with.
void writeTreeStart(QXmlStreamWriter &xml);
// A placeholder shape that inherits position and look from its layout.
// idx < 0: none.
void writePlaceholder(QXmlStreamWriter &xml, int id, const QString &name, const QString &type,
                      int idx, const QStringList &paragraphs);

} // namespace Yardstick::PptxXml
