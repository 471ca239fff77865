// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartpage.h"
#include "charts/chartplot.h"
#include "charts/heatmapplot.h"
#include "charts/qcustomplotshim.h"
#include "chartslide.h"
#include "io/pptx/pptxmaster.h"
#include "report/chartslidetext.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>
#include <vector>

namespace Yardstick {

namespace {

constexpr double kInchesPerMetre = 1 / 0.0254;

// An offscreen plot drawn for a page; deleted with the unique_ptr.
std::unique_ptr<QCustomPlot> plotFor(const AnyChart &chart, const ChartExportOptions &options)
{
    std::unique_ptr<QCustomPlot> plot(createChartPlot(nullptr));
    ChartPlot::populate(plot.get(), chart, ChartExporter::themeFor(options));
    return plot;
}

// Paints the page on an open painter whose device is deviceWidth pixels
// wide. vector: PDF and SVG, where no line may be cosmetic (a hairline
// there is as thin as the viewer's zoom makes it).
void paintPage(QCPPainter *painter, double deviceWidth, QCustomPlot *plot,
               const ChartExportOptions &options, bool vector)
{
    const ChartPage page(options, ChartPage::logicalSizeFor(options));
    if (vector) {
        painter->setMode(QCPPainter::pmVectorized);
        painter->setMode(QCPPainter::pmNonCosmetic);
    }
    const double scale = deviceWidth / page.logicalSize().width();
    painter->scale(scale, scale);
    page.paint(painter, plot);
}

QImage renderWith(QCustomPlot *plot, const ChartExportOptions &options, const QSize &pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        paintPage(&painter, pixels.width(), plot, options, false);
    }
    // After painting: nothing on the page is sized in points, but the DPI
    // belongs in the file for whoever places the image.
    const int dotsPerMetre = qRound(options.dpi * kInchesPerMetre);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

QString cannotWrite(const QString &filePath, const QString &reason)
{
    return ChartExporter::tr("Cannot write the chart to %1: %2").arg(filePath, reason);
}

ChartExportResult commit(QSaveFile &file, const QString &filePath)
{
    if (!file.commit())
        return {cannotWrite(filePath, file.errorString())};
    return {};
}

ChartExportResult writePng(QCustomPlot *plot, const ChartExportOptions &options,
                           const QString &filePath)
{
    const QImage image = renderWith(plot, options, options.pixelSize());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return {cannotWrite(filePath, file.errorString())};
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return {cannotWrite(filePath, writer.errorString())};
    }
    return commit(file, filePath);
}

// Every plot on a page of its own, in order.
ChartExportResult writePdf(const QList<QCustomPlot *> &plots, const ChartExportOptions &options,
                           const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return {cannotWrite(filePath, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Yardstick"));
        pdf.setTitle(options.title);
        pdf.setResolution(options.dpi);
        const QSizeF mm = options.pageSizeMillimetres();
        const bool landscape = mm.width() > mm.height();
        // Page sizes are portrait; the orientation turns them.
        const QPageSize size =
            options.isPaper() ? QPageSize(QPageSize::A4)
                              : QPageSize(landscape ? mm.transposed() : mm, QPageSize::Millimeter,
                                          QString(), QPageSize::ExactMatch);
        pdf.setPageLayout(QPageLayout(size,
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return {cannotWrite(filePath, ChartExporter::tr("the PDF could not be started"))};
        }
        for (qsizetype i = 0; i < plots.size(); ++i) {
            if (i > 0 && !pdf.newPage()) {
                painter.end();
                file.cancelWriting();
                return {cannotWrite(filePath, ChartExporter::tr("a new PDF page could not be "
                                                                "started"))};
            }
            // paintPage scales the painter; each page starts from the device's.
            painter.save();
            paintPage(&painter, pdf.width(), plots.at(i), options, true);
            painter.restore();
        }
        painter.end();
    }
    return commit(file, filePath);
}

// The SVG drawing on an open device.
bool paintSvg(QCustomPlot *plot, const ChartExportOptions &options, QIODevice *device)
{
    const QSize pixels = options.pixelSize();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(pixels);
    svg.setViewBox(QRect(QPoint(0, 0), pixels));
    // The generator converts point sizes with this resolution (72 unless
    // told), and writes the physical size from it.
    svg.setResolution(options.dpi);
    svg.setTitle(options.title);
    svg.setDescription(options.subtitle);
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintPage(&painter, pixels.width(), plot, options, true);
    painter.end();
    return true;
}

ChartExportResult writeSvg(QCustomPlot *plot, const ChartExportOptions &options,
                           const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return {cannotWrite(filePath, file.errorString())};
    if (!paintSvg(plot, options, &file)) {
        file.cancelWriting();
        return {cannotWrite(filePath, ChartExporter::tr("the SVG could not be started"))};
    }
    return commit(file, filePath);
}

} // namespace

ChartExportOptions ChartExporter::optionsFor(const AnyChart &chart, const QString &organisation)
{
    const ChartCaption caption = captionOf(chart);
    ChartExportOptions options;
    options.title = caption.title;
    options.subtitle = caption.subtitle;
    options.footnote = caption.source;
    options.organisation = organisation;
    return options;
}

ChartTheme ChartExporter::themeFor(const ChartExportOptions &options)
{
    const QSizeF logical = ChartPage::logicalSizeFor(options);
    const ChartPage page(options, logical);
    ChartTheme theme = ChartTheme::print(page.plotRect().size());
    // The smallest text: 9 logical pixels on paper (6.75 pt), and on a pixel
    // output at least 12 of its pixels, which a slide shows legibly.
    const double scale = options.pixelSize().width() / logical.width();
    theme.setMinimumFontPixels(options.isPaper() ? 9.0 : std::max(6.5, 12.0 / scale));
    return theme;
}

ChartExportResult ChartExporter::exportChart(const AnyChart &chart,
                                             const ChartExportOptions &options,
                                             const QString &filePath)
{
    if (const QString problem = options.validate(); !problem.isEmpty())
        return {problem};
    if (options.format == ChartExportOptions::Format::Pptx)
        return {ChartSlide::writeDeck(chart, options, filePath, PptxMaster::builtIn())};
    const QList<AnyChart> pages = pagesOf(chart, options);
    if (options.format == ChartExportOptions::Format::Pdf) {
        std::vector<std::unique_ptr<QCustomPlot>> owned;
        QList<QCustomPlot *> plots;
        for (const AnyChart &page : pages) {
            owned.push_back(plotFor(page, options));
            plots.append(owned.back().get());
        }
        return writePdf(plots, options, filePath);
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const auto plot = plotFor(pages.at(i), options);
        const ChartExportResult written =
            exportPlot(plot.get(), options, pageFileName(filePath, int(i)));
        if (!written.ok())
            return written;
    }
    return {};
}

QList<AnyChart> ChartExporter::pagesOf(const AnyChart &chart, const ChartExportOptions &options)
{
    const auto *heatmap = std::get_if<HeatmapChart>(&chart);
    if (!heatmap)
        return {chart};
    QList<AnyChart> pages;
    for (const HeatmapChart &part :
         heatmapPages(*heatmap, HeatmapPlot::rowsPerPage(*heatmap, themeFor(options))))
        pages.append(AnyChart(part));
    return pages;
}

QString ChartExporter::pageFileName(const QString &filePath, int page)
{
    if (page <= 0)
        return filePath;
    // One multi-argument arg(): a "%2" in a folder's name stays as it is.
    const QString number = QString::number(page + 1);
    const QString suffix = QFileInfo(filePath).suffix();
    if (suffix.isEmpty())
        return QStringLiteral("%1-%2").arg(filePath, number);
    return QStringLiteral("%1-%2.%3").arg(filePath.chopped(suffix.size() + 1), number, suffix);
}

int ChartExporter::pageCount(const AnyChart &chart, const ChartExportOptions &options)
{
    if (options.format == ChartExportOptions::Format::Pptx)
        return int(ChartSlide::slidesOf(chart, options).size());
    return int(pagesOf(chart, options).size());
}

QStringList ChartExporter::filesFor(const AnyChart &chart, const ChartExportOptions &options,
                                    const QString &filePath)
{
    if (options.format == ChartExportOptions::Format::Pdf ||
        options.format == ChartExportOptions::Format::Pptx)
        return {filePath};
    QStringList files;
    const int pages = pageCount(chart, options);
    for (int i = 0; i < pages; ++i)
        files << pageFileName(filePath, i);
    return files;
}

ChartExportResult ChartExporter::exportPlot(QCustomPlot *plot, const ChartExportOptions &options,
                                            const QString &filePath)
{
    if (const QString problem = options.validate(); !problem.isEmpty())
        return {problem};
    switch (options.format) {
    case ChartExportOptions::Format::Png:
        return writePng(plot, options, filePath);
    case ChartExportOptions::Format::Pdf:
        return writePdf({plot}, options, filePath);
    case ChartExportOptions::Format::Pptx:
        return {ChartSlide::writeDeck(plot, options, ChartSlideText(), filePath)};
    case ChartExportOptions::Format::Svg:
        break;
    }
    return writeSvg(plot, options, filePath);
}

QImage ChartExporter::renderImage(const AnyChart &chart, const ChartExportOptions &options)
{
    const auto plot = plotFor(chart, options);
    return renderImage(plot.get(), options);
}

QImage ChartExporter::renderImage(QCustomPlot *plot, const ChartExportOptions &options)
{
    return renderWith(plot, options, options.pixelSize());
}

QByteArray ChartExporter::renderSvg(QCustomPlot *plot, const ChartExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!paintSvg(plot, options, &buffer))
        return {};
    return bytes;
}

QImage ChartExporter::renderPreview(const AnyChart &chart, const ChartExportOptions &options,
                                    const QSize &maxSize)
{
    const auto plot = plotFor(chart, options);
    const QSize pixels = options.pixelSize().scaled(maxSize, Qt::KeepAspectRatio);
    return renderWith(plot.get(), options, pixels.expandedTo(QSize(1, 1)));
}

void ChartExporter::copyToClipboard(const AnyChart &chart, const ChartExportOptions &options)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(renderImage(chart, options));
}

} // namespace Yardstick
