// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyler.h"

#include "charts/qcustomplotshim.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Yardstick {

namespace {

// A row under the axis rects that takes its left margin from them and
// adds nothing of its own, so the margins still shrink when the tick
// labels do (a plain element would report the last common margin back).
class AlignedRow final : public QCPLayoutGrid
{
protected:
    int calculateAutoMargin(QCP::MarginSide side) override
    {
        Q_UNUSED(side)
        return 0;
    }
};

// Gives element the axis rects' left margin, so what sits under the chart
// starts where the axes do.
void alignWithAxes(QCustomPlot *plot, QCPLayoutElement *element)
{
    QList<QCPAxisRect *> rects = plot->axisRects();
    if (rects.isEmpty())
        return;
    QCPMarginGroup *group = rects.first()->marginGroup(QCP::msLeft);
    if (!group) {
        group = new QCPMarginGroup(plot);
        for (QCPAxisRect *rect : rects)
            rect->setMarginGroup(QCP::msLeft, group);
    }
    // Its left margin follows the group; the others stay as set. Elements
    // must not report a margin of their own (AlignedRow), or the group
    // would never shrink.
    element->setAutoMargins(QCP::msLeft);
    element->setMarginGroup(QCP::msLeft, group);
}

} // namespace

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
        plot->legend->setIconTextPadding(qRound(em * 0.7));
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
    // Axes above the data and labels, grids under them, whichever layer was
    // current when the axis rect was made.
    axis->setLayer(QStringLiteral("axes"));
    axis->grid()->setLayer(QStringLiteral("grid"));
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

void ChartStyler::placeLegendBelow(QCustomPlot *plot, const ChartTheme &theme,
                                   const QList<QCPAbstractPlottable *> &order)
{
    QCPLegend *legend = plot->legend;
    if (!legend)
        return;
    for (QCPAxisRect *rect : plot->axisRects()) {
        if (rect->insetLayout()->take(legend))
            break;
    }
    legend->setVisible(true);

    // Entries in the order asked for, the rest as they were added.
    QList<QCPAbstractPlottable *> listed;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            listed << item->plottable();
    }
    QList<QCPAbstractPlottable *> ordered;
    for (QCPAbstractPlottable *p : order) {
        if (listed.contains(p))
            ordered << p;
    }
    for (QCPAbstractPlottable *p : listed) {
        if (!ordered.contains(p))
            ordered << p;
    }
    legend->clearItems();
    for (QCPAbstractPlottable *p : ordered) {
        auto *item = new QCPPlottableLegendItem(legend, p);
        // QCustomPlot clips an entry to its outer rect less a pixel, and
        // its height is the text's: room for the descenders of "g" and "(".
        item->setMargins(QMargins(0, 0, 0, qRound(theme.basePixelSize() * 0.3)));
        legend->addItem(item);
    }

    // As many columns as fit side by side in the width beside the axes.
    const double em = theme.basePixelSize();
    const QFontMetricsF metrics(theme.font(ChartTheme::Text::Legend));
    QList<double> widths;
    for (QCPAbstractPlottable *p : ordered)
        widths << em * 2.9 + metrics.horizontalAdvance(p->name()) + em * 0.5;
    const double spacing = em * 1.8;
    const double available = theme.plotSize().width() - 6 * em;
    int columns = std::max(1, static_cast<int>(widths.size()));
    for (; columns > 1; --columns) {
        double total = spacing * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            double widest = 0;
            for (qsizetype i = c; i < widths.size(); i += columns)
                widest = std::max(widest, widths[i]);
            total += widest;
        }
        if (total <= available)
            break;
    }
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend->setColumnSpacing(qRound(spacing));
    legend->setRowSpacing(qRound(em * 0.2));
    legend->setMargins(QMargins(0, 0, 0, 0));

    // A row of its own: the legend left, a spacer taking what is left over.
    auto *row = new AlignedRow;
    QCPLayoutGrid *layout = plot->plotLayout();
    const int rowIndex = layout->rowCount();
    layout->addElement(rowIndex, 0, row);
    layout->setRowStretchFactor(rowIndex, 0.001);
    row->addElement(0, 0, legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactor(0, 0.001);
    row->setColumnStretchFactor(1, 1);
    // A little room underneath: the last row's descenders must not touch
    // the plot's edge.
    row->setMargins(QMargins(0, qRound(em * 0.8), 0, qRound(em * 0.3)));
    alignWithAxes(plot, row);
}

QCPTextElement *ChartStyler::addNoteBelow(QCustomPlot *plot, const QString &text,
                                          const ChartTheme &theme)
{
    auto *note = new QCPTextElement(plot, text, theme.font(ChartTheme::Text::Small));
    note->setTextColor(theme.mutedText());
    note->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    note->setMargins(QMargins(0, qRound(theme.basePixelSize() * 0.5), 0, 0));
    auto *row = new AlignedRow;
    QCPLayoutGrid *layout = plot->plotLayout();
    const int index = layout->rowCount();
    layout->addElement(index, 0, row);
    layout->setRowStretchFactor(index, 0.001);
    row->addElement(0, 0, note);
    row->setMargins(QMargins(0, 0, 0, qRound(theme.basePixelSize() * 0.3)));
    alignWithAxes(plot, row);
    return note;
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
