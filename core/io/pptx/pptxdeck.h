// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// EMU: English Metric Units, the deck's coordinates (914,400 to the inch).
constexpr qint64 kEmuPerInch = 914400;
constexpr qint64 kEmuPerPoint = 12700;

// A chart as a picture: the PNG every viewer shows and the SVG that
// PowerPoint 2016 and later draws instead, so it stays crisp when scaled.
struct PptxPicture
{
    QByteArray png;
    QByteArray svg; // may be empty: the PNG alone
    QSize pixels;   // the PNG's size: its aspect ratio is kept on the slide
    QString description;
};

// A native table: the first row is the header, repeated on every slide
// the rows continue on.
struct PptxTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<double> columnWeights;    // relative widths; empty: equal
    QList<bool> alignRight;         // per column; empty: all left
    QList<QStringList> textColours; // per row, per cell: "RRGGBB" or empty
    QString continuedTitle;         // the title of the slides it continues on
    int fontPoints = 12;

    // Rows [first, last) per slide so that each slide's rows fit height
    // (EMU) in a table width wide: a cell's lines estimated from its text's
    // length at an average character width of half the font size.
    QList<std::pair<int, int>> paginate(qint64 width, qint64 height) const;
    QList<qint64> columnWidths(qint64 width) const;
    qint64 rowHeight(const QStringList &cells, qint64 width, bool header) const;
};

struct PptxSlide
{
    enum class Kind
    {
        Title,   // the deck's first: a centred title and subtitle lines
        Content, // a title and what follows
    };
    Kind kind = Kind::Content;
    QString title;
    QStringList subtitle; // the title slide's lines
    QString takeaway;     // the one line to remember, editable text
    QString takeawayDetail;
    std::optional<PptxTable> table;
    std::optional<PptxPicture> picture;
    QStringList notes; // speaker notes, a paragraph each
};

struct PptxDeck
{
    QString title;
    QString author;
    QList<PptxSlide> slides;
};

// Where a content slide's title and body sit, from the layout's
// placeholders (EMU).
struct PptxGeometry
{
    QSize slideSize{12192000, 6858000}; // 13.333 × 7.5 in, 16:9
    QRect title;
    QRect body;
    // The title slide's placeholders as its layout names them, so its words
    // take the layout's places: "ctrTitle" or "title"; "subTitle" (idx
    // as the layout has it, -1 for none) or a body with idx 1.
    QString coverTitleType = QStringLiteral("ctrTitle");
    QString coverSubtitleType = QStringLiteral("subTitle");
    int coverSubtitleIdx = 1;

    // The takeaway's box on top of the body, and what is left for the
    // picture or table under it.
    QRect takeawayBox(bool withDetail) const;
    QRect belowTakeaway(bool withDetail) const;
    // The largest rect of aspect ratio pixels in area, centred across, at its top.
    static QRect fitted(const QRect &area, const QSize &pixels);
};

} // namespace Yardstick
