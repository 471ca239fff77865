// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quadrantplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "labelplacer.h"
#include "model/valueformat.h"

#include <QFontMetricsF>

#include <algorithm>
#include <limits>

namespace Yardstick {

namespace {

QCPScatterStyle::ScatterShape shapeOf(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return QCPScatterStyle::ssTriangle;
    case ImportanceQuadrant::KeepUp:
        return QCPScatterStyle::ssDisc;
    case ImportanceQuadrant::LowPriority:
        return QCPScatterStyle::ssDiamond;
    case ImportanceQuadrant::PossibleOverkill:
        return QCPScatterStyle::ssSquare;
    }
    return QCPScatterStyle::ssDisc;
}

} // namespace

QColor QuadrantPlot::colour(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return ChartPalette::vermillion();
    case ImportanceQuadrant::KeepUp:
        return ChartPalette::bluishGreen();
    case ImportanceQuadrant::LowPriority:
        return ChartPalette::grey();
    case ImportanceQuadrant::PossibleOverkill:
        return ChartPalette::blue();
    }
    return ChartPalette::grey();
}

QString QuadrantPlot::symbol(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return QStringLiteral("▲");
    case ImportanceQuadrant::KeepUp:
        return QStringLiteral("●");
    case ImportanceQuadrant::LowPriority:
        return QStringLiteral("◆");
    case ImportanceQuadrant::PossibleOverkill:
        return QStringLiteral("■");
    }
    return {};
}

