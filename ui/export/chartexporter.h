// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"
#include "chartexportoptions.h"
#include "charts/charttheme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QCustomPlot;

namespace Yardstick {

// How an export went: empty error when the file was written.
struct ChartExportResult
{
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Writes a chart on its page (ChartPage) as PNG, PDF or SVG, renders it for
// the clipboard or a preview. Every output paints the same layout through
// one painter scaled from logical pixels to the device, so fonts and lines
// grow with the output and text stays sharp: PNG at the exact pixel size
// with the DPI in its header, PDF as vectors with embedded fonts on a page
// of the preset's size, SVG with its resolution set to the DPI.
//
// Needs a QApplication (QCustomPlot is a widget); headless tools run it
// with QT_QPA_PLATFORM=offscreen.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ChartExporter)

public:
    // Options with the chart's title, subtitle and source line and the
    // workbench's organisation filled in.
    static ChartExportOptions optionsFor(const AnyChart &chart, const QString &organisation);

    // The theme a plot must be populated with to be exported with options:
    // print colours, fonts in the page's logical pixels, the plot's size.
    static ChartTheme themeFor(const ChartExportOptions &options);

    // The pages chart is drawn on: a heat map with more standards than the
    // page holds legibly is cut into pages (heatmapPages), each saying which
    // standards it shows; any other chart is one page.
    static QList<AnyChart> pagesOf(const AnyChart &chart, const ChartExportOptions &options);
    // The file a page after the first goes to: "chart.png", "chart-2.png",
    // "chart-3.png". PNG and SVG hold one page a file; PDF and PowerPoint
    // put every page in filePath.
    static QString pageFileName(const QString &filePath, int page);
    // How many pages (PDF), files (PNG, SVG) or slides (PowerPoint) the
    // export of chart takes.
    static int pageCount(const AnyChart &chart, const ChartExportOptions &options);
    // The files exportChart writes for chart, in page order.
    static QStringList filesFor(const AnyChart &chart, const ChartExportOptions &options,
                                const QString &filePath);

    // Draws chart afresh for the page and writes it to filePath; every page
    // of a paged chart (pagesOf) is written, none is left out.
    static ChartExportResult exportChart(const AnyChart &chart, const ChartExportOptions &options,
                                         const QString &filePath);
    // Writes a plot the caller populated with themeFor(options).
    static ChartExportResult exportPlot(QCustomPlot *plot, const ChartExportOptions &options,
                                        const QString &filePath);

    // The page as an image of exactly options.pixelSize(), its dots per
    // metre set from the DPI.
    static QImage renderImage(const AnyChart &chart, const ChartExportOptions &options);
    static QImage renderImage(QCustomPlot *plot, const ChartExportOptions &options);
    // The page as an SVG drawing of options.pixelSize(), its resolution
    // the DPI: what the SVG export writes.
    static QByteArray renderSvg(QCustomPlot *plot, const ChartExportOptions &options);

    // The page scaled to fit maxSize, for a dialog's preview.
    static QImage renderPreview(const AnyChart &chart, const ChartExportOptions &options,
                                const QSize &maxSize);

    // Puts the page's image on the clipboard.
    static void copyToClipboard(const AnyChart &chart, const ChartExportOptions &options);
};

} // namespace Yardstick
