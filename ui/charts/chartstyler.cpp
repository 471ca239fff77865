// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyler.h"

#include <QFontMetricsF>

#include "charts/qcustomplotshim.h"

#include <algorithm>

namespace Yardstick {

void ChartStyler::apply(QCustomPlot *plot, const ChartTheme &theme)
{
    plot->setBackground(theme.background());
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNotAntialiasedElements(QCP::aeNone);
    if (theme.isPrint()) {
        plot->setInteractions(QCP::Interactions());
    } else {
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
        // Dragging a chart of a thousand points stays smooth.
        plot->setNoAntialiasingOnDrag(true);
    }
    for (QCPAxisRect *rect : plot->axisRects())
        styleAxisRect(rect, theme);
    if (plot->legend) {
        plot->legend->setFont(theme.font(ChartTheme::Text::Legend));
        plot->legend->setTextColor(theme.text());
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setBrush(Qt::NoBrush);
        const double em = theme.basePixelSize();
        plot->legend->setIconSize(qRound(em * 2.2), qRound(em));
        plot->legend->setIconTextPadding(qRound(em * 0.5));
        plot->legend->setSelectableParts(QCPLegend::spNone);
    }
}

void ChartStyler::styleAxisRect(QCPAxisRect *rect, const ChartTheme &theme)
{
    rect->setBackground(Qt::NoBrush);
    for (QCPAxis *axis : rect->axes())
        styleAxis(axis, theme);
}

void ChartStyler::styleAxis(QCPAxis *axis, const ChartTheme &theme)
{
    const QPen line = pen(theme.axisLine(), theme.thinWidth());
    axis->setBasePen(line);
    axis->setTickPen(line);
    axis->setSubTickPen(line);
    axis->setSubTicks(false);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(qRound(theme.basePixelSize() * 0.4));
    axis->setTickLabelFont(theme.font(ChartTheme::Text::Tick));
    axis->setTickLabelColor(theme.mutedText());
    axis->setLabelFont(theme.font(ChartTheme::Text::AxisTitle));
    axis->setLabelColor(theme.text());
    axis->setTickLabelPadding(qRound(theme.basePixelSize() * 0.4));
    axis->setLabelPadding(qRound(theme.basePixelSize() * 0.5));
    axis->setSelectableParts(QCPAxis::spNone);
    axis->grid()->setPen(pen(theme.gridLine(), theme.thinWidth()));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void ChartStyler::placeLegendBelow(QCustomPlot *plot, const ChartTheme &theme)
{
    QCPLegend *legend = plot->legend;
    if (!legend)
        return;
    for (QCPAxisRect *rect : plot->axisRects()) {
        if (rect->insetLayout()->take(legend))
            break;
    }
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    // As many entries to a row as fit beside each other at the plot's width.
    const QFontMetricsF metrics(theme.font(ChartTheme::Text::Legend));
    double widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    }
    const double entry = widest + theme.basePixelSize() * 5;
    const int perRow = std::max(1, static_cast<int>(theme.plotSize().width() * 0.95 / entry));
    legend->setWrap(perRow);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend->setColumnSpacing(qRound(theme.basePixelSize() * 1.5));
    legend->setRowSpacing(qRound(theme.basePixelSize() * 0.2));
    legend->setMargins(QMargins(0, 0, 0, 0));

    // A row of its own: the legend left, a spacer taking what is left over.
    auto *row = new QCPLayoutGrid;
    QCPLayoutGrid *layout = plot->plotLayout();
    const int rowIndex = layout->rowCount();
    layout->addElement(rowIndex, 0, row);
    layout->setRowStretchFactor(rowIndex, 0.001);
    row->addElement(0, 0, legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactor(0, 0.001);
    row->setColumnStretchFactor(1, 1);
    row->setMargins(QMargins(0, qRound(theme.basePixelSize() * 0.6), 0, 0));
}

QCPItemText *ChartStyler::addText(QCustomPlot *plot, const QString &text, const ChartTheme &theme,
                                  ChartTheme::Text role, const QColor &colour)
{
    auto *item = new QCPItemText(plot);
    item->setText(text);
    item->setFont(theme.font(role));
    item->setColor(colour);
    item->setSelectable(false);
    item->setClipToAxisRect(false);
    return item;
}

QCPItemLine *ChartStyler::addVerticalLine(QCustomPlot *plot, QCPAxisRect *rect, double x,
                                          const QPen &pen)
{
    auto *line = new QCPItemLine(plot);
    line->setSelectable(false);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *end : {line->start, line->end}) {
        end->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        end->setAxisRect(rect);
        end->setTypeX(QCPItemPosition::ptPlotCoords);
        end->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    line->start->setCoords(x, 0);
    line->end->setCoords(x, 1);
    line->setPen(pen);
    return line;
}

QPen ChartStyler::pen(const QColor &colour, double width, Qt::PenStyle style)
{
    QPen p(colour, width, style);
    p.setCosmetic(false);
    p.setCapStyle(style == Qt::SolidLine ? Qt::SquareCap : Qt::FlatCap);
    return p;
}

} // namespace Yardstick
