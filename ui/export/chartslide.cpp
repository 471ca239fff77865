// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartslide.h"

#include "chartexporter.h"
#include "charts/chartplot.h"
#include "charts/qcustomplotshim.h"
#include "io/pptx/pptxmaster.h"
#include "io/pptx/pptxwriter.h"

#include <QBuffer>
#include <QImageWriter>

#include <memory>

namespace Yardstick {

namespace {

// Wide enough to stay sharp on a projector where the SVG is not drawn.
constexpr int kPictureWidth = 1600;

PptxPicture pictureOf(QCustomPlot *plot, const ChartExportOptions &options,
                      const QString &description)
{
    PptxPicture picture;
    const QImage image = ChartExporter::renderImage(plot, options);
    QBuffer buffer(&picture.png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    picture.svg = ChartExporter::renderSvg(plot, options);
    picture.pixels = image.size();
    picture.description = description;
    return picture;
}

PptxSlide slideWith(PptxPicture picture, const ChartExportOptions &options,
                    const ChartSlideText &text)
{
    PptxSlide slide;
    slide.title = options.title;
    slide.takeaway = text.takeaway;
    slide.takeawayDetail = text.detail;
    slide.notes = text.notes;
    slide.picture = std::move(picture);
    return slide;
}

} // namespace

QRect ChartSlide::pictureArea(const ChartSlideText &text, const PptxGeometry &geometry)
{
    return text.takeaway.isEmpty() ? geometry.body : geometry.belowTakeaway(!text.detail.isEmpty());
}

ChartExportOptions ChartSlide::pictureOptions(const ChartExportOptions &options, const QRect &area)
{
    ChartExportOptions picture = options;
    picture.format = ChartExportOptions::Format::Png;
    picture.preset = ChartExportOptions::SizePreset::Custom;
    picture.customSize = QSize(
        kPictureWidth,
        std::max(100, int(qint64(kPictureWidth) * area.height() / std::max(1, area.width()))));
    picture.dpi = 150;
    picture.title.clear(); // the slide's title says it, editable
    return picture;
}

PptxSlide ChartSlide::make(const AnyChart &chart, const ChartExportOptions &options,
                           const ChartSlideText &text, const PptxGeometry &geometry)
{
    const ChartExportOptions picture = pictureOptions(options, pictureArea(text, geometry));
    std::unique_ptr<QCustomPlot> plot(createChartPlot(nullptr));
    ChartPlot::populate(plot.get(), chart, ChartExporter::themeFor(picture));
    return slideWith(pictureOf(plot.get(), picture, options.title), options, text);
}

PptxSlide ChartSlide::make(QCustomPlot *plot, const ChartExportOptions &options,
                           const ChartSlideText &text, const PptxGeometry &)
{
    ChartExportOptions picture = options;
    picture.format = ChartExportOptions::Format::Png;
    picture.title.clear();
    return slideWith(pictureOf(plot, picture, options.title), options, text);
}

QList<AnyChart> ChartSlide::slidesOf(const AnyChart &chart, const ChartExportOptions &options)
{
    // A heat map too long for one picture gets a slide for each page, as in
    // the report deck: every standard is on a slide.
    const PptxGeometry geometry = PptxMaster::builtIn().geometry();
    const ChartExportOptions picture =
        pictureOptions(options, pictureArea(ChartSlideText::of(chart), geometry));
    return ChartExporter::pagesOf(chart, picture);
}

QString ChartSlide::writeDeck(const AnyChart &chart, const ChartExportOptions &options,
                              const QString &path, const PptxMaster &master)
{
    PptxDeck deck;
    deck.title = options.title;
    deck.author = options.organisation;
    for (const AnyChart &page : slidesOf(chart, options))
        deck.slides.append(make(page, options, ChartSlideText::of(page), master.geometry()));
    return PptxWriter::write(deck, master, path);
}

QString ChartSlide::writeDeck(QCustomPlot *plot, const ChartExportOptions &options,
                              const ChartSlideText &text, const QString &path)
{
    const PptxMaster master = PptxMaster::builtIn();
    PptxDeck deck;
    deck.title = options.title;
    deck.author = options.organisation;
    deck.slides.append(make(plot, options, text, master.geometry()));
    return PptxWriter::write(deck, master, path);
}

} // namespace Yardstick
