// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartplot.h"

#include "charts/qcustomplotshim.h"
#include "complainttrendplot.h"
#include "controlplot.h"
#include "departmentplot.h"
#include "heatmapplot.h"
#include "model/valueformat.h"
#include "paretoplot.h"
#include "plannerplot.h"
#include "quadrantplot.h"
#include "servqualgapplot.h"
#include "trendplot.h"

#include <QStringList>

#include <cmath>

namespace Yardstick {

namespace {

// How close, in pixels, the pointer must be to a point or an item.
constexpr double kHitDistance = 8.0;

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QString pointToolTip(QCPGraph *graph, const QPointF &pos)
{
    const QStringList tips = graph->property(ChartPlot::toolTipProperty()).toStringList();
    int index = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it, ++index) {
        const QPointF at = graph->coordsToPixels(it->key, it->value);
        if (index < tips.size() && std::hypot(at.x() - pos.x(), at.y() - pos.y()) <= kHitDistance)
            return tips.at(index);
    }
    return {};
}

} // namespace

QCustomPlot *createChartPlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    ChartPlot::reset(plot);
    return plot;
}

const char *ChartPlot::toolTipProperty()
{
    return "yardstickToolTip";
}

void ChartPlot::reset(QCustomPlot *plot)
{
    // Items and plottables hold their axes: they go before the axis rects.
    plot->clearItems();
    plot->clearPlottables();
    plot->plotLayout()->clear();
    plot->plotLayout()->simplify();

    auto *rect = new QCPAxisRect(plot, true);
    plot->plotLayout()->addElement(0, 0, rect);
    plot->xAxis = rect->axis(QCPAxis::atBottom);
    plot->yAxis = rect->axis(QCPAxis::atLeft);
    plot->xAxis2 = rect->axis(QCPAxis::atTop);
    plot->yAxis2 = rect->axis(QCPAxis::atRight);

    auto *legend = new QCPLegend;
    rect->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    legend->setLayer(QStringLiteral("legend"));
    legend->setVisible(false);
    plot->legend = legend;
    plot->setCurrentLayer(QStringLiteral("main"));
    // Axis numbers in the one number rule's locale: "12,000" as the tables
    // print it, where QCustomPlot's own locale omits the separator.
    plot->setLocale(ValueFormat::locale());
}

void ChartPlot::populate(QCustomPlot *plot, const AnyChart &chart, const ChartTheme &theme)
{
    std::visit(
        Overloaded{
            [&](const TrendChart &c) { TrendPlot::populate(plot, c, theme); },
            [&](const StandardControlChart &c) { ControlPlot::populate(plot, c, theme); },
            [&](const ParetoChart &c) { ParetoPlot::populate(plot, c, theme); },
            [&](const HeatmapChart &c) { HeatmapPlot::populate(plot, c, theme); },
            [&](const DepartmentChart &c) { DepartmentPlot::populate(plot, c, theme); },
            [&](const ComplaintTrendChart &c) { ComplaintTrendPlot::populate(plot, c, theme); },
            [&](const ServqualGapChart &c) { ServqualGapPlot::populate(plot, c, theme); },
            [&](const QuadrantChart &c) { QuadrantPlot::populate(plot, c, theme); },
            [&](const PlannerCurve &c) { PlannerPlot::populate(plot, c, theme); },
        },
        chart);
}

QString ChartPlot::toolTipAt(QCustomPlot *plot, const QPointF &pos)
{
    for (int i = plot->plottableCount() - 1; i >= 0; --i) {
        auto *graph = qobject_cast<QCPGraph *>(plot->plottable(i));
        if (graph && graph->visible() && graph->property(toolTipProperty()).isValid()) {
            const QString tip = pointToolTip(graph, pos);
            if (!tip.isEmpty())
                return tip;
        }
    }
    for (int i = plot->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = plot->item(i);
        const QVariant tip = item->property(toolTipProperty());
        if (tip.isValid() && item->visible()) {
            const double distance = item->selectTest(pos, false);
            if (distance >= 0 && distance <= kHitDistance)
                return tip.toString();
        }
    }
    return {};
}

} // namespace Yardstick