void QuadrantPlot::populate(QCustomPlot *plot, const QuadrantChart &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const double xLow = chart.performanceLow;
    const double xHigh = chart.performanceHigh;
    const double yLow = chart.importanceLow;
    const double yHigh = chart.importanceHigh;

    // The axis rect's expected size: the plot less the axes' labels and
    // the legend row. Erring small keeps labels apart: the real rect is a
    // little wider, so everything drawn is a little further apart.
    const QSizeF plotSize = theme.plotSize();
    const QSizeF axisPixels(std::max(1.0, plotSize.width() - 8 * em),
                            std::max(1.0, plotSize.height() - 8 * em));
    LabelPlacer placer(xLow, xHigh, yLow, yHigh, axisPixels);
    // What the placer was told, again, for the crowded case where no place
    // is free: markers and labels must not be covered, the crosshair may.
    QList<QRectF> solid;
    QList<QRectF> lines;

    // Corner names first: they claim their corners before any item label.
    const QFont cornerFont = theme.font(ChartTheme::Text::Label);
    const QFontMetricsF cornerMetrics(cornerFont);
    const double inset = em * 0.4;
    // Importance and performance are scores on the survey's scale: points.
    const QString points = QStringLiteral("points");
    for (const QuadrantCorner &corner : chart.corners) {
        QCPItemText *label =
            ChartStyler::addText(plot, corner.label, theme, ChartTheme::Text::Label,
                                 colour(corner.quadrant).darker(120));
        label->setObjectName(QStringLiteral("cornerLabel"));
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(corner.left ? 0 : 1, corner.top ? 0 : 1);
        label->setPositionAlignment((corner.left ? Qt::AlignLeft : Qt::AlignRight) |
                                    (corner.top ? Qt::AlignTop : Qt::AlignBottom));
        label->setPadding(QMargins(qRound(inset), qRound(inset), qRound(inset), qRound(inset)));
        QFont bold = cornerFont;
        bold.setBold(true);
        label->setFont(bold);
        const QSizeF size(QFontMetricsF(bold).horizontalAdvance(corner.label) + 2 * inset,
                          cornerMetrics.height() + 2 * inset);
        const double x = corner.left ? 0 : axisPixels.width() - size.width();
        const double y = corner.top ? 0 : axisPixels.height() - size.height();
        placer.block(QRectF(QPointF(x, y), size));
        solid << QRectF(QPointF(x, y), size);
    }

    const QPen crosshairPen =
        ChartStyler::pen(theme.mutedText(), theme.thinWidth() * 1.2, Qt::DashLine);
    const auto addCrosshair = [&](QPointF from, QPointF to) {
        auto *line = new QCPItemLine(plot);
        line->setObjectName(QStringLiteral("crosshair"));
        line->setSelectable(false);
        line->start->setCoords(from);
        line->end->setCoords(to);
        line->setPen(crosshairPen);
    };
    if (!chart.points.isEmpty()) {
        addCrosshair({chart.performanceMean, yLow}, {chart.performanceMean, yHigh});
        addCrosshair({xLow, chart.importanceMean}, {xHigh, chart.importanceMean});
        const QPointF mean = placer.pixel(chart.performanceMean, chart.importanceMean);
        lines << QRectF(mean.x() - 1, 0, 2, axisPixels.height())
              << QRectF(0, mean.y() - 1, axisPixels.width(), 2);
        for (const QRectF &line : std::as_const(lines))
            placer.block(line);
    }

    // One graph per quadrant, so the legend explains the shapes.
    const double marker = theme.markerSize() * 1.3;
    QList<QCPAbstractPlottable *> order;
    for (const QuadrantCorner &corner : chart.corners) {
        QCPGraph *graph = nullptr;
        QStringList tips;
        for (const QuadrantPoint &point : chart.points) {
            if (point.quadrant != corner.quadrant)
                continue;
            if (!graph) {
                graph = plot->addGraph(plot->xAxis, plot->yAxis);
                graph->setObjectName(QStringLiteral("quadrant"));
                graph->setName(corner.label);
                graph->setLineStyle(QCPGraph::lsNone);
                graph->setSelectable(QCP::stNone);
                const QColor c = colour(corner.quadrant);
                graph->setScatterStyle(QCPScatterStyle(shapeOf(corner.quadrant), c, c, marker));
                order << graph;
            }
            graph->addData(point.performance, point.importance);
            tips << tr("%1 %2: importance %3, performance %4")
                        .arg(point.code, point.text, ValueFormat::number(point.importance, points),
                             ValueFormat::number(point.performance, points));
            const QPointF at = placer.pixel(point.performance, point.importance);
            // A margin round each marker, so no code touches a neighbour.
            const double box = marker + em * 0.5;
            placer.block(QRectF(at.x() - box / 2, at.y() - box / 2, box, box));
            solid << QRectF(at.x() - marker / 2, at.y() - marker / 2, marker, marker);
        }
        if (graph) {
            // QCPGraph keeps its data sorted by key: the tips must follow.
            QList<std::pair<double, QString>> byKey;
            int i = 0;
            for (const QuadrantPoint &point : chart.points) {
                if (point.quadrant == corner.quadrant)
                    byKey.append({point.performance, tips.at(i++)});
            }
            std::stable_sort(byKey.begin(), byKey.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            QStringList sorted;
            for (const auto &entry : byKey)
                sorted << entry.second;
            graph->setProperty(ChartPlot::toolTipProperty(), sorted);
        }
    }

    // Item codes beside their markers: the first of eight places around the
    // marker that is free, else to the right regardless (a code on another
    // label is still better than an unnamed point).
    const QFont labelFont = theme.font(ChartTheme::Text::Small);
    const QFontMetricsF labelMetrics(labelFont);
    const double gap = marker / 2 + em * 0.2;
    for (const QuadrantPoint &point : chart.points) {
        const QPointF at = placer.pixel(point.performance, point.importance);
        const QSizeF size(labelMetrics.horizontalAdvance(point.code) + 2, labelMetrics.height());
        const struct
        {
            QPointF topLeft;
            Qt::Alignment alignment;
        } candidates[] = {
            {{at.x() + gap, at.y() - size.height() / 2}, Qt::AlignLeft | Qt::AlignVCenter},
            {{at.x() - gap - size.width(), at.y() - size.height() / 2},
             Qt::AlignRight | Qt::AlignVCenter},
            {{at.x() - size.width() / 2, at.y() - gap - size.height()},
             Qt::AlignHCenter | Qt::AlignBottom},
            {{at.x() - size.width() / 2, at.y() + gap}, Qt::AlignHCenter | Qt::AlignTop},
            {{at.x() + gap * 0.7, at.y() - gap * 0.7 - size.height()},
             Qt::AlignLeft | Qt::AlignBottom},
            {{at.x() + gap * 0.7, at.y() + gap * 0.7}, Qt::AlignLeft | Qt::AlignTop},
            {{at.x() - gap * 0.7 - size.width(), at.y() - gap * 0.7 - size.height()},
             Qt::AlignRight | Qt::AlignBottom},
            {{at.x() - gap * 0.7 - size.width(), at.y() + gap * 0.7},
             Qt::AlignRight | Qt::AlignTop},
        };
        int chosen = -1;
        for (int c = 0; c < int(std::size(candidates)) && chosen < 0; ++c) {
            if (placer.fits(QRectF(candidates[c].topLeft, size)))
                chosen = c;
        }
        if (chosen < 0) {
            // Crowded: the place that covers the least of other markers and
            // labels, then of the crosshair, and stays inside the plot.
            const QRectF inside(QPointF(0, 0), axisPixels);
            double best = std::numeric_limits<double>::max();
            for (int c = 0; c < int(std::size(candidates)); ++c) {
                const QRectF rect(candidates[c].topLeft, size);
                const auto covered = [&rect](const QList<QRectF> &rects) {
                    double area = 0;
                    for (const QRectF &r : rects) {
                        const QRectF both = r.intersected(rect);
                        area += both.width() * both.height();
                    }
                    return area;
                };
                const QRectF within = rect.intersected(inside);
                const double outside =
                    rect.width() * rect.height() - within.width() * within.height();
                const double score = covered(solid) * 10 + covered(lines) + outside * 20;
                if (score < best) {
                    best = score;
                    chosen = c;
                }
            }
        }
        placer.block(QRectF(candidates[chosen].topLeft, size));
        solid << QRectF(candidates[chosen].topLeft, size);
        const Qt::Alignment alignment = candidates[chosen].alignment;
        QCPItemText *label =
            ChartStyler::addText(plot, point.code, theme, ChartTheme::Text::Small, theme.text());
        label->setObjectName(QStringLiteral("itemLabel"));
        label->position->setCoords(point.performance, point.importance);
        label->setPositionAlignment(alignment);
        // The padding carries the label off the marker on the side it sits.
        const int pad = qRound(gap);
        const int diagonal = qRound(gap * 0.7);
        const bool straight = chosen < 4;
        const int side = straight ? pad : diagonal;
        label->setPadding(QMargins(
            alignment & Qt::AlignLeft ? side : 0, alignment & Qt::AlignTop ? side : 0,
            alignment & Qt::AlignRight ? side : 0, alignment & Qt::AlignBottom ? side : 0));
        label->setClipToAxisRect(false);
    }

    plot->xAxis->setRange(xLow, xHigh);
    plot->yAxis->setRange(yLow, yHigh);
    plot->xAxis->setLabel(chart.performanceLabel);
    plot->yAxis->setLabel(chart.importanceLabel);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        auto halves = QSharedPointer<QCPAxisTickerFixed>::create();
        halves->setTickStep(0.5);
        halves->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        axis->setTicker(halves);
    }

    ChartStyler::apply(plot, theme);
    if (!order.isEmpty())
        ChartStyler::placeLegendBelow(plot, theme, order);
}

} // namespace Yardstick
