// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pptxdeck.h"

#include <QByteArray>
#include <QString>

namespace Yardstick::PptxSlideXml {

// The relationship ids a slide's XML refers to.
struct SlideLinks
{
    QString png; // the picture's PNG, empty without a picture
    QString svg; // its SVG, empty without one
};

// One slide (PresentationML p:sld): the title in the layout's title
// placeholder, the takeaway as a text box, the picture fitted to the body
// with its aspect ratio kept, and the table's rows [first, last) as a:tbl.
QByteArray slideXml(const PptxSlide &slide, const QString &title, const PptxGeometry &geometry,
                    const SlideLinks &links, int firstRow, int lastRow);

// The speaker notes of a slide (p:notes), a paragraph per line.
QByteArray notesXml(const QStringList &notes);

} // namespace Yardstick::PptxSlideXml
