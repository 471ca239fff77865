// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"
#include "chartexportoptions.h"
#include "io/pptx/pptxdeck.h"
#include "report/chartslidetext.h"

#include <QCoreApplication>
#include <QString>

class QCustomPlot;

namespace Yardstick {

class PptxMaster;

// A chart on a PowerPoint slide: the chart's title in the layout's title,
// the takeaway line as text, the chart drawn as a picture (PNG with the SVG
// beside it) of the shape the slide leaves for it, the numbers behind it in
// the speaker notes. The glue between the chart layer and the deck writer
// in core (PptxWriter).
class ChartSlide final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ChartSlide)

public:
    // The chart drawn afresh for the picture area.
    static PptxSlide make(const AnyChart &chart, const ChartExportOptions &options,
                          const ChartSlideText &text, const PptxGeometry &geometry);
    // A plot already drawn for options, pictured at options' size.
    static PptxSlide make(QCustomPlot *plot, const ChartExportOptions &options,
                          const ChartSlideText &text, const PptxGeometry &geometry);

    // Where the picture goes: the body under the takeaway.
    static QRect pictureArea(const ChartSlideText &text, const PptxGeometry &geometry);
    // options for a picture of area's shape, its title left to the slide.
    static ChartExportOptions pictureOptions(const ChartExportOptions &options, const QRect &area);

    // The charts the deck's slides show: one, or a page each of a heat map
    // longer than the picture holds (ChartExporter::pagesOf).
    static QList<AnyChart> slidesOf(const AnyChart &chart, const ChartExportOptions &options);
    // A deck on master (Yardstick's is 16:9), a slide for each of
    // slidesOf(); empty on success, else why.
    static QString writeDeck(const AnyChart &chart, const ChartExportOptions &options,
                             const QString &path, const PptxMaster &master);
    static QString writeDeck(QCustomPlot *plot, const ChartExportOptions &options,
                             const ChartSlideText &text, const QString &path);
};

} // namespace Yardstick
