// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexportoptions.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QCPPainter;
class QCustomPlot;

namespace Yardstick {

// The page around an exported chart, laid out once for every output: the
// title (large, bold) and subtitle on top, the plot, and a footer with the
// footnote bottom left and the organisation (with its logo) bottom right.
// Everything is in logical pixels, 96 to the inch on paper; the exporter
// scales the painter to the device, so the same layout makes the PNG, the
// PDF, the SVG and the clipboard image.
class ChartPage final
{
public:
    ChartPage(const ChartExportOptions &options, const QSizeF &logicalSize);

    // The logical page for the options' output: paper at 96 to the inch;
    // pixel outputs scaled down with their area to about 960 × 540, so a
    // slide's text is as large a share of the slide as on a 960 × 540 one
    // and never smaller than at 1:1.
    static QSizeF logicalSizeFor(const ChartExportOptions &options);

    QSizeF logicalSize() const { return m_size; }
    // Whole pixels: QCustomPlot lays out in integers.
    QRect plotRect() const { return m_plotRect; }

    // Paints the page; the painter maps logical pixels to the device.
    void paint(QCPPainter *painter, QCustomPlot *plot) const;

private:
    QFont font(double pixels, bool bold = false) const;

    ChartExportOptions m_options;
    QSizeF m_size;
    double m_base = 16; // body text, pixels
    double m_margin = 24;
    QString m_title;    // wrapped
    QString m_subtitle; // wrapped
    QRectF m_titleRect;
    QRectF m_subtitleRect;
    QRectF m_footerRect;
    QRect m_plotRect;
};

} // namespace Yardstick
