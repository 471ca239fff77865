// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace Yardstick {

// How a chart looks on a medium. The screen theme follows the widget font and
// lets the analyst select and zoom; the print theme (export, report packs) is
// white with fonts in pixels of the page's logical size, so the exporter can
// scale a page to any resolution and the text keeps its share of the page,
// and it has no on-screen decorations (selection, zoom, emphasised grid).
class ChartTheme final
{
public:
    enum class Medium
    {
        Screen,
        Print,
    };

    enum class Text
    {
        Tick,      // tick labels
        AxisTitle, // axis titles
        Legend,
        Label,    // labels on the data: phase names, values on bars
        Small,    // notes: complaint counts, "showing the first 20 of 45"
        Headline, // "35 → 15 days"
    };

    // The widget font the chart view uses.
    static ChartTheme screen(const QFont &font);
    // The face of exported charts and report packs: DejaVu Sans, and Noto
    // Sans CJK SC (fonts-noto-cjk) for the Chinese DejaVu lacks, named so a
    // Chinese title is drawn, and embedded in PDFs, in one known face rather
    // than whatever the machine's fallback picks (often none offscreen).
    static QFont printFont();
    // plotSize: the plot's logical size on the page, in pixels at 96 dpi.
    // The minimum font is 9 of those pixels (6.75 pt on paper) unless set.
    static ChartTheme print(const QSizeF &plotSize);

    Medium medium() const { return m_medium; }
    bool isPrint() const { return m_medium == Medium::Print; }

    // The size the plot will be drawn at, so charts that must decide what fits
    // (heat map rows, label wrapping) can do it when they are populated. A view
    // sets it to its widget's size and repopulates on resize; when not set,
    // a typical view size is assumed.
    QSizeF plotSize() const;
    void setPlotSize(const QSizeF &size) { m_plotSize = size; }

    QFont font(Text role) const;
    // The size of the tick font in pixels of the plot: what layout decisions use.
    double basePixelSize() const;

    // The smallest text, in the same pixels, that stays legible on the
    // medium: charts that shrink text to fit (heat map rows) stop here.
    double minimumFontPixels() const { return m_minimumFontPixels; }
    void setMinimumFontPixels(double pixels) { m_minimumFontPixels = pixels; }

    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor axisLine() const { return m_axisLine; }
    QColor gridLine() const { return m_gridLine; }

    double lineWidth() const { return m_lineWidth; }   // data lines
    double thinWidth() const { return m_thinWidth; }   // axes, grid, reference lines
    double markerSize() const { return m_markerSize; } // data markers

private:
    ChartTheme() = default;

    Medium m_medium = Medium::Screen;
    QSizeF m_plotSize;
    QFont m_base;
    QColor m_background = Qt::white;
    QColor m_text;
    QColor m_mutedText;
    QColor m_axisLine;
    QColor m_gridLine;
    double m_lineWidth = 2.0;
    double m_thinWidth = 1.0;
    double m_markerSize = 7.0;
    double m_minimumFontPixels = 9.0;
};

} // namespace Yardstick
